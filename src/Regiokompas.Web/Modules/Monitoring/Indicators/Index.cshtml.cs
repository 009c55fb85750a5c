using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>The region's indicators for its coordinator: current ones, and the retired ones apart.</summary>
[Access(Scope.Coordinator)]
public sealed class IndexModel(IndicatorAdminHandler handler, PlanQueries plans) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;
    public IReadOnlyList<IndicatorDetail> Current { get; private set; } = [];
    public IReadOnlyList<IndicatorDetail> Retired { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Organisations { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        Region = region;
        var all = await handler.ListAsync(regionId, includeRetired: true, ct);
        Current = all.Where(i => i.RetiredOn is null).ToList();
        Retired = all.Where(i => i.RetiredOn is not null).ToList();
        Organisations = (await plans.GetOrganisationRefsAsync(regionId, ct)).ToDictionary(o => o.Key, o => o.Name);
        return Page();
    }
}
