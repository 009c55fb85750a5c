using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

/// <summary>The coordinator's CBS connector: mappings (table + measure + filter → indicator) and a file upload with a check-only step.</summary>
[Access(Scope.Coordinator)]
[BodyLimit(CbsImportHandler.MaxBytes + 64 * 1024)]
public sealed class CbsModel(CbsMappingsHandler mappings, CbsImportHandler import, PlanQueries plans, IOptions<CbsConnectorOptions> options,
    CbsConnectorStatus status, ICurrentActor actor) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;
    public IReadOnlyList<CbsMappingView> Mappings { get; private set; } = [];
    public bool RefreshEnabled => options.Value.RefreshEnabled;
    public CbsConnectorStatus Status => status;
    public CbsImportOutcome? Outcome { get; private set; }

    [BindProperty] public CbsMappingRequest Mapping { get; set; } = new();
    [BindProperty] public int? MappingId { get; set; }
    [BindProperty] public IFormFile? File { get; set; }
    [BindProperty] public string Table { get; set; } = "03759ned";
    [BindProperty] public string Format { get; set; } = "odata";
    [BindProperty] public bool OnlyCheck { get; set; } = true;
    [BindProperty] public DateOnly? Retrieved { get; set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) => await LoadAsync(regionId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMappingAsync(string regionId, CancellationToken ct)
    {
        ModelState.Remove(nameof(File));
        if (ModelState.IsValid)
        {
            try
            {
                if (await mappings.SaveAsync(regionId, MappingId, Mapping, actor.Actor, ct) is null) return NotFound();
                TempData["Status"] = Ui.T("De koppeling is opgeslagen.", "The mapping has been saved.");
                return Redirect($"/regio/{regionId}/monitor/cbs");
            }
            catch (RuleViolation e) { ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments)); }
            catch (EditConflict) { ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict")); }
        }
        return await LoadAsync(regionId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string regionId, CancellationToken ct)
    {
        try
        {
            if (MappingId is { } id && await mappings.RemoveAsync(regionId, id, Mapping.Version, actor.Actor, ct))
                TempData["Status"] = Ui.T("De koppeling is verwijderd.", "The mapping has been removed.");
            return Redirect($"/regio/{regionId}/monitor/cbs");
        }
        catch (RuleViolation e) { ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments)); }
        catch (EditConflict) { ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict")); }
        return await LoadAsync(regionId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostImportAsync(string regionId, CancellationToken ct)
    {
        if (File is null || File.Length == 0)
            ModelState.AddModelError(nameof(File), Ui.T("Kies een bestand van CBS (OData JSON of CSV).", "Choose a CBS file (OData JSON or CSV)."));
        else if (File.Length > CbsImportHandler.MaxBytes)
            ModelState.AddModelError(nameof(File), RegiobeeldTextsGet("monitoring.cbs-file-too-large", CbsImportHandler.MaxBytes / 1024 / 1024));
        if (ModelState.ErrorCount == 0)
        {
            await using var stream = File!.OpenReadStream();
            Outcome = await import.ImportFileAsync(regionId, Table, Format, stream, OnlyCheck, Retrieved, actor.Actor, actor.Name, ct);
            if (Outcome is null) return NotFound();
            if (Outcome.Succeeded && !OnlyCheck)
            {
                TempData["Status"] = Ui.T($"CBS-tabel {Outcome.TableId} ingelezen: {Outcome.Imported} cijfers nieuw of gewijzigd, {Outcome.Unchanged} ongewijzigd, {Outcome.Published} gepubliceerd.",
                    $"CBS table {Outcome.TableId} imported: {Outcome.Imported} figures new or changed, {Outcome.Unchanged} unchanged, {Outcome.Published} published.");
                return Redirect($"/regio/{regionId}/monitor/cbs");
            }
        }
        return await LoadAsync(regionId, ct) ? Page() : NotFound();
    }

    private static string RegiobeeldTextsGet(string code, params object[] args) => Regiobeeld.RegiobeeldTexts.Get(code, args);

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return false;
        Region = region;
        Mappings = await mappings.ListAsync(regionId, ct) ?? [];
        return true;
    }
}
