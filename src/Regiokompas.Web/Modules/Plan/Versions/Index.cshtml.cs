using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Plan.Versions;

/// <summary>The marked versions of a region's plan; the coordinator marks a new one here.</summary>
[Access(Scope.Public)]
public sealed class IndexModel(PlanQueries queries, PlanVersionsHandler versions, ICurrentActor actor) : PageModel
{
    [BindProperty] public MarkPlanVersionRequest Input { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public bool CanMark { get; private set; }
    public IReadOnlyList<PlanVersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        Input = new MarkPlanVersionRequest { Date = DateOnly.FromDateTime(DateTime.UtcNow) };
        return Page();
    }

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var v = await versions.MarkAsync(regionId, Input, actor.Actor, ct);
        if (v is null) return NotFound();
        TempData["Status"] = Texts.Get("plan.version-marked", v.Number);
        return Redirect($"/regio/{regionId}/plan/versies");
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await queries.GetRegionAsync(regionId, ct) is not { } region) return false;
        (RegionId, RegionName) = (region.Id, region.Name);
        CanMark = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        Versions = await versions.ListAsync(regionId, ct);
        return true;
    }
}
