using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Seeding;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

public sealed record PossibleDuplicate(Guid Id, string Name, string Place);

/// <summary>
/// Same name in the same place is probably the same entry: on adding, proposing and importing the
/// directory warns with a link to the entry that is already there. Names compare without case,
/// accents and punctuation; a place is a municipality (by code, or by the city of an address).
/// </summary>
public sealed class DuplicateFinder(AppDbContext db)
{
    private Dictionary<string, List<PossibleDuplicate>>? _byKey;

    public static string NameKey(string name) =>
        string.Join(' ', TextNormaliser.Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));

    /// <summary>A municipality code for a code or a city name; any other place is compared as written.</summary>
    public static string PlaceKey(string place)
    {
        var p = place.Trim();
        if (MunicipalityNames.Of(p) is not null) return p;
        var normal = TextNormaliser.Normalise(p);
        var code = MunicipalityNames.All.FirstOrDefault(m => TextNormaliser.Normalise(m.Value) == normal).Key;
        return code ?? normal;
    }

    /// <summary>Entries already stored under this name in any of these places (codes or city names).</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(string name, IEnumerable<string?> places, Guid? except, CancellationToken ct)
    {
        _byKey ??= await LoadAsync(ct);
        var key = NameKey(name);
        return places.OfType<string>().Where(p => p.Length > 0).Select(PlaceKey).Distinct()
            .SelectMany(p => _byKey.GetValueOrDefault(key + "|" + p) ?? [])
            .Where(d => d.Id != except).DistinctBy(d => d.Id).ToList();
    }

    private async Task<Dictionary<string, List<PossibleDuplicate>>> LoadAsync(CancellationToken ct)
    {
        var rows = await db.Set<CareService>().AsNoTracking().Select(s => new
        {
            s.Id, s.Name,
            Areas = s.ServiceAreas.Select(a => a.MunicipalityCode).ToList(),
            Cities = s.Locations.SelectMany(l => l.Location!.Addresses.Select(a => a.City)).ToList(),
            Municipalities = s.Locations.Select(l => l.Location!.MunicipalityCode).ToList(),
        }).AsSplitQuery().ToListAsync(ct);
        var map = new Dictionary<string, List<PossibleDuplicate>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var name = NameKey(r.Name);
            foreach (var place in r.Areas.Concat(r.Municipalities).Concat(r.Cities).OfType<string>().Where(p => p.Length > 0).Select(PlaceKey).Distinct())
            {
                var label = MunicipalityNames.Of(place) ?? place;
                var key = name + "|" + place;
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                list.Add(new PossibleDuplicate(r.Id, r.Name, label));
            }
        }
        return map;
    }
}
