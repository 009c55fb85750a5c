using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Hulp;

/// <summary>One service in plain words, with "meld een fout" that reaches the owner.</summary>
[Access(Scope.Public)]
public sealed class DetailsModel(CareDirectoryQueries queries, ReportErrorHandler reports, ReferralsHandler referrals) : PageModel
{
    public ServiceView Service { get; private set; } = null!;
    [BindProperty] public ReportErrorRequest Report { get; set; } = new();
    [BindProperty] public CreateReferralRequest Referral { get; set; } = new();

    /// <summary>The "Meld een fout" problems, field id and Dutch message, for the error summary and the fields.</summary>
    public FormErrors ReportErrors { get; } = new() { Title = T("Er is een probleem met uw melding", "There is a problem with your report") };

    /// <summary>Back to the search the resident came from: only the search's own parameters are carried over.</summary>
    public string BackLink
    {
        get
        {
            var parts = Request.Query.Where(p => SearchKeys.Contains(p.Key))
                .SelectMany(p => p.Value.OfType<string>().Where(v => v.Length > 0).Select(v => $"{p.Key}={Uri.EscapeDataString(v)}")).ToList();
            return parts.Count == 0 ? "/hulp" : "/hulp?" + string.Join("&", parts) + "#resultaten";
        }
    }

    private static readonly HashSet<string> SearchKeys = ["q", "gemeente", "thema", "leeftijd", "gratis", "direct", "taal", "soort", "weergave", "pagina"];

    /// <summary>Signed-in professionals refer a resident from here (Welzijn op Recept); the owner reports back.</summary>

    [Access(Scope.SignedIn)]    public async Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await queries.GetAsync(id, ct) is not { } service) return NotFound();
        Service = service;
        if (!IsValid("Referral.")) return Page();
        try
        {
            await referrals.CreateAsync(id, Referral, ct);
            TempData["Status"] = T("De verwijzing is verstuurd. U ziet de status bij 'Mijn verwijzingen'.", "The referral has been sent. See its status under 'My referrals'.");
            return RedirectToPage("Details", new { id });
        }
        catch (RuleViolation e)
        {
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
            return Page();
        }
    }

    /// <summary>
    /// The report's problems in the registry's Dutch (or English) words, in form order; ASP.NET's own English
    /// validation texts never reach the resident.
    /// </summary>
    private void CheckReport()
    {
        if (string.IsNullOrWhiteSpace(Report.Message)) ReportErrors.Add("Report_Message", Texts.Get("caredirectory.report-empty"));
        ReportErrors.FromModelState(ModelState, "Report.Message", Texts.Get("caredirectory.report-too-long", Domain.CareDirectory.ErrorReport.MaxMessageLength));
        ReportErrors.FromModelState(ModelState, "Report.ContactEmail", Texts.Get("caredirectory.report-email-invalid"));
    }

    /// <summary>The page has two forms; only the posted one is validated.</summary>
    private bool IsValid(string prefix) => ModelState
        .Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) || e.Key.Length == 0)
        .All(e => e.Value.ValidationState != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } service) return NotFound();
        Service = service;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } service) return NotFound();
        Service = service;
        CheckReport();
        if (ReportErrors.Count > 0) return Page();
        try
        {
            await reports.HandleAsync(id, Report, ct);
            TempData["Status"] = T("Dank u wel. Uw melding is doorgegeven aan de organisatie.", "Thank you. Your report has been passed on to the organisation.");
            return RedirectToPage("Details", new { id });
        }
        catch (RuleViolation e)
        {
            ReportErrors.Add(e.Code == "caredirectory.report-email-invalid" ? "Report_ContactEmail" : "Report_Message", Texts.Get(e.Code, e.Arguments));
            return Page();
        }
    }
}
