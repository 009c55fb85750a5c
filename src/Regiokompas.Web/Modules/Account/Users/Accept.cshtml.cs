using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Account.Users;

/// <summary>The invitation link: the invited person chooses a password. Rate-limited per address like the login.</summary>
[Access(Scope.Public)]
public sealed class AcceptModel(UserAdministration admin) : PageModel
{
    [BindProperty] public AcceptInput Input { get; set; } = new();
    public InvitationPreview? Invitation { get; private set; }

    public sealed class AcceptInput
    {
        [StringLength(200)] public string? DisplayName { get; set; }
        [Required, StringLength(256)] public string Password { get; set; } = "";
        [Required, StringLength(256)] public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Invitation = await admin.PreviewAsync(token, ct);
        Input.DisplayName = Invitation?.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Invitation = await admin.PreviewAsync(token, ct);
        if (Invitation is null) return Page();
        if (!ModelState.IsValid) return Page();
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", Texts.Get("users.password-mismatch"));
            return Page();
        }
        try
        {
            var result = await admin.AcceptAsync(token, Input.DisplayName ?? "", Input.Password, ct);
            if (!result.Succeeded)
            {
                // The common-password check has its own Dutch text; Identity's length and character rules share one.
                foreach (var message in result.Errors.Select(e => e.Code == "PasswordTooCommon" ? e.Description
                             : e.Code.StartsWith("Password", StringComparison.Ordinal) ? Texts.Get("users.password-rules") : Texts.Get("users.invitation-invalid")).Distinct())
                    ModelState.AddModelError("Input.Password", message);
                return Page();
            }
        }
        catch (RuleViolation e)
        {
            Invitation = null;
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
            return Page();
        }
        TempData["Status"] = Texts.Get("users.welcome");
        return Redirect("/inloggen");
    }
}
