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
public sealed class VerwijzingenModel(ReferralsHandler referrals) : PageModel, IReloadsAfterWriteError
{
    public ReferralLists Lists { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Lists = await referrals.MineAsync(ct);

    public async Task<IActionResult> OnPostStatusAsync(Guid id, ChangeReferralStatusRequest input, CancellationToken ct)
    {
        if (await referrals.ChangeStatusAsync(id, input, ct) is null) return NotFound();
        TempData["Status"] = Texts.Get("edit.saved");
        return RedirectToPage("Verwijzingen");
    }

    public async Task<bool> ReloadAfterWriteErrorAsync(CancellationToken ct)
    {
        Lists = await referrals.MineAsync(ct);
        return true;
    }
}
