using Regiokompas.Domain.Privacy;
using Regiokompas.Web.Common.Privacy;

namespace Regiokompas.Web.Modules.Capacity.Dashboard;

public sealed record PublicCapacityRow(string RegionId, string RegionName, string TypeCode, string TypeName, int Units,
    int? Free, bool Suppressed, int? OldestAgeMinutes);

/// <summary>
/// Region-level totals for residents, councils and anonymous API and FHIR readers: no unit detail,
/// and free places go through the disclosure step, so 1 to 4 are not shown.
/// </summary>
public sealed class PublicCapacity(CapacityQueries queries, PublicDisclosure disclosure)
{
    public int Threshold => disclosure.Threshold;

    public async Task<IReadOnlyList<PublicCapacityRow>> GetAsync(string? region, CancellationToken ct)
    {
        var overview = await queries.GetOverviewAsync(new CapacityFilter(region), ct);
        var names = await queries.NamesAsync(ct);
        var regionNames = names.Regions.ToDictionary(r => r.Id, r => r.Name);
        var groups = overview.Units.GroupBy(u => (u.RegionId, u.TypeCode, u.TypeName))
            .Select(g => (g.Key, Units: g.Count(), Free: g.Sum(u => u.Free), Age: g.Max(u => u.AgeMinutes)))
            .ToList();
        // No totals over regions or types are published, so the cells stand alone.
        var reasons = disclosure.Protect(groups.Select(g => (double?)g.Free).ToList(), []);
        return groups.Select((g, i) =>
            {
                var hidden = reasons[i] != DisclosureReason.Shown;
                return new PublicCapacityRow(g.Key.RegionId, regionNames.GetValueOrDefault(g.Key.RegionId, g.Key.RegionId),
                    g.Key.TypeCode, g.Key.TypeName, g.Units, hidden ? null : g.Free, hidden, g.Age);
            })
            .OrderBy(r => r.RegionName).ThenBy(r => r.TypeName).ToList();
    }
}
