using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

public sealed record PillarStatusRow(string PillarKey, string PillarName, IReadOnlyDictionary<ResultStatus, int> Counts, int Total);

/// <summary>The public region dashboard: how the results stand, the ones that need attention first.</summary>
[Access(Scope.Public)]
public sealed class RegionModel(MonitoringQueries monitoring, PlanQueries plans, DashboardQueries dashboard, ICurrentActor actor, TimeProvider clock) : PageModel
{
    public static readonly ResultStatus[] Order = [ResultStatus.OffTrack, ResultStatus.AtRisk, ResultStatus.OnTrack, ResultStatus.Achieved, ResultStatus.NoData];

    public RegionSummary Region { get; private set; } = null!;
    public IReadOnlyList<ResultStatusView> Results { get; private set; } = [];
    public IReadOnlyList<ResultStatusView> NeedAttention { get; private set; } = [];
    public IReadOnlyList<MonitoringQueries.WarningView> Warnings { get; private set; } = [];
    public IReadOnlyList<PillarStatusRow> Pillars { get; private set; } = [];
    public bool CanReview { get; private set; }
    public IReadOnlyDictionary<ResultStatus, int> Totals { get; private set; } = new Dictionary<ResultStatus, int>();
    public IReadOnlyList<OwnerFreshness> Freshness { get; private set; } = [];
    public IReadOnlyList<PillarEngagement> Engagement { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        Region = region;
        CanReview = MonitoringPermissions.CanPublish(actor.Actor, regionId);
        Results = (await monitoring.GetRegionStatusesAsync(regionId, ct))!;
        NeedAttention = Results.Where(r => Status(r) is ResultStatus.OffTrack or ResultStatus.AtRisk)
            .OrderBy(r => Array.IndexOf(Order, Status(r))).ToList();
        Warnings = await monitoring.GetWarningsAsync(regionId, ct);
        Totals = Count(Results);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Freshness = (await dashboard.GetFreshnessAsync(regionId, today, ct))!;
        Engagement = (await dashboard.GetEngagementAsync(regionId, today, ct))!;
        Pillars = Results.GroupBy(r => (r.PillarKey, r.PillarName))
            .Select(g => new PillarStatusRow(g.Key.PillarKey, g.Key.PillarName, Count(g.ToList()), g.Count())).ToList();
        return Page();
    }

    public static ResultStatus Status(ResultStatusView view) => Enum.Parse<ResultStatus>(view.Status);

    private static Dictionary<ResultStatus, int> Count(IReadOnlyList<ResultStatusView> views) =>
        Order.ToDictionary(s => s, s => views.Count(v => Status(v) == s));
}
