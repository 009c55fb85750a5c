using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

/// <summary>Upload municipality outlines (GeoJSON); first a check, then the import. Administrators and coordinators.</summary>
[Access(Scope.Coordinator)]
[BodyLimit(ImportBoundariesHandler.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ImportBoundariesHandler handler, ICurrentActor actor) : PageModel
{
    [BindProperty] public IFormFile? File { get; set; }
    [BindProperty] public bool OnlyCheck { get; set; } = true;
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public string? CodeProperty { get; set; }
    [BindProperty] public string Attribution { get; set; } = BoundaryTexts.CbsAttribution;
    public BoundaryImportOutcome? Outcome { get; private set; }

    public IActionResult OnGet() => BoundaryPermissions.CanImport(actor.Actor) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!BoundaryPermissions.CanImport(actor.Actor)) return Forbid();
        if (File is null || File.Length == 0)
            ModelState.AddModelError(nameof(File), Ui.T("Kies een GeoJSON-bestand.", "Choose a GeoJSON file."));
        else if (File.Length > ImportBoundariesHandler.MaxBytes)
            ModelState.AddModelError(nameof(File), BoundaryTexts.Get("boundaries.too-large", ImportBoundariesHandler.MaxBytes / 1024 / 1024));
        if (string.IsNullOrWhiteSpace(Attribution) || Attribution.Length > 300)
            ModelState.AddModelError(nameof(Attribution), Ui.T("Vul de bronvermelding in (hoogstens 300 tekens).", "Fill in the attribution (at most 300 characters)."));
        if (!ModelState.IsValid) return Page();

        await using var stream = File!.OpenReadStream();
        var name = Path.GetFileName(File.FileName);
        Outcome = await handler.HandleAsync(stream, new ImportBoundariesRequest
        {
            Year = Year, CodeProperty = string.IsNullOrWhiteSpace(CodeProperty) ? null : CodeProperty.Trim(),
            Source = name.Length > 300 ? name[..300] : name, Attribution = Attribution.Trim(),
        }, OnlyCheck, actor.Name, ct);
        if (Outcome.Succeeded && !OnlyCheck)
        {
            TempData["Status"] = Ui.T(
                $"Gemeentegrenzen {Outcome.Year} ingelezen: {Outcome.Added} nieuw, {Outcome.Updated} gewijzigd, {Outcome.Unchanged} ongewijzigd, {Outcome.Removed} verwijderd.",
                $"Municipality boundaries {Outcome.Year} imported: {Outcome.Added} new, {Outcome.Updated} changed, {Outcome.Unchanged} unchanged, {Outcome.Removed} removed.");
            return RedirectToPage();
        }
        return Page();
    }
}
