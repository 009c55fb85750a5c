using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Money;

/// <summary>The region's budget per year; the coordinator enters and corrects the lines (audited).</summary>
[Access(Scope.Public)]
public sealed class BudgetPageModel(BudgetHandler handler, PlanQueries plan, ICurrentActor actor) : PageModel
{
    [BindProperty] public SetBudgetLineRequest Input { get; set; } = new() { Year = DateTime.UtcNow.Year };
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public BudgetOverview Overview { get; private set; } = null!;
    public IReadOnlyList<PlanItemRef> Pillars { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) => await LoadAsync(regionId, ct) ? Page() : NotFound();

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return await this.SaveAsync(() => handler.SetAsync(regionId, Input, actor.Actor, ct), "governance.budget-saved",
            _ => $"/regio/{regionId}/begroting#jaar-{Input.Year}");
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return false;
        (RegionId, RegionName) = (regionId, region.Name);
        Overview = (await handler.GetAsync(regionId, ct))!;
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        Pillars = (await plan.GetPlanItemRefsAsync(regionId, ct)).Where(i => i.Kind == "pillar").ToList();
        return true;
    }
}
