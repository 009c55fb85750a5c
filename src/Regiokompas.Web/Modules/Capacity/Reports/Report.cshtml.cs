using Regiokompas.Web.Common.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Capacity.Reports;

/// <summary>"Plekken melden": every unit of the organisation with its last figures, new figures or one click "ongewijzigd".</summary>
[Access(Scope.UnitOwner)]
[BodyLimit(ImportReportsCsvHandler.MaxBytes + 64 * 1024)]
public sealed class ReportModel(CapacityQueries queries, SubmitReportHandler handler, ImportReportsCsvHandler csv, ICurrentActor actor) : PageModel
{
    [BindProperty] public IFormFile? CsvFile { get; set; }
    public CsvImportResult? CsvOutcome { get; private set; }

    [BindProperty] public SubmitReportRequest Input { get; set; } = new();
    public IReadOnlyList<UnitAvailabilityView> Units { get; private set; } = [];
    public Guid? ErrorUnitId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReportAsync(Guid unitId, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ErrorAsync(unitId, null, ct);
        return await RunAsync(unitId, () => handler.HandleAsync(unitId, Input, ReportSource.Form, actor.Actor, ct), ct);
    }

    public async Task<IActionResult> OnPostUnchangedAsync(Guid unitId, CancellationToken ct)
    {
        ModelState.Clear();
        return await RunAsync(unitId, () => handler.UnchangedAsync(unitId, ReportSource.Form, actor.Actor, ct), ct);
    }

    /// <summary>Many units from one CSV file: "Controleer" checks every line and stores nothing, "Inlezen" stores all or nothing.</summary>
    public async Task<IActionResult> OnPostCsvAsync(bool dryRun, CancellationToken ct)
    {
        ModelState.Clear(); // the per-unit form fields are not part of this post
        if (CsvFile is null || CsvFile.Length == 0)
            ModelState.AddModelError(nameof(CsvFile), Ui.T("Kies een CSV-bestand.", "Choose a CSV file."));
        else if (CsvFile.Length > ImportReportsCsvHandler.MaxBytes)
            ModelState.AddModelError(nameof(CsvFile), Ui.T(
                $"Het bestand is {CsvFile.Length / 1024} kB. Het mag hoogstens {ImportReportsCsvHandler.MaxBytes / 1024 / 1024} MB zijn. Er is niets opgeslagen. Splits het bestand in delen.",
                $"The file is {CsvFile.Length / 1024} kB. It may be at most {ImportReportsCsvHandler.MaxBytes / 1024 / 1024} MB. Nothing was saved. Split the file into parts."));
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await using var upload = CsvFile!.OpenReadStream();
        var (text, encoding) = await StrictText.ReadUtf8Async(upload, ct);
        CsvOutcome = encoding is null
            ? await csv.HandleAsync(text!, ReportSource.File, actor.Actor, dryRun, ct)
            : new CsvImportResult(0, 0, [new CsvProblem(encoding.Line, "*", encoding.Message)], dryRun);
        if (CsvOutcome.Problems.Count == 0 && !dryRun)
        {
            TempData["Status"] = Ui.T($"{CsvOutcome.Reports} meldingen uit het bestand zijn opgeslagen.", $"{CsvOutcome.Reports} reports from the file have been saved.")
                + (CsvOutcome.Conflicts > 0 ? " " + Texts.Get("capacity.report-conflict") : "");
            return RedirectToPage(null, null, null, "csv");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult> RunAsync(Guid unitId, Func<Task<ReportView?>> submit, CancellationToken ct)
    {
        try
        {
            var report = await submit();
            if (report is null) return NotFound();
            TempData["Status"] = Texts.Get(report.Conflict ? "capacity.report-conflict" : "capacity.report-saved");
            return RedirectToPage(null, null, null, $"unit-{unitId}");
        }
        catch (RuleViolation e)
        {
            return await ErrorAsync(unitId, Texts.Get(e.Code, e.Arguments), ct);
        }
        catch (NotAllowed)
        {
            return Forbid();
        }
    }

    private async Task<IActionResult> ErrorAsync(Guid unitId, string? message, CancellationToken ct)
    {
        if (message is not null) ModelState.AddModelError(string.Empty, message);
        ErrorUnitId = unitId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var a = actor.Actor;
        var all = new List<UnitAvailabilityView>();
        if (a.IsAdministrator) all.AddRange((await queries.GetOverviewAsync(new CapacityFilter(), ct)).Units);
        else
        {
            foreach (var region in a.CoordinatorRegions)
                all.AddRange((await queries.GetOverviewAsync(new CapacityFilter(region), ct)).Units);
            if (a.OrganisationId is { } org)
                all.AddRange((await queries.GetOverviewAsync(new CapacityFilter(OrganisationId: org), ct)).Units);
        }
        Units = all.DistinctBy(u => u.Id).OrderBy(u => u.OrganisationName).ThenBy(u => u.TypeName).ThenBy(u => u.Name).ToList();
    }
}
