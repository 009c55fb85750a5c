namespace Regiokompas.Domain.Monitoring;

public readonly record struct StatusPoint(DateOnly Date, double Value);

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
    double? Projection = null);

/// <summary>
/// Computes a result's status from its published figures; see docs/monitoring-status-rule.md.
/// In short: achieved when the latest figure meets the target; otherwise a Theil–Sen line
/// through the baseline and the figures since is projected to the deadline: meeting the target
/// is on track, falling short by at most a quarter of the distance still to go from the start
/// is at risk, worse is off track.
/// </summary>
public static class ResultStatusRule
{
    /// <summary>Share of the required change that the projection may fall short by and still be "at risk".</summary>
    public const double AtRiskShare = 0.25;

    /// <summary>When the start already met the target, the at-risk margin is this share of the target.</summary>
    public const double FallbackMarginShare = 0.05;

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
            return new(ResultStatus.Achieved, new("monitoring.status.achieved", [latest.Value, latest.Date, .. TargetArgs()]), latest);

        if (input.Deadline is not { } deadline)
            return new(ResultStatus.NoData, new("monitoring.status.no-deadline", [latest.Value, latest.Date, .. TargetArgs()]), latest);

        if (latest.Date >= deadline)
            return new(ResultStatus.OffTrack, new("monitoring.status.deadline-passed", [latest.Value, deadline, .. TargetArgs()]), latest);

        var points = new List<StatusPoint>(measured.Count + 1);
        if (input.BaselineValue is { } baseValue && input.BaselineDate is { } baseDate && double.IsFinite(baseValue))
            points.Add(new(baseDate, baseValue));
        points.AddRange(measured);

        var trend = TheilSen(points);
        if (trend is null)
            return new(ResultStatus.NoData, new("monitoring.status.single-point", [latest.Value, latest.Date, .. TargetArgs()]), latest);

        var projection = Clamp(trend.At(deadline), input.MinValue, input.MaxValue);
        projection = Math.Round(projection, 6);
        var args = new object[] { projection, deadline }.Concat(TargetArgs()).ToArray();
        if (Meets(input.Polarity, projection, target, upper))
            return new(ResultStatus.OnTrack, new("monitoring.status.on-track", args), latest, trend, projection);

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
        return shortfall <= margin
            ? new(ResultStatus.AtRisk, new("monitoring.status.at-risk", args), latest, trend, projection)
            : new(ResultStatus.OffTrack, new("monitoring.status.off-track", args), latest, trend, projection);
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
