using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Monitoring.Geography;

namespace Regiokompas.Web.Modules.Monitoring.Regiobeeld;

/// <summary>The region in numbers (public, B1), with a short dated text per theme that the coordinator keeps.</summary>
[Access(Scope.Public)]
public sealed class RegiobeeldModel(RegiobeeldQueries queries, BoundaryQueries boundaries, SaveNarrativeHandler save,
    ICurrentActor actor) : PageModel
{
    public RegiobeeldView View { get; private set; } = null!;
    public ChoroplethMapView? Map { get; private set; }
    public string? MapIndicatorName { get; private set; }
    public string? MapYear { get; private set; }
    public bool CanWrite { get; private set; }
    [BindProperty] public SaveNarrativeRequest Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) =>
        await LoadAsync(regionId, ct) ? Page() : NotFound();

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostAsync(string regionId, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (await save.HandleAsync(regionId, Input, actor.Actor, actor.Name, ct) is null) return NotFound();
                TempData["Status"] = Ui.T("De toelichting is opgeslagen.", "The note has been saved.");
                return Redirect($"/regio/{regionId}/regiobeeld#thema-{Input.Theme}");
            }
            catch (RuleViolation e) { ModelState.AddModelError(string.Empty, Texts.Get(e.Code, e.Arguments)); }
            catch (EditConflict) { ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict")); }
            catch (NotAllowed) { return Forbid(); }
        }
        return await LoadAsync(regionId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        if (await queries.GetAsync(regionId, ct) is not { } view) return false;
        View = view;
        CanWrite = MonitoringPermissions.CanPublish(actor.Actor, regionId);
        // The map shows the share of 65-plussers (whole percentages, as CBS publishes them) with exactly the cards' values.
        const string mapCode = "aandeel-65plus";
        if (view.Indicators.FirstOrDefault(i => i.Code == mapCode) is { } mapIndicator)
        {
            var values = view.Municipalities.Where(m => m.Latest.ContainsKey(mapCode)).Select(m => (m, f: m.Latest[mapCode]))
                .Select(x => new MapValue(x.m.Code, x.m.Name, x.f.Value, x.f.Value is { } v ? MonitoringTexts.Value(v, IndicatorUnit.Percent) : "", x.f.Hidden))
                .ToList();
            if (values.Count > 0)
            {
                var outlines = await boundaries.GetLatestAsync(view.Municipalities.Select(m => m.Code).ToList(), ct);
                Map = ChoroplethMap.Build(outlines, values, IndicatorUnit.Percent, Ui.T);
                MapIndicatorName = mapIndicator.Name;
                MapYear = string.Join(", ", view.Municipalities.Select(m => m.Latest.GetValueOrDefault(mapCode)?.Year).Where(y => y is not null).Distinct());
            }
        }
        return true;
    }
}
