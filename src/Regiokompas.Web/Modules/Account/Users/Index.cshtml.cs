using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Account.Users;

[Access(Scope.Coordinator)]
public sealed class IndexModel(UserAdministration admin) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<UserRow> People { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        RegionId = regionId;
        if (await admin.RegionNameAsync(regionId, ct) is not { } name) return NotFound();
        RegionName = name;
        People = await admin.ListAsync(regionId, ct);
        Invitations = await admin.InvitationsAsync(regionId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawInvitationAsync(string regionId, Guid invitation, CancellationToken ct)
    {
        try { await admin.WithdrawInvitationAsync(regionId, invitation, ct); }
        catch (RuleViolation e) { TempData["Status"] = Texts.Get(e.Code, e.Arguments); }
        return Redirect($"/regio/{regionId}/gebruikers");
    }
}
