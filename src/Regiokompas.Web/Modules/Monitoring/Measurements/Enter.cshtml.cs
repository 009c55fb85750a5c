using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Measurements;

/// <summary>One row of the web form: a figure for one indicator and one area, as typed.</summary>
public sealed class EnteredFigure
{
    [Required, MaxLength(80)] public string Indicator { get; set; } = "";
    [Required, MaxLength(80)] public string Area { get; set; } = "";
    [MaxLength(40)] public string? Value { get; set; }
    [MaxLength(40)] public string? Numerator { get; set; }
    [MaxLength(40)] public string? Denominator { get; set; }
    [MaxLength(MeasurementValidator.MaxNoteLength)] public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Numerator) && string.IsNullOrWhiteSpace(Denominator);
}

/// <summary>
/// Figures in by web form: one row per indicator the organisation owns × area, for one period.
/// The filled rows go through the same all-or-nothing import as the CSV and JSON routes.
/// </summary>
[Access(Scope.Organisation)]
// One row per indicator and area can pass the framework's default of 1,024 form values; the 1 MB body limit still bounds memory.
[Microsoft.AspNetCore.Mvc.RequestFormLimits(ValueCountLimit = 16_384)]
public sealed class EnterModel(ImportMeasurementsHandler handler, AppDbContext db, PlanQueries plans, ICurrentActor actor) : PageModel
{
    public sealed record RowView(int Index, Indicator Indicator, string Area, string AreaName);

    [BindProperty(SupportsGet = true, Name = "regio")] public string? RegionId { get; set; }
    [BindProperty(SupportsGet = true, Name = "periode"), MaxLength(20)] public string? Period { get; set; }
    [BindProperty] public List<EnteredFigure> Rows { get; set; } = [];

    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public IReadOnlyList<RowView> Views { get; private set; } = [];
    public string? OrganisationName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(ct)) return Forbid();
        Rows = Views.Select(v => new EnteredFigure { Indicator = v.Indicator.Code, Area = v.Area }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        // Only rows this page offered may be posted: a changed indicator or area is not allowed, not a typo.
        var offered = Views.Select(v => (v.Indicator.Code, v.Area)).ToHashSet();
        if (Rows.Any(r => !offered.Contains((r.Indicator, r.Area)))) return Forbid();
        if (string.IsNullOrWhiteSpace(Period))
            ModelState.AddModelError("periode", Ui.T("Vul een periode in.", "Enter a period."));
        if (!ModelState.IsValid) return Page();

        var filled = Rows.Select((r, i) => (Row: r, Index: i)).Where(x => !x.Row.IsEmpty).ToList();
        if (filled.Count == 0)
        {
            ModelState.AddModelError(string.Empty, Ui.T("Vul minstens één cijfer in.", "Fill in at least one figure."));
            return Page();
        }
        // The line number of a row is its place on the form (1-based), so problems land next to it.
        var rows = filled.Select(x => new MeasurementRow(x.Index + 1, x.Row.Indicator, x.Row.Area, Period,
            Blank(x.Row.Value), Blank(x.Row.Numerator), Blank(x.Row.Denominator), null, Blank(x.Row.Note)));
        var outcome = await handler.HandleAsync(rows.ToAsyncEnumerable(), [], dryRun: false, actor.Actor, actor.Name, ct);
        if (outcome.Succeeded)
        {
            TempData["Status"] = Ui.T($"{outcome.Imported} cijfers ontvangen, {outcome.Unchanged} ongewijzigd. De coördinator controleert en publiceert ze.",
                $"{outcome.Imported} figures received, {outcome.Unchanged} unchanged. The coordinator checks and publishes them.");
            return RedirectToPage(new { regio = RegionId, periode = Period });
        }
        ModelState.AddModelError(string.Empty, Ui.T($"Er is niets opgeslagen. Er zijn {outcome.Errors.Count} fouten; u ziet ze bij de rijen hieronder.",
            $"Nothing was saved. There are {outcome.Errors.Count} errors; you see them at the rows below."));
        foreach (var e in outcome.Errors)
            ModelState.AddModelError(e.Line >= 1 && e.Line <= Rows.Count ? $"{nameof(Rows)}[{e.Line - 1}].{FieldName(e.Field)}" : string.Empty, e.Message);
        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Problems with indicator, area or period belong to the whole row; they are shown with the value.</summary>
    private static string FieldName(string field) => field switch
    {
        MeasurementValidator.Fields.Numerator => nameof(EnteredFigure.Numerator),
        MeasurementValidator.Fields.Denominator => nameof(EnteredFigure.Denominator),
        MeasurementValidator.Fields.Note => nameof(EnteredFigure.Note),
        _ => nameof(EnteredFigure.Value),
    };

    /// <summary>Finds the region and the rows this actor may fill in; false when the actor may submit nothing here.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var a = actor.Actor;
        var orgKey = a.OrganisationId is { } orgId ? await plans.GetOrganisationKeyAsync(orgId, ct) : null;
        if (orgKey is null && !a.IsAdministrator && a.CoordinatorRegions.Count == 0) return false;

        var all = await plans.GetRegionsAsync(ct);
        if (a.OrganisationId is { } id && !a.IsAdministrator && a.CoordinatorRegions.Count == 0)
        {
            // An organisation belongs to one region: its own figures are for that region only.
            var own = (await plans.GetOrganisationRefsAsync(null, ct)).FirstOrDefault(o => o.Id == id);
            OrganisationName = own?.Name;
            Regions = all.Where(r => r.Id == own?.RegionId).ToList();
        }
        else Regions = a.IsAdministrator ? all : all.Where(r => a.CoordinatorRegions.Contains(r.Id)).ToList();

        var region = Regions.FirstOrDefault(r => r.Id == RegionId) ?? (Regions.Count == 1 ? Regions[0] : null);
        if (RegionId is not null && region is null) return false;
        RegionId = region?.Id;
        if (region is null) return true;

        var catalogue = await MonitoringCatalogue.LoadAsync(db, plans, ct);
        var indicators = catalogue.Indicators
            .Where(i => (i.RegionId is null || i.RegionId == region.Id) && !i.IsRetired)
            .Where(i => orgKey is not null && catalogue.OwnerOf(i, region.Id) == orgKey
                        || orgKey is null && MonitoringPermissions.CanSubmit(a, i, null))
            .OrderBy(i => i.Name, StringComparer.CurrentCulture).ToList();
        var views = new List<RowView>();
        foreach (var indicator in indicators)
        {
            if (indicator.AreaLevels.Contains(AreaLevel.Region)) views.Add(new(views.Count, indicator, region.Id, region.Name));
            if (indicator.AreaLevels.Contains(AreaLevel.Municipality))
                foreach (var m in region.Municipalities) views.Add(new(views.Count, indicator, m.Code, m.Name));
        }
        Views = views;
        return true;
    }
}
