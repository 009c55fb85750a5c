using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>Download the region's indicator catalogue, or upload one (checked first, all or nothing).</summary>
[Access(Scope.Coordinator), RequestSizeLimit(IndicatorCatalogueReader.MaxFileBytes + 64 * 1024)]
public sealed class CatalogueModel(IndicatorCatalogueTransfer transfer, PlanQueries plans, ICurrentActor actor) : PageModel
{
    [BindProperty] public new IFormFile? File { get; set; }
    [BindProperty] public bool DryRun { get; set; } = true;

    public RegionSummary Region { get; private set; } = null!;
    public CatalogueImportOutcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        Region = region;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string regionId, CancellationToken ct) =>
        await transfer.ExportAsync(regionId, ct) is { } yaml
            ? File(System.Text.Encoding.UTF8.GetBytes(yaml), "application/yaml", $"indicatoren-{regionId}.yaml")
            : NotFound();

    public async Task<IActionResult> OnPostAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        Region = region;
        if (File is null || File.Length == 0)
        {
            ModelState.AddModelError(nameof(File), Common.Localization.Ui.T("Kies een bestand.", "Choose a file."));
            return Page();
        }
        if (File.Length > IndicatorCatalogueReader.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(File), Common.Localization.Ui.T("Het bestand is groter dan 2 MB.", "The file is larger than 2 MB."));
            return Page();
        }
        await using var stream = File.OpenReadStream();
        var (text, encoding) = await StrictText.ReadUtf8Async(stream, ct);
        Outcome = encoding is not null
            ? new CatalogueImportOutcome(0, 0, 0, 0, DryRun, [new CatalogueProblem(encoding.Line, "", encoding.Message)])
            : await transfer.ImportAsync(regionId, text!, DryRun, actor.Actor, ct);
        return Page();
    }
}
