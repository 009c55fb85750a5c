using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Stories;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

/// <summary>A point on the chart: x in decimal years (2025.99 is the end of 2025), y the value, and its label.</summary>
public sealed record ChartPoint(double X, double Y, string? Label = null);

/// <summary>What the result chart draws; the same figures are in the table. Trend and projection come from the status rule's outcome.</summary>
public sealed record ResultChartData(
    IReadOnlyList<ChartPoint> Measured, ChartPoint? Baseline, IReadOnlyList<ChartPoint> Trend, IReadOnlyList<ChartPoint> Projection,
    ChartPoint? Target, string ValueSuffix, bool Fictitious = false);

/// <summary>One result in the monitor: status, the sentence, the figures as a table and, with JavaScript, as a chart.</summary>
[Access(Scope.Public)]
public sealed class ResultModel(MonitoringQueries monitoring, PlanQueries plans, Regiokompas.Web.Common.Data.AppDbContext db, Regiokompas.Web.Common.Auth.ICurrentActor actor) : PageModel
{
    /// <summary>The region's coordinator (or an administrator) is offered "Koppel een indicator".</summary>
    public bool CanLinkIndicators => Indicators.IndicatorPermissions.CanManage(actor.Actor, Region.Id);

    public RegionSummary Region { get; private set; } = null!;
    public ResultStatusView View { get; private set; } = null!;
    public IndicatorUnit Unit { get; private set; }
    public IReadOnlyList<StoryView> Stories { get; private set; } = [];
    public TargetView? PlanTarget { get; private set; }

    /// <summary>The region's coordinators and pillar leads see a link to add a story to this result.</summary>
    public bool CanAddStory { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        if (await monitoring.GetResultStatusAsync(regionId, key, ct) is not { } view) return NotFound();
        (Region, View) = (region, view);
        Stories = await monitoring.GetStoriesAsync(regionId, key, includeInternal: false, ct);
        CanAddStory = await StoryPermissions.CanWriteAsync(db, actor.Actor, regionId, ct);
        Unit = Enum.TryParse<IndicatorUnit>(view.Unit, out var unit) ? unit : IndicatorUnit.Other;
        PlanTarget = (await plans.GetPlanTreeAsync(regionId, ct))?.Pillars
            .SelectMany(p => p.Goals).SelectMany(g => g.Results).FirstOrDefault(r => r.Id == key)?.Target;
        return Page();
    }

    /// <summary>
    /// The chart's data, read-only from the status view: the fitted line is rebuilt from the projection and its slope
    /// (value at d = projection − slope × years from d to the deadline), drawn solid over the measured period and dashed to the deadline.
    /// </summary>
    public ResultChartData Chart
    {
        get
        {
            var v = View;
            // The table's rounded values and the period in words, so a tooltip never disagrees with the table.
            var measured = v.Points.Select(p => new ChartPoint(Year(p.Date), MonitoringTexts.Rounded(p.Value, Unit), MonitoringTexts.PeriodLabel(p.Period))).ToList();
            ChartPoint? baseline = PlanTarget is { Baseline: { } bv, BaselineDate: { } bd }
                ? new(Year(bd), MonitoringTexts.Rounded(bv, Unit), Ui.T("Nulmeting", "Baseline")) : null;
            List<ChartPoint> trend = [], projection = [];
            if (v.Projection is { } p && v.Points.Count > 0)
            {
                double At(DateOnly d) => p.Value - p.SlopePerYear * (p.Deadline.DayNumber - d.DayNumber) / 365.25;
                var first = v.Points[0].Date;
                if (PlanTarget is { Baseline: not null, BaselineDate: { } b } && b < first) first = b;
                var last = v.Points[^1].Date;
                trend = [new(Year(first), At(first)), new(Year(last), At(last))];
                projection = [new(Year(last), At(last)), new(Year(p.Deadline), p.Value)];
            }
            ChartPoint? target = v.Target is { } t
                ? new(v.Deadline is { } dl ? Year(dl) : measured.Count > 0 ? measured[^1].X : DateTime.Today.Year, t, Ui.T("Doel", "Target"))
                : null;
            var suffix = Unit switch { IndicatorUnit.Percent => "%", _ => "" };
            return new(measured, baseline, trend, projection, target, suffix, v.Fictitious);
        }
    }

    /// <summary>The chart's caption: only what <see cref="Chart"/> really draws, so a missing trend or target is not described.</summary>
    public string ChartCaption
    {
        get
        {
            var chart = Chart;
            var parts = new List<string>
            {
                chart.Fictitious
                    ? Ui.T("de gemeten waarden per periode (fictieve demo-cijfers)", "the measured values per period (fictitious demo figures)")
                    : Ui.T("de gemeten waarden per periode", "the measured values per period"),
            };
            if (chart.Baseline is not null) parts.Add(Ui.T("de nulmeting", "the baseline"));
            if (chart.Trend.Count > 0) parts.Add(Ui.T("de trendlijn door de metingen", "the trend line through the figures"));
            if (chart.Projection.Count > 0) parts.Add(Ui.T("de verwachting tot de einddatum (gestippeld)", "the projection to the deadline (dashed)"));
            if (chart.Target is not null) parts.Add(Ui.T("het doel", "the target"));
            var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + Ui.T(" en ", " and ") + parts[^1];
            return Ui.T($"Grafiek met {list}. Dezelfde cijfers staan in de tabel.", $"Chart with {list}. The same figures are in the table.");
        }
    }

    private static double Year(DateOnly d) => Math.Round(d.Year + (d.DayOfYear - 1) / (DateTime.IsLeapYear(d.Year) ? 366.0 : 365.0), 4);
}
