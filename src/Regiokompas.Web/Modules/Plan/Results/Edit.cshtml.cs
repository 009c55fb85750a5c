using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Results;

[Access(Scope.PillarLead)]
public sealed class EditModel(AppDbContext db, EditResultHandler handler, ICurrentActor actor) : PageModel, IShowsEditConflict
{
    [BindProperty] public EditResultRequest Input { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public string Key { get; private set; } = "";
    public EditConflictView<ResultNode>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct)
    {
        (RegionId, Key) = (regionId, key);
        var found = await ResultContext.LoadAsync(db, regionId, key, ct);
        if (found is null) return NotFound();
        if (!PlanPermissions.CanEditPillar(actor.Actor, regionId, found.PillarId)) return Forbid();
        var r = found.Result;
        Input = new EditResultRequest
        {
            Version = r.Version, Title = r.Title, Description = r.Description, Deadline = r.Deadline, TargetValue = r.TargetValue,
            TargetUnit = r.TargetUnit is { } u ? EnumNames.ToName(u) : null, BaselineValue = r.BaselineValue, BaselineDate = r.BaselineDate,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, string key, CancellationToken ct)
    {
        (RegionId, Key) = (regionId, key);
        if (!ModelState.IsValid) return Page();
        Input.Description ??= "";
        if (await handler.HandleAsync(regionId, key, Input, actor.Actor, ct) is null) return NotFound();
        TempData["Status"] = Texts.Get("edit.saved");
        return Redirect($"/regio/{regionId}/resultaat/{key}");
    }

    public void ShowConflict(EditConflict conflict)
    {
        Conflict = EditConflictView<ResultNode>.Of(conflict);
        Input.Version = conflict.CurrentVersion;
    }
}
