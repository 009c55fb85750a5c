using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Services;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

/// <summary>Referrals sent (with their status) and received (where the organisation reports back).</summary>
[Access(Scope.SignedIn)]
public sealed class VerwijzingenModel(ReferralsHandler referrals) : PageModel
{
    public ReferralLists Lists { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Lists = await referrals.MineAsync(ct);

    public async Task<IActionResult> OnPostStatusAsync(Guid id, ChangeReferralStatusRequest input, CancellationToken ct)
    {
        try
        {
            if (await referrals.ChangeStatusAsync(id, input, ct) is null) return NotFound();
            TempData["Status"] = Texts.Get("edit.saved");
            return RedirectToPage("Verwijzingen");
        }
        catch (NotAllowed) { return Forbid(); }
        catch (RuleViolation e) { ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments)); }
        catch (EditConflict) { ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict")); }
        Lists = await referrals.MineAsync(ct);
        return Page();
    }
}
