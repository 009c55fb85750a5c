using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.CareDirectory.Hulp;

/// <summary>One service in plain words, with "meld een fout" that reaches the owner.</summary>
public sealed class DetailsModel(CareDirectoryQueries queries, ReportErrorHandler reports) : PageModel
{
    public ServiceView Service { get; private set; } = null!;
    [BindProperty] public ReportErrorRequest Report { get; set; } = new();

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
        if (!ModelState.IsValid) return Page();
        try
        {
            await reports.HandleAsync(id, Report, ct);
            TempData["Status"] = T("Dank u wel. Uw melding is doorgegeven aan de organisatie.", "Thank you. Your report has been passed on to the organisation.");
            return RedirectToPage("Details", new { id });
        }
        catch (RuleViolation e)
        {
            ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments));
            return Page();
        }
    }
}
