namespace Regiokompas.Web.Modules.Capacity.Dashboard;

public sealed record PublicCapacityRow(string RegionId, string RegionName, string TypeCode, string TypeName, int Units,
    int? Free, bool Suppressed, int? OldestAgeMinutes);

/// <summary>Region-level totals for residents and councils: no unit detail, and counts below the threshold are not shown.</summary>
public sealed class PublicCapacity(CapacityQueries queries)
{
    /// <summary>Same threshold idea as the Monitor: small counts (1–4) are shown as "less than 5".</summary>
    public const int SuppressBelow = 5;

    public async Task<IReadOnlyList<PublicCapacityRow>> GetAsync(string? region, CancellationToken ct)
    {
        var overview = await queries.GetOverviewAsync(new CapacityFilter(region), ct);
        var names = await queries.NamesAsync(ct);
        var regionNames = names.Regions.ToDictionary(r => r.Id, r => r.Name);
        return overview.Units.GroupBy(u => (u.RegionId, u.TypeCode, u.TypeName))
            .Select(g =>
            {
                var free = g.Sum(u => u.Free);
                var suppressed = free is > 0 and < SuppressBelow;
                return new PublicCapacityRow(g.Key.RegionId, regionNames.GetValueOrDefault(g.Key.RegionId, g.Key.RegionId),
                    g.Key.TypeCode, g.Key.TypeName, g.Count(), suppressed ? null : free, suppressed, g.Max(u => u.AgeMinutes));
            })
            .OrderBy(r => r.RegionName).ThenBy(r => r.TypeName).ToList();
    }
}
