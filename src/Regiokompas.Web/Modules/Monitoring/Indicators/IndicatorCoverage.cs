using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

public sealed record CoverageResultItem(string Key, string Title, string PillarName);

public sealed record CoverageIndicatorItem(string Code, string Name);

/// <summary>
/// How far a region's monitor reaches. The counts nest: of all <c>Results</c>, <c>WithTarget</c> have a
/// target value; of those, <c>WithIndicator</c> have a current indicator linked; of those, <c>WithFigures</c>
/// have a linked indicator with published figures for the region or one of its municipalities.
/// </summary>
public sealed record IndicatorCoverage(
    string Region, int Results, int WithTarget, int WithIndicator, int WithFigures,
    IReadOnlyList<CoverageResultItem> TargetWithoutIndicator,
    IReadOnlyList<CoverageResultItem> IndicatorWithoutFigures,
    IReadOnlyList<CoverageIndicatorItem> IndicatorsWithoutOwner,
    IReadOnlyList<CoverageIndicatorItem> IndicatorsWithoutFigures);

/// <summary>The coverage view in a fixed handful of grouped queries, whatever the number of results.</summary>
public sealed class IndicatorCoverageQuery(AppDbContext db, PlanQueries plans)
{
    public async Task<IndicatorCoverage?> GetAsync(string regionId, bool includeInternal, CancellationToken ct)
    {
        var tree = await plans.GetPlanTreeAsync(regionId, ct);
        if (tree is null) return null;
        var results = tree.Pillars.SelectMany(p => p.Goals.SelectMany(g => g.Results).Select(r => (Pillar: p, Result: r))).ToList();

        // The region's current indicators: its own, and shared ones it links or owns.
        var indicators = await db.Set<Indicator>().AsNoTracking()
            .Where(i => (i.RegionId == null || i.RegionId == regionId) && i.RetiredOn == null && (includeInternal || i.Visibility == Visibility.Public))
            .Select(i => new { i.Code, i.Name, i.RegionId, i.OwnerKey }).ToListAsync(ct);
        var current = indicators.ToDictionary(i => i.Code);
        var links = (await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId)
                .Select(l => new { l.ResultKey, l.IndicatorCode }).ToListAsync(ct))
            .Where(l => current.ContainsKey(l.IndicatorCode)).ToList();
        var owners = (await db.Set<IndicatorOwner>().AsNoTracking().Where(o => o.RegionId == regionId)
            .Select(o => o.IndicatorCode).ToListAsync(ct)).ToHashSet();
        var linkedCodes = links.Select(l => l.IndicatorCode).ToHashSet();
        var used = indicators.Where(i => i.RegionId == regionId || owners.Contains(i.Code) || linkedCodes.Contains(i.Code))
            .Select(i => i.Code).ToHashSet();

        var areas = tree.Region.Municipalities.Select(m => m.Code).Append(regionId).ToList();
        var usedCodes = used.ToList();
        var withFigures = (await db.Set<Measurement>().AsNoTracking()
            .Where(m => m.PublishedValue != null && usedCodes.Contains(m.IndicatorCode) && areas.Contains(m.AreaCode))
            .Select(m => m.IndicatorCode).Distinct().ToListAsync(ct)).ToHashSet();

        var linksByResult = links.ToLookup(l => l.ResultKey, l => l.IndicatorCode);
        var targeted = results.Where(r => r.Result.Target is not null).ToList();
        var linked = targeted.Where(r => linksByResult[r.Result.Id].Any()).ToList();
        var measured = linked.Where(r => linksByResult[r.Result.Id].Any(withFigures.Contains)).ToList();

        static CoverageResultItem Item((PillarNode Pillar, ResultNode Result) r) => new(r.Result.Id, r.Result.Title, r.Pillar.Name);
        CoverageIndicatorItem Ind(string code) => new(code, current[code].Name);
        return new IndicatorCoverage(regionId, results.Count, targeted.Count, linked.Count, measured.Count,
            targeted.Where(r => !linksByResult[r.Result.Id].Any()).Select(Item).ToList(),
            linked.Where(r => !linksByResult[r.Result.Id].Any(withFigures.Contains)).Select(Item).ToList(),
            used.Where(c => !owners.Contains(c) && !(current[c].RegionId == regionId && current[c].OwnerKey is not null))
                .Order(StringComparer.Ordinal).Select(Ind).ToList(),
            used.Where(c => !withFigures.Contains(c)).Order(StringComparer.Ordinal).Select(Ind).ToList());
    }
}
