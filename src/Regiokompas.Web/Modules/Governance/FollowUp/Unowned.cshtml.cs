using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.FollowUp;

/// <summary>The coordinator's list of actions nobody owns yet, so she can find an owner for each.</summary>
[Access(Scope.Coordinator)]
public sealed class UnownedModel(FollowUpQueries queries, PlanQueries plan) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<UnownedActionView> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        (RegionId, RegionName) = (regionId, region.Name);
        Actions = await queries.GetUnownedActionsAsync(regionId, ct);
        return Page();
    }
}
