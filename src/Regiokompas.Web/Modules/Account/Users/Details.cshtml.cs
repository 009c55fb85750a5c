using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Account.Users;

[Access(Scope.Coordinator)]
public sealed class DetailsModel(UserAdministration admin) : PageModel
{
    public string RegionId { get; private set; } = "";
    public UserDetails? Person { get; private set; }
    public IReadOnlyList<ScopeOption> Pillars { get; private set; } = [];
    public IReadOnlyList<ScopeOption> Organisations { get; private set; } = [];
    [BindProperty] public string Role { get; set; } = "";
    [BindProperty] public string? ScopeKey { get; set; }
    [BindProperty] public string? PillarKey { get; set; }
    [BindProperty] public string? OrganisationKey { get; set; }

    public async Task<IActionResult> OnGetAsync(string regionId, string userId, CancellationToken ct) =>
        await LoadAsync(regionId, userId, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostGrantAsync(string regionId, string userId, CancellationToken ct) =>
        ChangeAsync(regionId, userId, () => admin.GrantAsync(regionId, userId, Role,
            Role == Roles.PillarLead ? PillarKey : Role == Roles.OrganisationMember ? OrganisationKey : null, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(string regionId, string userId, CancellationToken ct) =>
        ChangeAsync(regionId, userId, () => admin.WithdrawAsync(regionId, userId, Role, ScopeKey, ct), ct);

    public Task<IActionResult> OnPostDeactivateAsync(string regionId, string userId, CancellationToken ct) =>
        ChangeAsync(regionId, userId, () => admin.SetActiveAsync(regionId, userId, false, ct), ct);

    public Task<IActionResult> OnPostReactivateAsync(string regionId, string userId, CancellationToken ct) =>
        ChangeAsync(regionId, userId, () => admin.SetActiveAsync(regionId, userId, true, ct), ct);

    private async Task<IActionResult> ChangeAsync(string regionId, string userId, Func<Task> change, CancellationToken ct)
    {
        try
        {
            await change();
            TempData["Status"] = Texts.Get("users.saved");
            return Redirect($"/regio/{regionId}/gebruikers/{userId}");
        }
        catch (RuleViolation e)
        {
            if (!await LoadAsync(regionId, userId, ct)) return NotFound();
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string regionId, string userId, CancellationToken ct)
    {
        RegionId = regionId;
        Person = await admin.GetAsync(regionId, userId, ct);
        Pillars = await admin.PillarsAsync(regionId, ct);
        Organisations = await admin.OrganisationsAsync(regionId, ct);
        return Person is not null;
    }
}
