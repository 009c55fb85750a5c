using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>Where the region's monitor has gaps: results with a target but no indicator, indicators without owner or figures.</summary>
[Access(Scope.Coordinator)]
public sealed class CoverageModel(IndicatorCoverageQuery query, PlanQueries plans) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;
    public IndicatorCoverage Coverage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        if (await query.GetAsync(regionId, includeInternal: true, ct) is not { } coverage) return NotFound();
        (Region, Coverage) = (region, coverage);
        return Page();
    }
}
