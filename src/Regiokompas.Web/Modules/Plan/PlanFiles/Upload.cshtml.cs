using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan.Versions;

namespace Regiokompas.Web.Modules.Plan.PlanFiles;

/// <summary>
/// A plan file through the browser: first the dry run (every problem by line and field, as the CLI
/// reports it) and a preview of what will be added, changed and retired; then the import, all or nothing.
/// </summary>
[Access(Scope.Coordinator)]
[BodyLimit(PlanFileReader.MaxFileBytes + FormOverhead)]
[RequestFormLimits(ValueLengthLimit = (int)PlanFileReader.MaxFileBytes + 1024)]
public sealed class UploadModel(PlanQueries queries, ImportPlanFileHandler importer, PlanVersionsHandler versions, ICurrentActor actor) : PageModel
{
    private const long FormOverhead = 64 * 1024;

    [BindProperty] public IFormFile? File { get; set; }
    /// <summary>The checked file's text, sent back with "Doorvoeren" and checked again before it is applied.</summary>
    [BindProperty] public string? PlanText { get; set; }
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public string? FileName { get; private set; }
    public IReadOnlyList<PlanFileProblem> Problems { get; private set; } = [];
    public PlanDiffView? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) =>
        await LoadAsync(regionId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        if (File is null || File.Length == 0)
        {
            ModelState.AddModelError(nameof(File), Ui.T("Kies een planbestand (YAML).", "Choose a plan file (YAML)."));
            return Page();
        }
        if (File.Length > PlanFileReader.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(File), Ui.T("Het bestand is te groot.", "The file is too large."));
            return Page();
        }
        FileName = Path.GetFileName(File.FileName);
        await using var stream = File.OpenReadStream();
        var (text, problem) = await StrictText.ReadUtf8Async(stream, ct);
        if (problem is not null)
        {
            Problems = [new PlanFileProblem(FileName, problem.Line, "", problem.Message)];
            return Page();
        }
        return await CheckAsync(text!, ct);
    }

    public async Task<IActionResult> OnPostApplyAsync(string regionId, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, ct)) return NotFound();
        if (string.IsNullOrEmpty(PlanText)) return await OnGetAsync(regionId, ct);
        if (!PlanPermissions.CanEditRegion(actor.Actor, regionId)) return Forbid();
        var read = PlanFileReader.Read("upload", PlanText);
        if (!read.IsValid || read.Plan!.Region.Id != regionId) return await CheckAsync(PlanText, ct);
        var summary = await importer.HandleAsync(read.Plan, ct);
        await versions.EnsureFirstVersionAsync(regionId, ct);
        TempData["Status"] = Ui.T($"Het planbestand is ingelezen: {summary.Created} nieuw, {summary.Updated} gewijzigd, {summary.Retired} ingetrokken.",
            $"The plan file has been imported: {summary.Created} added, {summary.Updated} changed, {summary.Retired} retired.");
        return Redirect($"/regio/{regionId}/plan/bewerken");
    }

    private async Task<IActionResult> CheckAsync(string text, CancellationToken ct)
    {
        var read = PlanFileReader.Read(FileName ?? "upload", text);
        if (!read.IsValid)
        {
            Problems = read.Problems;
            return Page();
        }
        if (read.Plan!.Region.Id != RegionId)
        {
            Problems = [new PlanFileProblem(FileName ?? "upload", 1, "region.id",
                Ui.T($"Dit bestand hoort bij regio '{read.Plan.Region.Id}', niet bij '{RegionId}'.", $"This file belongs to region '{read.Plan.Region.Id}', not '{RegionId}'."))];
            return Page();
        }
        var current = await versions.GetPlanFileAsync(RegionId, PlanVersionsHandler.Current, ct);
        Preview = PlanDiff.Compare(RegionId, PlanVersionsHandler.Current, "upload", current, read.Plan);
        PlanText = text;
        return Page();
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await queries.GetRegionAsync(regionId, ct) is not { } region) return false;
        (RegionId, RegionName) = (region.Id, region.Name);
        return true;
    }
}
