using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Stories;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

/// <summary>One result in the monitor: status, the sentence, and the figures as a table.</summary>
public sealed class ResultModel(MonitoringQueries monitoring, PlanQueries plans) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;
    public ResultStatusView View { get; private set; } = null!;
    public IndicatorUnit Unit { get; private set; }
    public IReadOnlyList<StoryView> Stories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        if (await monitoring.GetResultStatusAsync(regionId, key, ct) is not { } view) return NotFound();
        (Region, View) = (region, view);
        Stories = await monitoring.GetStoriesAsync(regionId, key, includeInternal: false, ct);
        Unit = Enum.TryParse<IndicatorUnit>(view.Unit, out var unit) ? unit : IndicatorUnit.Other;
        return Page();
    }
}
