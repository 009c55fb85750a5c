using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
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
        try
        {
            if (await handler.SetFollowUpAsync(regionId, key, new SetFollowUpRequest { Note = note, Date = date, Version = version }, actor.Actor, ct) is null) return NotFound();
            TempData["Status"] = Texts.Get("governance.precondition-saved");
            return Redirect($"/regio/{regionId}/randvoorwaarden#rv-{key}");
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
        Items = (await handler.ListAsync(regionId, ct))!;
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        return true;
    }
}
