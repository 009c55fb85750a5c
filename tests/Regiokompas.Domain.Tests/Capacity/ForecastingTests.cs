using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Capacity.Forecasting;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Tests.Capacity;

public class ForecastingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(11)]
    [InlineData(2026)]
    [InlineData(77)]
    public void Holt_winters_beats_seasonal_naive_with_calibrated_intervals_on_weekly_data(int seed)
    {
        var series = SyntheticHistory.Generate(days: 3 * 365, seed: seed);
        var scores = ForecastBacktest.Run(series, firstOrigin: 2 * 365, horizons: [1, 7, 14], step: 1);

        foreach (var (h, s) in scores.OrderBy(p => p.Key))
            output.WriteLine($"h={h} n={s.Count} MAE={s.Mae:F2} naive={s.BaselineMae:F2} MASE={s.Mase:F3} coverage={s.Coverage:P1}");

        scores[7].Count.ShouldBe(365 - 14 + 1);
        scores[7].Mase.ShouldBeLessThan(0.9);
        scores[7].Coverage.ShouldBeInRange(0.75, 0.85);
        scores[1].Mase.ShouldBeLessThan(0.9);
        scores[14].Mase.ShouldBeLessThan(1.0);
    }

    [Fact]
    public void Holt_winters_recovers_a_clean_weekly_pattern()
    {
        // Pure pattern around 20: after fitting, next week's forecast must repeat it closely.
        var pattern = new double[] { 15, 18, 21, 23, 24, 21, 18 };
        var series = Enumerable.Range(0, 70).Select(i => pattern[i % 7]).ToList();
        var model = HoltWinters.Fit(series);
        for (var h = 1; h <= 7; h++)
            model.Forecast(h).Point.ShouldBe(pattern[(70 + h - 1) % 7], 0.05);
    }

    [Fact]
    public void Seasonal_naive_repeats_the_same_weekday_of_last_week()
    {
        var series = Enumerable.Range(1, 21).Select(i => (double)i).ToList(); // 1..21
        var naive = SeasonalNaive.Fit(series);
        naive.Forecast(1).Point.ShouldBe(15);  // day 22 ← day 15
        naive.Forecast(7).Point.ShouldBe(21);  // day 28 ← day 21
        naive.Forecast(8).Point.ShouldBe(15);  // day 29 ← day 15 (two weeks back is not needed: last week's day 22 is unknown)
        naive.Forecast(14).Point.ShouldBe(21);
    }

    [Fact]
    public void Too_short_history_is_refused()
    {
        Should.Throw<RuleViolation>(() => HoltWinters.Fit(new double[20])).Code.ShouldBe("capacity.forecast-history-too-short");
    }

    [Fact]
    public void Score_computes_mae_mase_against_baseline_and_coverage()
    {
        var points = new[]
        {
            new ScoredPoint(Actual: 10, Point: 12, Lower80: 9, Upper80: 14, BaselinePoint: 14),  // err 2, base 4, inside
            new ScoredPoint(Actual: 20, Point: 19, Lower80: 15, Upper80: 19.5, BaselinePoint: 16), // err 1, base 4, outside
            new ScoredPoint(Actual: 5, Point: 5, Lower80: 4, Upper80: 6, BaselinePoint: 9),      // err 0, base 4, inside
            new ScoredPoint(Actual: 8, Point: 5, Lower80: 8, Upper80: 9, BaselinePoint: 12),     // err 3, base 4, inside (edge)
        };
        var score = ForecastScore.From(points);
        score.Count.ShouldBe(4);
        score.Mae.ShouldBe(1.5);
        score.BaselineMae.ShouldBe(4);
        score.Mase.ShouldBe(0.375);
        score.Coverage.ShouldBe(0.75);
    }

    [Fact]
    public void Empty_score_has_no_numbers()
    {
        ForecastScore.From([]).Count.ShouldBe(0);
        double.IsNaN(ForecastScore.From([]).Mae).ShouldBeTrue();
    }

    [Theory]
    [InlineData(new double[] { 1, 1, 1, 1, 2, 2, 2, 2 }, 4, true)]
    [InlineData(new double[] { 1, 1, 1, 1, 1.9, 2, 2, 2 }, 4, false)]
    [InlineData(new double[] { 3, 3, 3, 1, 1, 1, 1 }, 4, false)] // not enough for two windows
    [InlineData(new double[] { 0, 0, 0, 0.1 }, 2, true)]
    public void Alert_fires_when_rolling_error_doubles(double[] errors, int window, bool expected)
    {
        ForecastAlerts.RollingErrorDoubled(errors, window).ShouldBe(expected);
    }

    [Fact]
    public void Synthetic_history_is_deterministic_non_negative_and_weekly()
    {
        var a = SyntheticHistory.Generate(364, seed: 5);
        var b = SyntheticHistory.Generate(364, seed: 5);
        a.ShouldBe(b);
        a.ShouldAllBe(v => v >= 0 && v == Math.Round(v));
        // 2024-01-01 is a Monday: Mondays must on average sit well below Fridays.
        var mondays = a.Where((_, i) => i % 7 == 0).Average();
        var fridays = a.Where((_, i) => i % 7 == 4).Average();
        (fridays - mondays).ShouldBeGreaterThan(6);
    }

    [Fact]
    public void Stored_forecast_is_made_for_both_methods_and_scored_only_after_the_day()
    {
        var series = SyntheticHistory.Generate(120, seed: 3);
        var origin = new DateOnly(2026, 5, 1);
        var now = new DateTime(2026, 5, 1, 6, 0, 0, DateTimeKind.Utc);
        var made = CapacityForecast.Make("ijssel-vecht", "elv-hoog", series, origin, now, [1, 7, 14]);
        made.Count.ShouldBe(6);
        made.Select(f => f.Method).Distinct().Order().ShouldBe(["holt-winters", "seasonal-naive"]);
        var week = made.Single(f => f.Method == "holt-winters" && f.Horizon == 7);
        week.TargetDate.ShouldBe(new DateOnly(2026, 5, 7));
        week.Lower80.ShouldBeLessThanOrEqualTo(week.Point);
        week.Upper80.ShouldBeGreaterThanOrEqualTo(week.Point);
        week.BaselinePoint.ShouldBe(SeasonalNaive.PointAt(series, series.Length, 7, 7));

        Should.Throw<RuleViolation>(() => week.Score(20, new DateTime(2026, 5, 7, 23, 0, 0, DateTimeKind.Utc)))
            .Code.ShouldBe("capacity.forecast-not-due");
        week.Score(20, new DateTime(2026, 5, 8, 6, 0, 0, DateTimeKind.Utc));
        week.AsScored()!.Actual.ShouldBe(20);
    }

    [Fact]
    public void Daily_series_sums_the_last_report_of_each_unit_per_day()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        DateTime At(int day, int hour) => new(2026, 3, day, hour, 0, 0, DateTimeKind.Utc);
        var reports = new[]
        {
            new ReportPoint(a, At(1, 8), At(1, 8), 5),
            new ReportPoint(a, At(1, 17), At(1, 17), 3),
            new ReportPoint(b, At(2, 9), At(2, 9), 4),
            new ReportPoint(a, At(3, 9), At(3, 9), 6),
        };
        var series = DailySeries.Build(reports, new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 3));
        series.ShouldBe([
            (new DateOnly(2026, 3, 1), 3.0),
            (new DateOnly(2026, 3, 2), 7.0),
            (new DateOnly(2026, 3, 3), 10.0),
        ]);
    }
}
