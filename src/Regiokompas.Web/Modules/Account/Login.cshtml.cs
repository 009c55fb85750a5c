using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Account;

[Access(Scope.Public)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessageResourceType = typeof(LoginTexts), ErrorMessageResourceName = nameof(LoginTexts.EmailRequired))]
        [EmailAddress(ErrorMessageResourceType = typeof(LoginTexts), ErrorMessageResourceName = nameof(LoginTexts.EmailInvalid))]
        public string Email { get; set; } = "";
        [Required(ErrorMessageResourceType = typeof(LoginTexts), ErrorMessageResourceName = nameof(LoginTexts.PasswordRequired))]
        public string Password { get; set; } = "";
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        // An unknown account costs the same password hashing as a known one, so timing does not tell them apart either.
        if (!result.IsLockedOut && !result.IsNotAllowed && await signIn.UserManager.FindByNameAsync(Input.Email) is null)
            hasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, Input.Password);
        // The same words whether the account is unknown, the password wrong or the account locked.
        ModelState.AddModelError(string.Empty, Texts.Get("account.login-failed"));
        return Page();
    }
}

/// <summary>Validation texts of the login form in the visitor's language (read on every validation, so the language switch holds).</summary>
public static class LoginTexts
{
    public static string EmailRequired => Texts.Get("account.email-required");
    public static string EmailInvalid => Texts.Get("account.email-invalid");
    public static string PasswordRequired => Texts.Get("account.password-required");
}
