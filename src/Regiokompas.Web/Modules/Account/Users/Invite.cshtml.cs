using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Account.Users;

[Access(Scope.Coordinator)]
public sealed class InviteModel(UserAdministration admin) : PageModel
{
    [BindProperty] public InviteUserRequest Input { get; set; } = new();
    [BindProperty] public string? PillarKey { get; set; }
    [BindProperty] public string? OrganisationKey { get; set; }
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<ScopeOption> Pillars { get; private set; } = [];
    public IReadOnlyList<ScopeOption> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) =>
        await LoadAsync(regionId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        Input.ScopeKey = Input.Role switch
        {
            Common.Auth.Roles.PillarLead => PillarKey,
            Common.Auth.Roles.OrganisationMember => OrganisationKey,
            _ => null,
        };
        try
        {
            await admin.InviteAsync(regionId, Input, ct);
            TempData["Status"] = Texts.Get("users.invited", Input.Email.Trim());
            return Redirect($"/regio/{regionId}/gebruikers");
        }
        catch (RuleViolation e)
        {
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        RegionId = regionId;
        if (await admin.RegionNameAsync(regionId, ct) is not { } name) return false;
        RegionName = name;
        Pillars = await admin.PillarsAsync(regionId, ct);
        Organisations = await admin.OrganisationsAsync(regionId, ct);
        return true;
    }
}
