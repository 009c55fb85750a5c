using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring.Measurements;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Catalogue;

/// <summary>
/// Fictitious figures for trying the monitor, only with --demo: for every result linked to an
/// indicator, a series from the baseline towards (or away from) the target, plus municipality
/// figures for the comparison page. They go in through the normal import and publish path, so
/// they are checked like real figures and named "Demo-gegevens (fictief)" in the audit trail.
/// Skipped when the region already has figures, so a restart or real data is never touched.
/// </summary>
public sealed class DemoFiguresSeeder(AppDbContext db, PlanQueries plans, ImportMeasurementsHandler import,
    PublishMeasurementsHandler publish, TimeProvider clock, ILogger<DemoFiguresSeeder> log)
{
    public const string ActorName = "Demo-gegevens (fictief)";

    /// <summary>The one test for a demo figure: it was sent or published by the demo seeder.</summary>
    public static bool IsFictitious(string? by) => by == ActorName;
    private static readonly Actor DemoActor = new(ActorName, IsAdministrator: true);
    private static readonly DateOnly SeriesStart = new(2023, 1, 1);

    public async Task SeedAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var regionId in await db.Set<ResultIndicator>().Select(l => l.RegionId).Distinct().ToListAsync(ct))
        {
            if (await plans.GetRegionAsync(regionId, ct) is not { } region) continue;
            var areas = region.Municipalities.Select(m => m.Code).Append(regionId).ToList();
            // The shipped CBS figures are real and always there; only other figures mean the region has its own data.
            if (await db.Set<Measurement>().AnyAsync(m => areas.Contains(m.AreaCode) && m.SubmittedBy != Connectors.CbsFiguresSeeder.ActorName, ct)) continue;

            var rows = await RowsAsync(regionId, region.Municipalities.Select(m => m.Code).ToList(), today, ct);
            var outcome = await import.HandleAsync(rows.ToAsyncEnumerable(), [], dryRun: false, DemoActor, ActorName, ct);
            if (!outcome.Succeeded)
                throw new InvalidOperationException("Demo figures do not pass the import rules: " +
                    string.Join("; ", outcome.Errors.Take(5).Select(e => $"line {e.Line} {e.Field}: {e.Message}")));
            var published = await publish.HandleAsync(regionId, new PublishMeasurementsRequest(), DemoActor, ActorName, ct);
            log.LogInformation("Demo figures for {Region}: {Imported} imported, {Published} published", regionId, outcome.Imported, published);
        }
    }

    private async Task<List<MeasurementRow>> RowsAsync(string regionId, IReadOnlyList<string> municipalities, DateOnly today, CancellationToken ct)
    {
        var links = await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId && l.IsPrimary)
            .OrderBy(l => l.ResultKey).ToListAsync(ct);
        var codes = links.Select(l => l.IndicatorCode).Distinct().ToList();
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        var results = await db.Set<PlanResult>().AsNoTracking().Where(r => r.RegionId == regionId).ToDictionaryAsync(r => r.Key, ct);

        var rows = new List<MeasurementRow>();
        // Two results measured by the same figure share one series; the key keeps every row unique.
        var done = new HashSet<(string Indicator, string Area, string Period)>();
        void Add(Indicator indicator, string area, Period period, double value)
        {
            if (done.Add((indicator.Code, area, period.Code))) rows.Add(Row(rows.Count + 1, indicator, area, period, value));
        }
        foreach (var link in links)
        {
            if (!indicators.TryGetValue(link.IndicatorCode, out var indicator) || !results.TryGetValue(link.ResultKey, out var result)) continue;
            // Public statistics have real figures; a fictitious series would overwrite them.
            if (indicator.Source == IndicatorSource.Cbs) continue;
            if (done.Any(d => d.Indicator == indicator.Code && d.Area == link.AreaCode)) continue;
            // "Number of municipalities that …" has no value per municipality.
            var withMunicipalities = link.AreaCode == regionId && indicator.AreaLevels.Contains(AreaLevel.Municipality)
                && indicator.Unit != IndicatorUnit.Municipalities;
            foreach (var (period, value) in Series(link, result, indicator, today))
            {
                Add(indicator, link.AreaCode, period, value);
                // The municipalities around the regional figure, for the comparison page and its map.
                if (withMunicipalities)
                    for (var i = 0; i < municipalities.Count; i++)
                        Add(indicator, municipalities[i], period, Spread(indicator, value, i, municipalities.Count));
            }
        }
        return rows;
    }

    /// <summary>
    /// Periods from 2023 up to the last one due, moving from the baseline at a pace that depends on
    /// the result, so the demo shows every status: some results get there, some fall short, some slip.
    /// </summary>
    private static List<(Period Period, double Value)> Series(ResultIndicator link, PlanResult result, Indicator indicator, DateOnly today)
    {
        var target = link.TargetValue ?? result.TargetValue;
        var higherIsBetter = indicator.Polarity != Polarity.LowerIsBetter;
        var baseline = link.BaselineValue ?? result.BaselineValue
            ?? (target is { } t ? (higherIsBetter ? t * 0.6 : t * 1.5) : Plausible(indicator));
        var deadline = result.Deadline ?? new DateOnly(2026, 12, 31);
        var pace = (StableHash(result.Key) % 4) switch
        {
            0 => 1.15, // ahead: reaches the target early
            1 => 1.0,  // on track
            2 => 0.55, // at risk
            _ => -0.2, // slipping back
        };
        var goal = target ?? baseline * (higherIsBetter ? 1.1 : 0.9);
        var years = Math.Max(0.5, (deadline.DayNumber - SeriesStart.DayNumber) / 365.25);
        var perYear = (goal - baseline) / years * pace;

        var last = ReportingDue.LastDuePeriod(indicator.Frequency, today);
        var period = Period.Containing(SeriesStart, indicator.Frequency);
        var points = new List<(Period, double)>();
        var random = new Random(StableHash(result.Key + indicator.Code));
        while (period.Start <= last.Start)
        {
            // Movement stops at the deadline, and never goes past the target: "9 of 8 municipalities" reads as a bug.
            var elapsed = Math.Min(years, (period.End.DayNumber - SeriesStart.DayNumber) / 365.25);
            var noise = (random.NextDouble() - 0.5) * 0.04 * Math.Max(1, Math.Abs(baseline));
            var value = baseline + perYear * elapsed + noise;
            value = higherIsBetter ? Math.Min(value, Math.Max(goal, baseline)) : Math.Max(value, Math.Min(goal, baseline));
            points.Add((period, Clamp(indicator, value)));
            period = period.Next();
        }
        return points;
    }

    /// <summary>string.GetHashCode differs per process; the demo should look the same on every start.</summary>
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & 0x7fffffff;

    private static double Plausible(Indicator indicator) => indicator.Unit switch
    {
        IndicatorUnit.Percent => 40,
        IndicatorUnit.Days => 30,
        _ => 50,
    };

    /// <summary>A municipality's figure near the regional one; counts are split rather than copied.</summary>
    private static double Spread(Indicator indicator, double regional, int index, int count)
    {
        var factor = 0.8 + 0.4 * ((index * 7 + 3) % count) / Math.Max(1, count - 1);
        return Clamp(indicator, indicator.Unit == IndicatorUnit.Count ? regional / count * factor : regional * factor);
    }

    private static double Clamp(Indicator indicator, double value)
    {
        value = Math.Max(0, Math.Min(indicator.MaxValue ?? double.MaxValue, value));
        return indicator.Unit == IndicatorUnit.Count ? Math.Round(value) : Math.Round(value, 1);
    }

    private static MeasurementRow Row(int line, Indicator indicator, string area, Period period, double value) =>
        new(line, indicator.Code, area, period.Code, value.ToString(CultureInfo.InvariantCulture), Note: "fictief (demo)");
}
