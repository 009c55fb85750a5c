using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Localization;
using static Regiokompas.Web.Common.Localization.Ui;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules;

[IgnoreAntiforgeryToken]
[Access(Scope.Public)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Set(code);
    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        (Heading, Message) = code switch
        {
            404 => (T("Pagina niet gevonden", "Page not found"), T("Deze pagina bestaat niet (meer). Controleer het adres.", "This page does not exist. Check the address.")),
            401 => (T("Inloggen nodig", "Login required"), T("Log in om dit te bekijken of te wijzigen.", "Log in to view or change this.")),
            403 => (T("Geen toegang", "No access"), T("U mag deze pagina niet bekijken of dit niet wijzigen.", "You may not view or change this.")),
            405 => (T("Dit kan hier niet", "Not possible here"), T("Deze pagina neemt dit formulier niet aan. Ga terug en probeer het opnieuw.", "This page does not take this form. Go back and try again.")),
            413 => (T("Te groot om te versturen", "Too large to send"),
                Texts.Get(Common.Http.BoundedBody.Code, Common.Http.BoundedBody.Describe(HttpContext.Items[Common.Http.BoundedBody.LimitItem] as long? ?? Common.Http.BoundedBody.DefaultLimit))),
            429 => (Texts.Get("request.too-many"), Texts.Get("account.too-many-attempts")),
            400 => (T("Ongeldig verzoek", "Bad request"), T("Het formulier was verlopen of onvolledig. Probeer het opnieuw.", "The form expired or was incomplete. Please try again.")),
            _ => (T("Er ging iets mis", "Something went wrong"), T("Er ging iets mis aan onze kant. Probeer het later opnieuw.", "Something went wrong on our side. Please try again later.")),
        };
    }
}
