using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Capacity.Forecasting;

/// <summary>The baseline every forecast must beat: the same weekday last week.</summary>
public sealed class SeasonalNaive : IForecastModel
{
    private readonly double[] _history;
    private readonly int _period;
    private readonly Dictionary<int, (double Low, double High)> _bands = [];

    public string Method => "seasonal-naive";

    private SeasonalNaive(double[] history, int period)
    {
        _history = history;
        _period = period;
    }

    public static SeasonalNaive Fit(IReadOnlyList<double> history, int period = 7)
    {
        if (history.Count < 2 * period) throw new RuleViolation("capacity.forecast-history-too-short", 2 * period);
        return new SeasonalNaive(history.ToArray(), period);
    }

    public static double PointAt(IReadOnlyList<double> history, int origin, int horizon, int period)
    {
        var seasonsBack = (horizon - 1) / period + 1;
        return history[origin + horizon - 1 - seasonsBack * period];
    }

    public ForecastPoint Forecast(int horizon)
    {
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon));
        var point = PointAt(_history, _history.Length, horizon, _period);
        if (!_bands.TryGetValue(horizon, out var band))
        {
            var errors = new List<double>();
            var back = ((horizon - 1) / _period + 1) * _period;
            for (var t = back - horizon + 1; t + horizon <= _history.Length; t++)
                errors.Add(_history[t + horizon - 1] - PointAt(_history, t, horizon, _period));
            errors.Sort();
            band = errors.Count >= 5 ? (HoltWinters.Quantile(errors, 0.1), HoltWinters.Quantile(errors, 0.9)) : (0, 0);
            _bands[horizon] = band;
        }
        return new ForecastPoint(horizon, point, point + band.Low, point + band.High);
    }
}
