namespace Regiokompas.Domain.Monitoring;

/// <summary>A published figure: the last day of its period and its value; the period, when known, names it in the sentence.</summary>
public readonly record struct StatusPoint(DateOnly Date, double Value, Period? Period = null);

/// <summary>
/// What a result promises: reach <see cref="Target"/> (or stay between Target and TargetUpper
/// for a band) by <see cref="Deadline"/>, starting from the baseline.
/// </summary>
public sealed record StatusInput(
    Polarity Polarity,
    double? Target,
    DateOnly? Deadline,
    IReadOnlyList<StatusPoint> Points,
    DateOnly AsOf,
    double? BaselineValue = null,
    DateOnly? BaselineDate = null,
    double? TargetUpper = null,
    double? MinValue = null,
    double? MaxValue = null);

/// <summary>A stable code and its arguments; pages and the API turn it into one Dutch or English sentence.</summary>
public sealed record StatusExplanation(string Code, params object[] Arguments);

/// <summary>The robust straight line through the points: value = Intercept + SlopePerYear × years since Origin.</summary>
public sealed record TrendLine(DateOnly Origin, double Intercept, double SlopePerYear)
{
    public double At(DateOnly date) => Intercept + SlopePerYear * ResultStatusRule.YearsBetween(Origin, date);
}

public sealed record StatusOutcome(
    ResultStatus Status,
    StatusExplanation Explanation,
    StatusPoint? Latest = null,
    TrendLine? Trend = null,
    double? Projection = null,
    LatestCheck? Check = null);

/// <summary>
/// How the latest figure compares with the straight path from the start to the target:
/// <see cref="Expected"/> is the path's value on the figure's date, <see cref="Gap"/> how far the
/// figure lies on the wrong side of it (0 when on or ahead of the path), <see cref="Noise"/> the
/// series' usual scatter, and <see cref="Tolerance"/> the gap allowed before the figure decides.
/// </summary>
public sealed record LatestCheck(double Expected, double Gap, double Noise, double Tolerance, bool NoiseFromSeries, double Margin)
{
    /// <summary>Behind the path by more than the noise allows.</summary>
    public bool Decides => Gap > Tolerance;

    /// <summary>What the figure says on its own: at risk when the gap is within the at-risk margin, else off track.</summary>
    public ResultStatus Status => Gap <= Margin ? ResultStatus.AtRisk : ResultStatus.OffTrack;
}

/// <summary>
/// Computes a result's status from its published figures; see docs/monitoring-status-rule.md.
/// In short: achieved when the latest figure meets the target; otherwise a Theil–Sen line
/// through the baseline and the figures since is projected to the deadline: meeting the target
/// is on track, falling short by at most a quarter of the distance still to go from the start
/// is at risk, worse is off track. Then the latest figure itself is checked against the straight
/// path from the start to the target: lying behind it by more than the series' usual noise makes
/// the result at risk or off track even when the long trend still reaches the target.
/// </summary>
public static class ResultStatusRule
{
    /// <summary>Share of the required change that the projection may fall short by and still be "at risk".</summary>
    public const double AtRiskShare = 0.25;

    /// <summary>When the start already met the target, the at-risk margin is this share of the target.</summary>
    public const double FallbackMarginShare = 0.05;

    /// <summary>Robust scale: 1.4826 × the median absolute deviation estimates the standard deviation of normal noise.</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>The latest figure decides when it lies behind the path by more than this many times the noise.</summary>
    public const double NoiseMultiple = 2.0;

    /// <summary>Fewest earlier points (baseline included) from which the noise is measured; with fewer the fallback applies.</summary>
    public const int MinNoisePoints = 4;

    /// <summary>Without enough points, the noise is taken as this share of the distance from the start to the target.</summary>
    public const double FallbackNoiseShare = 0.10;

    /// <summary>The measured noise is never taken below this share of the distance from the start to the target.</summary>
    public const double NoiseFloorShare = 0.02;

    public static StatusOutcome Evaluate(StatusInput input)
    {
        if (input.Target is not { } target)
            return new(ResultStatus.NoData, new("monitoring.status.no-target"));
        var upper = input.Polarity == Polarity.WithinBand ? input.TargetUpper ?? target : target;
        object[] TargetArgs() => input.Polarity == Polarity.WithinBand ? [target, upper] : [target];

        var measured = input.Points
            .Where(p => p.Date <= input.AsOf && (input.BaselineDate is not { } b || p.Date >= b) && double.IsFinite(p.Value))
            .OrderBy(p => p.Date)
            .ToList();
        if (measured.Count == 0)
            return new(ResultStatus.NoData, new("monitoring.status.no-measurements", TargetArgs()));

        var latest = measured[^1];
        if (Meets(input.Polarity, latest.Value, target, upper))
            return new(ResultStatus.Achieved, new("monitoring.status.achieved", [latest.Value, When(latest), .. TargetArgs()]), latest);

        if (input.Deadline is not { } deadline)
            return new(ResultStatus.NoData, new("monitoring.status.no-deadline", [latest.Value, When(latest), .. TargetArgs()]), latest);

        if (latest.Date >= deadline)
            return new(ResultStatus.OffTrack, new("monitoring.status.deadline-passed", [latest.Value, deadline, .. TargetArgs()]), latest);

        var points = new List<StatusPoint>(measured.Count + 1);
        if (input.BaselineValue is { } baseValue && input.BaselineDate is { } baseDate && double.IsFinite(baseValue))
            points.Add(new(baseDate, baseValue));
        points.AddRange(measured);

        var trend = TheilSen(points);
        if (trend is null)
            return new(ResultStatus.NoData, new("monitoring.status.single-point", [latest.Value, When(latest), .. TargetArgs()]), latest);

        var projection = Clamp(trend.At(deadline), input.MinValue, input.MaxValue);
        projection = Math.Round(projection, 6);
        var args = new object[] { projection, deadline }.Concat(TargetArgs()).ToArray();
        ResultStatus byTrend;
        if (Meets(input.Polarity, projection, target, upper))
            byTrend = ResultStatus.OnTrack;
        else
        {
            // How far the figures had to move, seen from the start, toward the nearest good value.
            var start = points[0].Value;
            var goal = input.Polarity switch
            {
                Polarity.WithinBand => projection < target ? target : upper,
                _ => target,
            };
            var required = Math.Abs(goal - start);
            var startMet = Meets(input.Polarity, start, target, upper);
            var margin = !startMet && required > 0 ? AtRiskShare * required : FallbackMarginShare * Math.Abs(goal);
            var shortfall = Math.Abs(goal - projection);
            byTrend = shortfall <= margin ? ResultStatus.AtRisk : ResultStatus.OffTrack;
        }

        // The latest figure may tell more than the long trend: behind the path by more than the noise, it decides.
        var check = Check(input.Polarity, points, target, upper, deadline);
        if (check is { Decides: true } && Rank(check.Status) > Rank(byTrend))
        {
            var code = check.Status == ResultStatus.AtRisk ? "monitoring.status.latest-behind-at-risk" : "monitoring.status.latest-behind-off-track";
            return new(check.Status, new(code, [latest.Value, When(latest), Math.Round(check.Expected, 6), deadline, .. TargetArgs()]),
                latest, trend, projection, check);
        }
        var trendCode = byTrend switch
        {
            ResultStatus.OnTrack => "monitoring.status.on-track",
            ResultStatus.AtRisk => "monitoring.status.at-risk",
            _ => "monitoring.status.off-track",
        };
        return new(byTrend, new(trendCode, args), latest, trend, projection, check);
    }

    /// <summary>How a sentence names a figure: its period code (e.g. 2026KW03) when known, else its date.</summary>
    private static object When(StatusPoint point) => point.Period is { } period ? period.Code : point.Date;

    private static int Rank(ResultStatus status) => status switch
    {
        ResultStatus.OnTrack => 1,
        ResultStatus.AtRisk => 2,
        ResultStatus.OffTrack => 3,
        _ => 0,
    };

    /// <summary>
    /// Compares the last of <paramref name="points"/> (sorted by date, start first) with the path
    /// from the first point to the goal on the deadline. Null without a path (fewer than two dates).
    /// </summary>
    public static LatestCheck? Check(Polarity polarity, IReadOnlyList<StatusPoint> points, double target, double upper, DateOnly deadline)
    {
        if (points.Count < 2) return null;
        var start = points[0];
        var latest = points[^1];
        if (latest.Date <= start.Date) return null;
        var goal = polarity switch
        {
            Polarity.WithinBand => start.Value < target ? target : upper,
            _ => target,
        };
        var startMet = Meets(polarity, start.Value, target, upper);
        var required = Math.Abs(goal - start.Value);
        var span = deadline.DayNumber - start.Date.DayNumber;
        var share = span <= 0 ? 1 : Math.Clamp((double)(latest.Date.DayNumber - start.Date.DayNumber) / span, 0, 1);
        // A start that already met the target must stay there: the path is the target itself.
        var expected = startMet ? goal : start.Value + (goal - start.Value) * share;
        // "Behind" is below the path when the figures must rise, above it when they must fall.
        var rising = polarity switch
        {
            Polarity.HigherIsBetter => true,
            Polarity.LowerIsBetter => false,
            _ => startMet ? latest.Value < target : goal >= start.Value,
        };
        var gap = Math.Max(0, rising ? expected - latest.Value : latest.Value - expected);

        var scale = required > 0 ? required : FallbackMarginShare * Math.Abs(goal);
        var earlier = points.Take(points.Count - 1).ToList();
        double noise;
        var fromSeries = false;
        if (earlier.Select(p => p.Date).Distinct().Count() >= MinNoisePoints && TheilSen(earlier) is { } usual)
        {
            var residuals = earlier.Select(p => p.Value - usual.At(p.Date)).ToList();
            var centre = Median(residuals.ToList());
            noise = Math.Max(MadToSigma * Median(residuals.Select(r => Math.Abs(r - centre)).ToList()), NoiseFloorShare * scale);
            fromSeries = true;
        }
        else
        {
            noise = FallbackNoiseShare * scale;
        }
        var margin = !startMet && required > 0 ? AtRiskShare * required : FallbackMarginShare * Math.Abs(goal);
        return new(expected, Math.Round(gap, 9), noise, NoiseMultiple * noise, fromSeries, margin);
    }

    public static bool Meets(Polarity polarity, double value, double target, double upper) =>
        Indicator.Meets(polarity, value, target, upper);

    /// <summary>
    /// Theil–Sen estimator: the slope is the median of the slopes between every pair of points
    /// with different dates, the intercept the median of value − slope × time. One outlier
    /// cannot tip it, unlike least squares. Null when fewer than two distinct dates.
    /// </summary>
    public static TrendLine? TheilSen(IReadOnlyList<StatusPoint> points)
    {
        if (points.Count < 2) return null;
        var origin = points.Min(p => p.Date);
        var xs = points.Select(p => YearsBetween(origin, p.Date)).ToArray();
        var slopes = new List<double>(points.Count * (points.Count - 1) / 2);
        for (var i = 0; i < points.Count; i++)
            for (var j = i + 1; j < points.Count; j++)
                if (xs[j] != xs[i])
                    slopes.Add((points[j].Value - points[i].Value) / (xs[j] - xs[i]));
        if (slopes.Count == 0) return null;
        var slope = Median(slopes);
        var intercept = Median(points.Select((p, i) => p.Value - slope * xs[i]).ToList());
        return new(origin, intercept, slope);
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    internal static double YearsBetween(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / 365.25;

    private static double Clamp(double value, double? min, double? max) =>
        Math.Min(max ?? double.MaxValue, Math.Max(min ?? double.MinValue, value));
}
