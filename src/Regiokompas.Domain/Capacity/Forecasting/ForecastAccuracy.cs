namespace Regiokompas.Domain.Capacity.Forecasting;

/// <summary>One forecast next to what really happened, with the seasonal-naive forecast for the same day.</summary>
public sealed record ScoredPoint(double Actual, double Point, double Lower80, double Upper80, double BaselinePoint);

/// <summary>
/// MAE; MASE, scaled here by the seasonal-naive forecast's MAE on the same days, so below 1 means
/// better than "same weekday last week"; and the share of actuals inside the 80% interval.
/// </summary>
public sealed record ForecastScore(int Count, double Mae, double BaselineMae, double Mase, double Coverage)
{
    public static ForecastScore Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    public static ForecastScore From(IEnumerable<ScoredPoint> points)
    {
        var list = points.ToList();
        if (list.Count == 0) return Empty;
        var mae = list.Average(p => Math.Abs(p.Actual - p.Point));
        var baseline = list.Average(p => Math.Abs(p.Actual - p.BaselinePoint));
        var coverage = list.Count(p => p.Actual >= p.Lower80 && p.Actual <= p.Upper80) / (double)list.Count;
        var mase = baseline > 0 ? mae / baseline : mae == 0 ? 0 : double.PositiveInfinity;
        return new ForecastScore(list.Count, mae, baseline, mase, coverage);
    }
}

public static class ForecastAlerts
{
    /// <summary>
    /// True when the mean absolute error of the latest window is at least twice that of the window
    /// before it. Errors are in the order the forecasts were scored.
    /// </summary>
    public static bool RollingErrorDoubled(IReadOnlyList<double> absoluteErrors, int window = 14)
    {
        if (window < 1 || absoluteErrors.Count < 2 * window) return false;
        var recent = absoluteErrors.TakeLast(window).Average();
        var before = absoluteErrors.TakeLast(2 * window).Take(window).Average();
        return before > 0 ? recent >= 2 * before : recent > 0;
    }
}
