using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Chains;

/// <summary>Municipalities × prevention chains; the coordinator and each municipality's members keep their cells up to date.</summary>
[Access(Scope.Public)]
public sealed class MatrixModel(PreventionChainQueries queries, SetChainStatusHandler handler, PlanQueries plan, ICurrentActor actor) : PageModel, IReloadsAfterWriteError
{
    [BindProperty(SupportsGet = true)] public string? Chain { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public SetChainStatusRequest Input { get; set; } = new();
    public string RegionName { get; private set; } = "";
    public ChainMatrix Matrix { get; private set; } = null!;
    public IReadOnlyList<string> EditableCodes { get; private set; } = [];
    public bool CanEditAll { get; private set; }
    /// <summary>The cell being edited, when the actor may edit it.</summary>
    public ChainCell? Editing { get; private set; }

    public bool CanEdit(string code) => CanEditAll || EditableCodes.Contains(code);

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        if (Editing is { } cell) Input = new SetChainStatusRequest { Status = cell.Status, Date = cell.Date, Note = cell.Note, Version = cell.Version };
        return Page();
    }

    [Access(Scope.Organisation)]
    public async Task<IActionResult> OnPostAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct) || Chain is null || Code is null) return NotFound();
        if (!ModelState.IsValid) return Page();
        postedRegion = regionId;
        return await this.SaveAsync(() => handler.HandleAsync(regionId, Chain, Code, Input, actor.Actor, ct), "governance.chain-saved",
            _ => $"/regio/{regionId}/ketenaanpakken#m-{Code}");
    }

    private string postedRegion = "";

    /// <summary>Shows the cell as it is now next to the message.</summary>
    public Task<bool> ReloadAfterWriteErrorAsync(CancellationToken ct) => LoadAsync(postedRegion, ct);

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return false;
        RegionName = region.Name;
        Matrix = (await queries.GetMatrixAsync(regionId, ct))!;
        CanEditAll = Domain.Plan.PlanPermissions.CanEditRegion(actor.Actor, regionId);
        EditableCodes = await handler.MunicipalitiesOfAsync(actor.Actor, regionId, ct);
        Editing = Chain is not null && Code is not null && CanEdit(Code) && Matrix.Chains.Any(c => c.Key == Chain) && Matrix.Municipalities.Any(m => m.Code == Code)
            ? Matrix.Cell(Chain, Code) : null;
        return true;
    }
}
