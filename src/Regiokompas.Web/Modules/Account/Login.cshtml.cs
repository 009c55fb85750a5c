using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using static Regiokompas.Web.Common.Localization.Ui;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Account;

[Access(Scope.Public)]
public sealed class LoginModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")] [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
        public string Email { get; set; } = "";
        [Required(ErrorMessage = "Vul uw wachtwoord in.")] public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? T("Te vaak een verkeerd wachtwoord. Uw account is 15 minuten geblokkeerd.", "Too many failed attempts. Your account is locked for 15 minutes.")
            : T("E-mailadres of wachtwoord klopt niet.", "E-mail address or password is incorrect."));
        return Page();
    }
}
