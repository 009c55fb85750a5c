using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

public sealed record CompareRow(string AreaCode, string AreaName, string? Period, string? Value, bool Suppressed);

/// <summary>One indicator side by side for the region's municipalities, latest published period each; small counts hidden.</summary>
public sealed class CompareModel(MonitoringQueries monitoring, PlanQueries plans) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;
    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];
    public IndicatorView? Indicator { get; private set; }
    public IReadOnlyList<CompareRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string? indicator, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        Region = region;
        Indicators = (await monitoring.GetIndicatorsAsync(regionId, includeInternal: false, ct))!;
        Indicator = Indicators.FirstOrDefault(i => i.Code == indicator) ?? Indicators.FirstOrDefault();
        if (Indicator is null) return Page();

        var unit = Enum.Parse<IndicatorUnit>(Indicator.Unit);
        var figures = (await monitoring.GetMeasurementsAsync(Indicator.Code, regionId, null, null, includeSubmitted: false, ct)) ?? [];
        var latest = figures.Where(f => f.AgeGroup == Domain.Monitoring.Indicator.TotalAgeGroup)
            .GroupBy(f => f.Area).ToDictionary(g => g.Key, g => g.Last());
        Rows = region.Municipalities.Select(m => (m.Code, m.Name)).Append((region.Id, region.Name))
            .Select(a => latest.TryGetValue(a.Item1, out var f)
                ? new CompareRow(a.Item1, a.Item2, f.Period, f.Value is { } v ? MonitoringTexts.Value(v, unit) : null, f.Suppressed)
                : new CompareRow(a.Item1, a.Item2, null, null, false))
            .ToList();
        return Page();
    }
}
