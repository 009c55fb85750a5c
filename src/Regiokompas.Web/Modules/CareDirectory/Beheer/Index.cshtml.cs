using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

/// <summary>An organisation's own entries: how fresh they are, and "klopt nog" in one click.</summary>
[Access(Scope.Organisation)]
public sealed class IndexModel(CareDirectoryQueries queries, AssureServiceHandler assure, ICurrentActor actor) : PageModel
{
    public IReadOnlyList<ServiceView> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (actor.Actor.OrganisationId is { } org) Services = await queries.ForOrganisationAsync(org, ct);
    }

    public async Task<IActionResult> OnPostAssureAsync(Guid id, CancellationToken ct)
    {
        if (await assure.HandleAsync(id, ct) is null) return NotFound();
        TempData["Status"] = T("Dank u wel. De datum van controle is bijgewerkt.", "Thank you. The check date has been updated.");
        return RedirectToPage("Index");
    }
}
