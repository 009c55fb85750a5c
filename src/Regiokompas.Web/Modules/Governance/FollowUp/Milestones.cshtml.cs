using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.FollowUp;

/// <summary>The region's milestones, overdue ones marked; the coordinator adds them and ticks them off.</summary>
[Access(Scope.Public)]
public sealed class MilestonesModel(FollowUpQueries queries, FollowUpHandler handler, PlanQueries plan, ICurrentActor actor) : PageModel
{
    [BindProperty] public AddMilestoneRequest Input { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<MilestoneView> Milestones { get; private set; } = [];
    public IReadOnlyList<PlanItemRef> PlanItems { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly Today => queries.Today;

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) =>
        await LoadAsync(regionId, ct) ? Page() : NotFound();

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostAddAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return await this.SaveAsync(() => handler.AddMilestoneAsync(regionId, Input, actor.Actor, ct), "governance.milestone-saved", _ => $"/regio/{regionId}/mijlpalen");
    }

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostChangeAsync(string regionId, Guid id, string change, DateOnly? date, int version, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        ModelState.Clear();   // the add form is not part of this post
        return await this.SaveAsync(() => handler.ChangeMilestoneAsync(regionId, id, new ChangeMilestoneRequest { Change = change, Date = date, Version = version }, actor.Actor, ct),
            "governance.milestone-saved", _ => $"/regio/{regionId}/mijlpalen");
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return false;
        (RegionId, RegionName) = (regionId, region.Name);
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        Milestones = await queries.GetMilestonesAsync(regionId, ct);
        if (CanManage) PlanItems = await plan.GetPlanItemRefsAsync(regionId, ct);
        return true;
    }
}
