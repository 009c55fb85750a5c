using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
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
        try
        {
            if (await handler.SetAsync(regionId, Input, actor.Actor, ct) is null) return NotFound();
            TempData["Status"] = Texts.Get("governance.budget-saved");
            return Redirect($"/regio/{regionId}/begroting#jaar-{Input.Year}");
        }
        catch (NotAllowed) { return Forbid(); }
        catch (EditConflict) { ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict")); }
        catch (RuleViolation rule) { ModelState.AddModelError(string.Empty, Texts.Get(rule.Code, rule.Arguments)); }
        return Page();
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
