namespace Regiokompas.Web.Modules.Account;

/// <summary>Dutch and English text for signing in and passwords; registered in TextRegistry.</summary>
public static class AccountTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        // One text for unknown account, wrong password and locked account, so the answer does not tell which accounts exist.
        ["account.login-failed"] = ("Inloggen is niet gelukt. Controleer uw e-mailadres en wachtwoord. Na vijf mislukte pogingen wacht u 15 minuten.",
            "Login failed. Check your e-mail address and password. After five failed attempts, wait 15 minutes."),
        ["account.email-required"] = ("Vul uw e-mailadres in.", "Enter your e-mail address."),
        ["account.email-invalid"] = ("Dit is geen geldig e-mailadres.", "This is not a valid e-mail address."),
        ["account.password-required"] = ("Vul uw wachtwoord in.", "Enter your password."),
        ["account.password-too-common"] = ("Dit wachtwoord is te gangbaar of te makkelijk te raden. Kies een zin van een paar woorden die niet voor de hand liggen.",
            "This password is too common or too easy to guess. Choose a phrase of a few unexpected words."),
        ["account.too-many-attempts"] = ("Te veel pogingen in korte tijd. Wacht even en probeer het dan opnieuw.", "Too many attempts in a short time. Wait a moment and try again."),
    };
}
