using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Measurements;

/// <summary>Upload a CSV in the long format; first a check, then the import. Works without JavaScript.</summary>
[Access(Scope.Organisation)]
[BodyLimit(MonitoringApi.MaxCsvBytes + FormOverhead)]
public sealed class UploadModel(ImportMeasurementsHandler handler, ICurrentActor actor) : PageModel
{
    [BindProperty, Required] public IFormFile? File { get; set; }
    [BindProperty] public bool OnlyCheck { get; set; } = true;
    public ImportOutcome? Outcome { get; private set; }

    /// <summary>Room for the multipart boundaries and the other fields beside the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (File is null || File.Length == 0)
        {
            ModelState.AddModelError(nameof(File), Ui.T("Kies een CSV-bestand.", "Choose a CSV file."));
            return Page();
        }
        if (File.Length > MonitoringApi.MaxCsvBytes)
        {
            ModelState.AddModelError(nameof(File), Ui.T("Het bestand is te groot.", "The file is too large."));
            return Page();
        }
        await using var stream = File.OpenReadStream();
        var problems = new List<ImportProblem>();
        Outcome = await handler.HandleAsync(LongFormatCsvReader.ReadAsync(stream, problems, ct), problems, OnlyCheck, actor.Actor, actor.Name, ct);
        if (Outcome.Succeeded && !OnlyCheck)
        {
            TempData["Status"] = Ui.T($"{Outcome.Imported} cijfers ontvangen, {Outcome.Unchanged} ongewijzigd. De coördinator controleert en publiceert ze.",
                $"{Outcome.Imported} figures received, {Outcome.Unchanged} unchanged. The coordinator checks and publishes them.");
            return RedirectToPage();
        }
        return Page();
    }
}
