using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Stories;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

public sealed record StatusChange(ResultStatusView Now, string Before);

/// <summary>A board report for one period: the dashboard's numbers as of the period's end, with what changed since the period before.</summary>
public sealed record BoardReport(
    RegionSummary Region, Period Period, Period Previous, IReadOnlyList<ResultStatusView> Results,
    IReadOnlyDictionary<ResultStatus, int> Totals, IReadOnlyList<PillarStatusRow> Pillars,
    IReadOnlyList<ResultStatusView> NeedAttention, IReadOnlyList<StatusChange> Changes,
    IReadOnlyList<OwnerFreshness> Freshness, IReadOnlyList<PillarEngagement> Engagement, DateOnly FreshnessAsOf,
    IReadOnlyDictionary<string, IReadOnlyList<StoryView>> Stories, bool Fictitious = false, PlanVersionRef? PlanVersion = null)
{
    /// <summary>The demo notice the report files print under the title, or null for real figures.</summary>
    public string? DemoNotice => Fictitious ? MonitoringTexts.Get("monitoring.demo-notice") : null;

    /// <summary>The sentence naming the plan version the report measures against, or null when the region marked none.</summary>
    public string? PlanVersionLine => PlanVersion is { } v
        ? MonitoringTexts.Get("monitoring.report-plan-version", v.Number, v.Label, Common.Localization.Ui.Date(v.Date))
        : null;
}

public sealed class BoardReportBuilder(MonitoringQueries monitoring, PlanQueries plans, DashboardQueries dashboard, TimeProvider clock)
{
    /// <summary>
    /// Null for an unknown region or plan version. The period is a quarter or a year ("2025Q4", "2025KW04", "2025");
    /// without <paramref name="planVersion"/> the report names the plan version in force at the period's end.
    /// </summary>
    public async Task<BoardReport?> BuildAsync(string regionId, Period period, CancellationToken ct, int? planVersion = null)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return null;
        var version = await plans.GetPlanVersionAsync(regionId, planVersion, period.End, ct);
        if (planVersion is not null && version is null) return null;
        var results = (await monitoring.GetRegionStatusesAsync(regionId, ct, period.End))!;
        var before = (await monitoring.GetRegionStatusesAsync(regionId, ct, period.Previous().End))!.ToDictionary(r => r.ResultKey, r => r.Status);
        var stories = await monitoring.GetStoriesAsync(regionId, null, includeInternal: false, ct);
        var attention = results.Where(r => RegionModel.Status(r) is ResultStatus.OffTrack or ResultStatus.AtRisk)
            .OrderBy(r => Array.IndexOf(RegionModel.Order, RegionModel.Status(r))).ToList();
        // Freshness as the board would have seen it: today, or for an older report the end of the period after it.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var asOf = period.Next().End < today ? period.Next().End : today;
        var freshness = (await dashboard.GetFreshnessAsync(regionId, asOf, ct))!;
        var engagement = (await dashboard.GetEngagementAsync(regionId, asOf, ct))!;
        return new(region, period, period.Previous(), results, Count(results),
            results.GroupBy(r => (r.PillarKey, r.PillarName)).Select(g => new PillarStatusRow(g.Key.PillarKey, g.Key.PillarName, Count(g.ToList()), g.Count())).ToList(),
            attention,
            results.Where(r => before.TryGetValue(r.ResultKey, out var b) && b != r.Status).Select(r => new StatusChange(r, before[r.ResultKey])).ToList(),
            freshness, engagement, asOf,
            attention.ToDictionary(r => r.ResultKey, r => (IReadOnlyList<StoryView>)stories.Where(s => s.ResultKeys.Contains(r.ResultKey)).Take(3).ToList()),
            await monitoring.HasFictitiousFiguresAsync(regionId, ct), version);
    }

    /// <summary>The last complete quarter before a day: the usual period for a quarterly board report.</summary>
    public static Period DefaultPeriod(DateOnly today) => Period.Containing(today, Frequency.Quarterly).Previous();

    private static Dictionary<ResultStatus, int> Count(IReadOnlyList<ResultStatusView> views) =>
        RegionModel.Order.ToDictionary(s => s, s => views.Count(v => RegionModel.Status(v) == s));
}
