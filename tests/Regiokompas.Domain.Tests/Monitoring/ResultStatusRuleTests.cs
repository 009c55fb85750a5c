using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class ResultStatusRuleTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 1);
    private static readonly DateOnly EndOf2025 = new(2025, 12, 31);

    private static StatusPoint P(int year, int month, int day, double value) => new(new DateOnly(year, month, day), value);

    private static StatusInput Higher(double target, params StatusPoint[] points) =>
        new(Polarity.HigherIsBetter, target, EndOf2025, points, AsOf, MinValue: 0, MaxValue: 100);

    [Fact]
    public void Theil_sen_finds_the_exact_line_through_points_on_a_line()
    {
        var trend = ResultStatusRule.TheilSen([P(2023, 1, 1, 10), P(2024, 1, 1, 12), P(2025, 1, 1, 14)])!;
        trend.At(new DateOnly(2024, 1, 1)).ShouldBe(12, 0.01);
        trend.SlopePerYear.ShouldBe(2, 0.01);
    }

    [Fact]
    public void Theil_sen_ignores_a_single_outlier()
    {
        // Least squares would be pulled up strongly by the 40; the median slope is not.
        var points = new[] { P(2021, 1, 1, 10), P(2022, 1, 1, 11), P(2023, 1, 1, 40), P(2024, 1, 1, 13), P(2025, 1, 1, 14) };
        var trend = ResultStatusRule.TheilSen(points)!;
        trend.SlopePerYear.ShouldBe(1, 0.02);
        trend.At(new DateOnly(2025, 1, 1)).ShouldBe(14, 0.1);
    }

    [Fact]
    public void Theil_sen_skips_pairs_on_the_same_date()
    {
        // Two figures on one date (a tie in time) give no slope between them.
        var trend = ResultStatusRule.TheilSen([P(2024, 1, 1, 10), P(2024, 1, 1, 12), P(2025, 1, 1, 15)])!;
        // pairs: (10→15) 5/yr and (12→15) 3/yr over 366 days of 2024 → median 4 per 1.002 yr
        trend.SlopePerYear.ShouldBe(4 / (366 / 365.25), 0.001);
    }

    [Fact]
    public void Theil_sen_needs_two_distinct_dates()
    {
        ResultStatusRule.TheilSen([P(2024, 1, 1, 10)]).ShouldBeNull();
        ResultStatusRule.TheilSen([P(2024, 1, 1, 10), P(2024, 1, 1, 11)]).ShouldBeNull();
    }

    [Fact]
    public void No_target_means_no_status()
    {
        var outcome = ResultStatusRule.Evaluate(new(Polarity.HigherIsBetter, null, EndOf2025, [P(2024, 1, 1, 5)], AsOf));
        outcome.Status.ShouldBe(ResultStatus.NoData);
        outcome.Explanation.Code.ShouldBe("monitoring.status.no-target");
    }

    [Fact]
    public void No_figures_means_no_data()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(20));
        outcome.Status.ShouldBe(ResultStatus.NoData);
        outcome.Explanation.ShouldBe(new StatusExplanation("monitoring.status.no-measurements", 20.0), new ExplanationComparer());
    }

    [Fact]
    public void Figures_before_the_baseline_or_after_today_do_not_count()
    {
        var input = Higher(20, P(2022, 1, 1, 30), P(2026, 1, 1, 30)) with { BaselineDate = new DateOnly(2023, 1, 1), BaselineValue = 8 };
        ResultStatusRule.Evaluate(input).Status.ShouldBe(ResultStatus.NoData);
    }

    [Fact]
    public void Target_already_met_is_achieved_whatever_the_trend()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(20, P(2024, 1, 1, 25), P(2025, 1, 1, 21)));
        outcome.Status.ShouldBe(ResultStatus.Achieved);
        outcome.Explanation.Code.ShouldBe("monitoring.status.achieved");
        outcome.Explanation.Arguments.ShouldBe([21.0, new DateOnly(2025, 1, 1), 20.0]);
    }

    [Fact]
    public void A_single_figure_short_of_the_target_gives_no_trend()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(20, P(2025, 1, 1, 12)));
        outcome.Status.ShouldBe(ResultStatus.NoData);
        outcome.Explanation.Code.ShouldBe("monitoring.status.single-point");
        outcome.Explanation.Arguments.ShouldBe([12.0, new DateOnly(2025, 1, 1), 20.0]);
        outcome.Latest.ShouldBe(P(2025, 1, 1, 12));
    }

    [Fact]
    public void A_single_figure_that_meets_the_target_is_achieved() =>
        ResultStatusRule.Evaluate(Higher(20, P(2025, 1, 1, 20))).Status.ShouldBe(ResultStatus.Achieved);

    [Fact]
    public void The_baseline_and_one_figure_make_a_trend()
    {
        // 8% at the start of 2023, 12% at the start of 2025: 2 points a year, 14% end 2025.
        var input = Higher(20, P(2025, 1, 1, 12)) with { BaselineValue = 8, BaselineDate = new DateOnly(2023, 1, 1) };
        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Projection!.Value.ShouldBe(14, 0.05);
        outcome.Status.ShouldBe(ResultStatus.OffTrack);
        outcome.Explanation.Code.ShouldBe("monitoring.status.off-track");
        ((double)outcome.Explanation.Arguments[0]).ShouldBe(14, 0.05);
        outcome.Explanation.Arguments[1].ShouldBe(EndOf2025);
        outcome.Explanation.Arguments[2].ShouldBe(20.0);
    }

    [Fact]
    public void A_steady_climb_that_reaches_the_target_is_on_track()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(20, P(2023, 1, 1, 10), P(2024, 1, 1, 14), P(2025, 1, 1, 18)));
        outcome.Status.ShouldBe(ResultStatus.OnTrack);
        outcome.Projection!.Value.ShouldBe(22, 0.05);
        outcome.Trend!.SlopePerYear.ShouldBe(4, 0.02);
    }

    [Fact]
    public void Falling_a_little_short_is_at_risk_and_far_short_is_off_track()
    {
        // From 10 toward 20: the projection 18 misses by 2, within a quarter of the 10 to go.
        var atRisk = ResultStatusRule.Evaluate(Higher(20, P(2023, 1, 1, 10), P(2024, 1, 1, 12.7), P(2025, 1, 1, 15.4)));
        atRisk.Projection!.Value.ShouldBe(18.1, 0.1);
        atRisk.Status.ShouldBe(ResultStatus.AtRisk);
        atRisk.Explanation.Code.ShouldBe("monitoring.status.at-risk");

        var offTrack = ResultStatusRule.Evaluate(Higher(20, P(2023, 1, 1, 10), P(2024, 1, 1, 11), P(2025, 1, 1, 12)));
        offTrack.Projection!.Value.ShouldBe(13, 0.05);
        offTrack.Status.ShouldBe(ResultStatus.OffTrack);
    }

    [Fact]
    public void Lower_is_better_compares_the_other_way()
    {
        // Waiting days from 30 down by 5 a year, target 15 days end 2025.
        var input = new StatusInput(Polarity.LowerIsBetter, 15, EndOf2025,
            [P(2023, 1, 1, 30), P(2024, 1, 1, 25), P(2025, 1, 1, 20)], AsOf, MinValue: 0);
        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Projection!.Value.ShouldBe(15, 0.05);
        outcome.Status.ShouldBe(ResultStatus.AtRisk); // 15.01: a hair above the target, within the margin

        var faster = input with { Points = [P(2023, 1, 1, 30), P(2024, 1, 1, 24), P(2025, 1, 1, 18)] };
        ResultStatusRule.Evaluate(faster).Status.ShouldBe(ResultStatus.OnTrack);

        var met = input with { Points = [P(2023, 1, 1, 30), P(2025, 1, 1, 14)] };
        ResultStatusRule.Evaluate(met).Status.ShouldBe(ResultStatus.Achieved);

        var worse = input with { Points = [P(2023, 1, 1, 30), P(2024, 1, 1, 32), P(2025, 1, 1, 33)] };
        ResultStatusRule.Evaluate(worse).Status.ShouldBe(ResultStatus.OffTrack);
    }

    [Fact]
    public void Within_band_is_on_track_when_the_projection_lands_inside()
    {
        var input = new StatusInput(Polarity.WithinBand, 80, EndOf2025,
            [P(2023, 1, 1, 70), P(2024, 1, 1, 74), P(2025, 1, 1, 78)], AsOf, TargetUpper: 90);
        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Status.ShouldBe(ResultStatus.OnTrack);
        outcome.Explanation.Arguments.Length.ShouldBe(4);
        outcome.Explanation.Arguments[2].ShouldBe(80.0);
        outcome.Explanation.Arguments[3].ShouldBe(90.0);

        var overshoot = input with { Points = [P(2023, 1, 1, 70), P(2024, 1, 1, 85), P(2025, 6, 1, 95)] };
        ResultStatusRule.Evaluate(overshoot).Status.ShouldBe(ResultStatus.OffTrack);

        var inside = input with { Points = [P(2025, 1, 1, 85)] };
        ResultStatusRule.Evaluate(inside).Status.ShouldBe(ResultStatus.Achieved);
    }

    [Fact]
    public void Ties_in_value_give_a_flat_trend()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(20,
            P(2022, 1, 1, 12), P(2023, 1, 1, 12), P(2024, 1, 1, 12), P(2025, 1, 1, 12), P(2025, 4, 1, 13)));
        // six of the ten pair slopes are 0, so the median is 0 and the one rise does not tip it
        outcome.Trend!.SlopePerYear.ShouldBe(0);
        outcome.Projection!.Value.ShouldBe(12, 0.001);
        outcome.Status.ShouldBe(ResultStatus.OffTrack);
    }

    [Fact]
    public void Gaps_in_the_series_are_measured_in_real_time()
    {
        // Quarterly figures with a missing year: the slope is per year of calendar time, not per point.
        var outcome = ResultStatusRule.Evaluate(Higher(30,
            P(2022, 3, 31, 10), P(2022, 6, 30, 11), P(2024, 3, 31, 18), P(2024, 6, 30, 19)));
        outcome.Trend!.SlopePerYear.ShouldBe(4, 0.1);
        outcome.Projection!.Value.ShouldBe(25, 0.05); // 10 + 4 × 3.75 years
        outcome.Status.ShouldBe(ResultStatus.AtRisk); // 5 short of 30: exactly a quarter of the 20 to go
    }

    [Fact]
    public void The_deadline_passed_with_a_figure_short_of_the_target_is_off_track()
    {
        var input = Higher(20, P(2024, 1, 1, 10), P(2025, 12, 31, 16)) with { AsOf = new DateOnly(2026, 3, 1) };
        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Status.ShouldBe(ResultStatus.OffTrack);
        outcome.Explanation.Code.ShouldBe("monitoring.status.deadline-passed");
        outcome.Explanation.Arguments.ShouldBe([16.0, EndOf2025, 20.0]);
    }

    [Fact]
    public void After_the_deadline_without_its_figure_the_projection_still_decides()
    {
        var input = Higher(20, P(2023, 12, 31, 10), P(2024, 12, 31, 16)) with { AsOf = new DateOnly(2026, 3, 1) };
        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Status.ShouldBe(ResultStatus.OnTrack);
        outcome.Projection!.Value.ShouldBe(22, 0.05);
    }

    [Fact]
    public void Projection_stays_within_the_possible_range()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(99, P(2024, 1, 1, 50), P(2025, 1, 1, 90)));
        outcome.Projection.ShouldBe(100);
        outcome.Status.ShouldBe(ResultStatus.OnTrack);
    }

    [Fact]
    public void Without_a_deadline_there_is_nothing_to_project_to()
    {
        var outcome = ResultStatusRule.Evaluate(Higher(20, P(2024, 1, 1, 10), P(2025, 1, 1, 12)) with { Deadline = null });
        outcome.Status.ShouldBe(ResultStatus.NoData);
        outcome.Explanation.Code.ShouldBe("monitoring.status.no-deadline");
    }

    [Fact]
    public void A_start_that_already_met_the_target_uses_a_small_margin()
    {
        // Baseline 22 met the target 20; the figures slid to 19 and head for 18.
        var input = Higher(20, P(2024, 1, 1, 21), P(2025, 1, 1, 19)) with { BaselineValue = 22, BaselineDate = new DateOnly(2023, 1, 1) };
        var outcome = ResultStatusRule.Evaluate(input);
        // slopes -1, -1.5, -2 per year: median -1.5, so 17.5 at the end of 2025
        outcome.Projection!.Value.ShouldBe(17.5, 0.05);
        outcome.Status.ShouldBe(ResultStatus.OffTrack); // 2.5 below, margin 5% of 20 = 1
    }

    private sealed class ExplanationComparer : IEqualityComparer<StatusExplanation>
    {
        public bool Equals(StatusExplanation? x, StatusExplanation? y) =>
            x!.Code == y!.Code && x.Arguments.SequenceEqual(y.Arguments);
        public int GetHashCode(StatusExplanation obj) => obj.Code.GetHashCode();
    }
}
