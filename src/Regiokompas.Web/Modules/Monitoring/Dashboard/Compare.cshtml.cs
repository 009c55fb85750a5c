using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Monitoring.Geography;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

public sealed record CompareRow(string AreaCode, string AreaName, string? Period, string? Value, bool Suppressed, double? Number = null);

/// <summary>One indicator side by side for the region's municipalities, latest published period each; small counts hidden.</summary>
[Access(Scope.Public)]
public sealed class CompareModel(MonitoringQueries monitoring, PlanQueries plans, BoundaryQueries boundaries, ICurrentActor actor) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;
    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];
    public IndicatorView? Indicator { get; private set; }
    /// <summary>Periods with published figures, newest first; none chosen means the latest per area.</summary>
    public IReadOnlyList<string> Periods { get; private set; } = [];
    public string? Period { get; private set; }
    public IReadOnlyList<CompareRow> Rows { get; private set; } = [];
    /// <summary>Null when no boundaries have been imported for the region's municipalities.</summary>
    public ChoroplethMapView? Map { get; private set; }
    public bool CanImportBoundaries => BoundaryPermissions.CanImport(actor.Actor);

    public async Task<IActionResult> OnGetAsync(string regionId, string? indicator, string? periode, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        Region = region;
        Indicators = (await monitoring.GetIndicatorsAsync(regionId, includeInternal: false, ct))!;
        Indicator = Indicators.FirstOrDefault(i => i.Code == indicator) ?? Indicators.FirstOrDefault();
        if (Indicator is null) return Page();

        var unit = Enum.Parse<IndicatorUnit>(Indicator.Unit);
        var figures = (await monitoring.GetMeasurementsAsync(Indicator.Code, regionId, null, null, includeSubmitted: false, ct)) ?? [];
        var totals = figures.Where(f => f.AgeGroup == Domain.Monitoring.Indicator.TotalAgeGroup).ToList();
        Periods = totals.Select(f => f.Period).Distinct().Reverse().ToList();
        Period = Periods.FirstOrDefault(p => p == periode);
        var latest = totals.Where(f => Period is null || f.Period == Period)
            .GroupBy(f => f.Area).ToDictionary(g => g.Key, g => g.Last());
        Rows = region.Municipalities.Select(m => (m.Code, m.Name)).Append((region.Id, region.Name))
            .Select(a => latest.TryGetValue(a.Item1, out var f)
                ? new CompareRow(a.Item1, a.Item2, f.Period, f.Value is { } v ? MonitoringTexts.Value(v, unit) : null, f.Suppressed,
                    f.Suppressed ? null : f.Value)
                : new CompareRow(a.Item1, a.Item2, null, null, false))
            .ToList();

        // The map gets exactly the table's municipality rows: a hidden value stays hidden, with no number at all.
        var outlines = await boundaries.GetLatestAsync(region.Municipalities.Select(m => m.Code).ToList(), ct);
        Map = ChoroplethMap.Build(outlines,
            Rows.Where(r => r.AreaCode != region.Id)
                .Select(r => new MapValue(r.AreaCode, r.AreaName, r.Suppressed ? null : r.Number, r.Value ?? "", r.Suppressed)).ToList(),
            unit, Ui.T);
        return Page();
    }
}
