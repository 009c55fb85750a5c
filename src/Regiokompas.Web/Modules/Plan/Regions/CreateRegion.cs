using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Plan.Regions;

public sealed record CbsMunicipality(int Year, string Code, string Name);

/// <summary>
/// The CBS municipal division per year (code and name), derived from the CBS key figures by
/// scripts/make-cbs-municipalities.py and embedded; a new region picks its municipalities from it.
/// </summary>
public static class CbsMunicipalities
{
    private static readonly Lazy<IReadOnlyList<CbsMunicipality>> All = new(Load);

    public static IReadOnlyList<int> Years => All.Value.Select(m => m.Year).Distinct().OrderDescending().ToList();

    public static IReadOnlyList<CbsMunicipality> ForYear(int year) => All.Value.Where(m => m.Year == year).ToList();

    private static List<CbsMunicipality> Load()
    {
        using var stream = typeof(CbsMunicipalities).Assembly.GetManifestResourceStream("cbs-gemeenten.csv")
            ?? throw new InvalidOperationException("cbs-gemeenten.csv is not embedded.");
        using var reader = new StreamReader(stream);
        var list = new List<CbsMunicipality>();
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var parts = line.Split(',', 3);
            list.Add(new CbsMunicipality(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1], parts[2].Trim('"')));
        }
        return list;
    }
}

public sealed class CreateRegionRequest
{
    [Required, StringLength(120)] public string Name { get; set; } = "";
    [Required, StringLength(40)] public string Key { get; set; } = "";
    public int Year { get; set; }
    public List<string> Municipalities { get; set; } = [];
}

/// <summary>
/// An administrator starts a region: name, key and municipalities from the CBS list of one year. The region starts
/// with an empty plan; its coordinators are invited next and fill the plan in the editor or with a plan file.
/// </summary>
public sealed partial class CreateRegionHandler(AppDbContext db)
{
    public async Task<string> HandleAsync(CreateRegionRequest request, CancellationToken ct)
    {
        var key = request.Key.Trim();
        if (!KeyPattern().IsMatch(key)) throw new RuleViolation("regions.key-invalid");
        if (string.IsNullOrWhiteSpace(request.Name)) throw new RuleViolation("regions.name-required");
        if (!CbsMunicipalities.Years.Contains(request.Year)) throw new RuleViolation("regions.year-unknown");
        var codes = request.Municipalities.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        if (codes.Count == 0) throw new RuleViolation("regions.no-municipalities");
        var list = CbsMunicipalities.ForYear(request.Year).ToDictionary(m => m.Code);
        if (codes.FirstOrDefault(c => !list.ContainsKey(c)) is { } unknown) throw new RuleViolation("regions.municipality-unknown", unknown, request.Year);
        if (await db.Regions.AnyAsync(r => r.Id == key, ct)) throw new RuleViolation("regions.key-taken");

        var existing = await db.Municipalities.Where(m => codes.Contains(m.Code)).ToListAsync(ct);
        if (existing.FirstOrDefault(m => m.RegionId is not null) is { } taken)
            throw new RuleViolation("regions.municipality-taken", taken.Name, taken.RegionId!);

        db.Regions.Add(new Region { Id = key, Name = request.Name.Trim() });
        var order = 0;
        foreach (var code in codes.OrderBy(c => list[c].Name, StringComparer.Create(new System.Globalization.CultureInfo("nl-NL"), true)))
        {
            if (existing.SingleOrDefault(m => m.Code == code) is { } m)
            {
                m.RegionId = key;
                m.SortOrder = order++;
            }
            else db.Municipalities.Add(new Municipality { Code = code, Name = list[code].Name, RegionId = key, SortOrder = order++ });
        }
        await db.SaveChangesAsync(ct);
        return key;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex KeyPattern();
}
