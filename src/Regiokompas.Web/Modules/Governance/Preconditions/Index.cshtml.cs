using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Preconditions;

/// <summary>Public page of the national preconditions; the coordinator records the follow-up of each.</summary>
[Access(Scope.Public)]
public sealed class IndexModel(PreconditionsHandler handler, PlanQueries plan, ICurrentActor actor) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<PreconditionView> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) => await LoadAsync(regionId, ct) ? Page() : NotFound();

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostAsync(string regionId, string key, string? note, DateOnly? date, int version, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        return await this.SaveAsync(() => handler.SetFollowUpAsync(regionId, key, new SetFollowUpRequest { Note = note, Date = date, Version = version }, actor.Actor, ct),
            "governance.precondition-saved", _ => $"/regio/{regionId}/randvoorwaarden#rv-{key}");
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return false;
        (RegionId, RegionName) = (regionId, region.Name);
        Items = (await handler.ListAsync(regionId, ct))!;
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        return true;
    }
}
