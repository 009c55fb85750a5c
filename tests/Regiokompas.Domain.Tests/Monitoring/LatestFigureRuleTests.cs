using FsCheck;
using FsCheck.Fluent;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

/// <summary>
/// Step 8 of the status rule: the latest published figure against the straight path from the
/// start to the target, with the series' own noise as the yardstick (docs/monitoring-status-rule.md).
/// </summary>
public class LatestFigureRuleTests
{
    private static readonly DateOnly EndOf2026 = new(2026, 12, 31);

    private static StatusPoint Q(int year, int quarter, double value)
    {
        var period = Period.OfQuarter(year, quarter);
        return new(period.End, value, period);
    }

    private static StatusInput Higher(double target, DateOnly asOf, params StatusPoint[] points) =>
        new(Polarity.HigherIsBetter, target, EndOf2026, points, asOf, MinValue: 0, MaxValue: 100);

    /// <summary>Zelftriage: ten quarters climbing a little over 1 point a quarter, toward 30% at the end of 2026.</summary>
    private static readonly StatusPoint[] Climb =
    [
        Q(2024, 1, 18.0), Q(2024, 2, 19.4), Q(2024, 3, 20.2), Q(2024, 4, 21.7), Q(2025, 1, 22.6),
        Q(2025, 2, 24.1), Q(2025, 3, 24.9), Q(2025, 4, 26.4), Q(2026, 1, 27.3), Q(2026, 2, 28.6),
    ];

    [Fact]
    public void Zelftriage_25_percent_in_the_third_quarter_of_2026_is_not_on_track()
    {
        var input = Higher(30, new DateOnly(2026, 11, 1), [.. Climb, Q(2026, 3, 25)]);
        var outcome = ResultStatusRule.Evaluate(input);

        // The long trend alone still reaches 30%: the old rule said "op koers".
        outcome.Projection!.Value.ShouldBeGreaterThanOrEqualTo(30);
        outcome.Status.ShouldBe(ResultStatus.OffTrack);
        outcome.Explanation.Code.ShouldBe("monitoring.status.latest-behind-off-track");
        outcome.Explanation.Arguments[0].ShouldBe(25.0);
        outcome.Explanation.Arguments[1].ShouldBe("2026KW03");
        // The path from 18% (end of March 2024) to 30% (end of 2026) passes 28.9% at the end of September 2026.
        ((double)outcome.Explanation.Arguments[2]).ShouldBe(28.9, 0.05);
        outcome.Explanation.Arguments[3].ShouldBe(EndOf2026);
        outcome.Explanation.Arguments[4].ShouldBe(30.0);
        outcome.Check!.NoiseFromSeries.ShouldBeTrue();
        outcome.Check.Gap.ShouldBe(3.9, 0.05);
        outcome.Check.Noise.ShouldBe(0.24, 1e-9); // measured 0.21, raised to the floor of 2% of the 12 points to go
    }

    [Fact]
    public void A_smaller_dip_below_the_path_but_past_the_noise_is_at_risk()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(30, new DateOnly(2026, 11, 1), [.. Climb, Q(2026, 3, 27)]));
        outcome.Status.ShouldBe(ResultStatus.AtRisk); // 1.9 behind: past the noise, within a quarter of the 12 to go
        outcome.Explanation.Code.ShouldBe("monitoring.status.latest-behind-at-risk");
        outcome.Explanation.Arguments[0].ShouldBe(27.0);
    }

    [Fact]
    public void A_dip_within_the_series_usual_noise_does_not_decide()
    {
        // The same climb, but a noisy one: quarters swing about 1.5 points around the line.
        StatusPoint[] noisy =
        [
            Q(2024, 1, 18.0), Q(2024, 2, 20.6), Q(2024, 3, 18.8), Q(2024, 4, 23.0), Q(2025, 1, 21.2),
            Q(2025, 2, 25.4), Q(2025, 3, 23.6), Q(2025, 4, 27.8), Q(2026, 1, 26.0), Q(2026, 2, 30.0),
        ];
        var outcome = ResultStatusRule.Evaluate(Higher(30, new DateOnly(2026, 11, 1), [.. noisy, Q(2026, 3, 27)]));
        outcome.Check!.Gap.ShouldBeGreaterThan(1.5);
        outcome.Check.Decides.ShouldBeFalse();
        outcome.Status.ShouldBe(ResultStatus.OnTrack);
        outcome.Explanation.Code.ShouldBe("monitoring.status.on-track");
    }

    [Fact]
    public void A_figure_on_or_ahead_of_the_path_never_decides()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(30, new DateOnly(2026, 11, 1), [.. Climb, Q(2026, 3, 29.5)]));
        outcome.Check!.Gap.ShouldBe(0);
        outcome.Status.ShouldBe(ResultStatus.OnTrack);
    }

    [Fact]
    public void With_few_figures_the_fallback_noise_is_a_tenth_of_the_distance()
    {
        // Baseline 10 and two figures: too few to measure noise, so 2 × 10% of the 20 to go = 4 is allowed.
        var input = Higher(30, new DateOnly(2025, 11, 1), Q(2025, 1, 17), Q(2025, 3, 19))
            with { BaselineValue = 10, BaselineDate = new DateOnly(2024, 1, 1) };
        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Check!.NoiseFromSeries.ShouldBeFalse();
        outcome.Check.Noise.ShouldBe(2, 1e-9);
        outcome.Check.Gap.ShouldBe(21.67 - 19, 0.05); // behind, but within the fallback
        outcome.Explanation.Code.ShouldBe("monitoring.status.at-risk"); // the trend's own verdict stands
        outcome.Status.ShouldBe(ResultStatus.AtRisk);

    }

    [Fact]
    public void Lower_is_better_is_behind_above_the_path()
    {
        // Waiting time from 40 days toward 20, falling smoothly, then 36 days.
        var points = Enumerable.Range(0, 8).Select(i => Q(2024 + i / 4, i % 4 + 1, 40 - 2.6 * i)).Append(Q(2026, 1, 36)).ToArray();
        var input = new StatusInput(Polarity.LowerIsBetter, 20, EndOf2026, points, new DateOnly(2026, 5, 1), MinValue: 0);
        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Explanation.Code.ShouldBe("monitoring.status.latest-behind-off-track");
        outcome.Status.ShouldBe(ResultStatus.OffTrack);

        var ahead = input with { Points = [.. points[..^1], Q(2026, 1, 21)] };
        ResultStatusRule.Evaluate(ahead).Explanation.Code.ShouldNotStartWith("monitoring.status.latest-behind-");
    }

    [Fact]
    public void An_off_track_trend_keeps_its_own_sentence()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(30, new DateOnly(2026, 11, 1), Q(2024, 1, 10), Q(2024, 3, 10.5), Q(2025, 1, 11), Q(2025, 3, 11.5)));
        outcome.Status.ShouldBe(ResultStatus.OffTrack);
        outcome.Explanation.Code.ShouldBe("monitoring.status.off-track");
    }

    [Fact]
    public void A_figure_on_or_ahead_of_the_path_never_decides_for_any_series()
    {
        var gen =
            from n in Gen.Choose(1, 12)
            from values in Gen.ArrayOf(Gen.Choose(0, 1000), n)
            from start in Gen.Choose(0, 500)
            from target in Gen.Choose(1, 1000)
            from ahead in Gen.Choose(0, 200)
            from lower in Gen.Elements(false, true)
            select (values, start, target, ahead, lower);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (values, start, target, ahead, lower) = c;
            var polarity = lower ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
            var points = new List<StatusPoint> { new(new DateOnly(2023, 1, 1), start / 10.0) };
            points.AddRange(values.Select((v, i) => Q(2023 + i / 4, i % 4 + 1, v / 10.0)));
            var check = ResultStatusRule.Check(polarity, points, target / 10.0, target / 10.0, EndOf2026)!;
            // Put the latest figure on the path or ahead of it, and the rule must leave it alone.
            var latest = points[^1];
            points[^1] = latest with { Value = check.Expected + (lower ? -ahead : ahead) / 10.0 };
            var outcome = ResultStatusRule.Evaluate(new StatusInput(polarity, target / 10.0, EndOf2026, points.Skip(1).ToList(),
                new DateOnly(2027, 6, 1), BaselineValue: start / 10.0, BaselineDate: new DateOnly(2023, 1, 1)));
            return !outcome.Explanation.Code.StartsWith("monitoring.status.latest-behind-", StringComparison.Ordinal)
                && ResultStatusRule.Check(polarity, points, target / 10.0, target / 10.0, EndOf2026)!.Gap == 0;
        }));
    }

    [Fact]
    public void Noise_within_twice_the_series_scatter_never_decides_for_any_series()
    {
        // Figures exactly on the path (no scatter at all, so the noise floor applies); the latest
        // dips behind by less than twice that floor and must never decide.
        var gen =
            from n in Gen.Choose(5, 14)
            from start in Gen.Choose(0, 500)
            from rise in Gen.Choose(50, 500)
            from dip in Gen.Choose(0, 99)
            select (n, start, rise, dip);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (n, start, rise, dip) = c;
            double s0 = start / 10.0, target = s0 + rise / 10.0;
            var origin = new DateOnly(2023, 1, 1);
            double Path(DateOnly d) => s0 + (target - s0) * (d.DayNumber - origin.DayNumber) / (EndOf2026.DayNumber - origin.DayNumber);
            var points = new List<StatusPoint> { new(origin, s0) };
            for (var i = 0; i < n; i++)
            {
                var q = Q(2023 + i / 4, i % 4 + 1, 0);
                points.Add(q with { Value = Path(q.Date) });
            }
            // A dip short of 2 × the noise floor (2% of the distance) stays within the tolerance.
            var allowed = ResultStatusRule.NoiseMultiple * ResultStatusRule.NoiseFloorShare * (target - s0);
            points[^1] = points[^1] with { Value = points[^1].Value - allowed * dip / 100.0 };
            var outcome = ResultStatusRule.Evaluate(new StatusInput(Polarity.HigherIsBetter, target, EndOf2026, points.Skip(1).ToList(),
                new DateOnly(2027, 6, 1), BaselineValue: s0, BaselineDate: origin));
            return !outcome.Explanation.Code.StartsWith("monitoring.status.latest-behind-", StringComparison.Ordinal);
        }));
    }
}
