using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Actions;

[Access(Scope.Organisation)]
public sealed class EditModel(AppDbContext db, EditActionHandler handler, ICurrentActor actor) : PageModel, IShowsEditConflict
{
    [BindProperty] public EditActionRequest Input { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public string Key { get; private set; } = "";
    public bool FullEdit { get; private set; }
    public IReadOnlyList<OrganisationRef> Organisations { get; private set; } = [];
    public EditConflictView<ActionView>? Conflict { get; private set; }


    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct)
    {
        var action = await LoadAsync(regionId, key, ct);
        if (action is null) return NotFound();
        if (!PlanPermissions.CanReportActionProgress(actor.Actor, regionId, action.PillarId, action.OwnerId)) return Forbid();
        Input = new EditActionRequest
        {
            Version = action.Version, Status = EnumNames.ToName(action.Status), Title = action.Title, Description = action.Description,
            Owner = action.Owner?.Key, Start = action.Start, Due = action.Due,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, string key, CancellationToken ct)
    {
        var action = await LoadAsync(regionId, key, ct);
        if (action is null) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (FullEdit) Input.Description ??= "";
        else Input = new EditActionRequest { Version = Input.Version, Status = Input.Status };
        await handler.HandleAsync(regionId, key, Input, actor.Actor, ct);
        TempData["Status"] = Texts.Get("edit.saved");
        return Redirect($"/regio/{regionId}/actie/{key}");
    }

    public void ShowConflict(EditConflict conflict)
    {
        Conflict = EditConflictView<ActionView>.Of(conflict);
        Input.Version = conflict.CurrentVersion;
    }

    private async Task<PlanAction?> LoadAsync(string regionId, string key, CancellationToken ct)
    {
        (RegionId, Key) = (regionId, key);
        var action = await db.Actions.AsNoTracking().Include(a => a.Owner).SingleOrDefaultAsync(a => a.RegionId == regionId && a.Key == key, ct);
        if (action is null) return null;
        FullEdit = PlanPermissions.CanEditAction(actor.Actor, regionId, action.PillarId);
        Organisations = await db.Organisations.Where(o => o.RegionId == regionId).OrderBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Key, o.Name)).ToListAsync(ct);
        return action;
    }
}
