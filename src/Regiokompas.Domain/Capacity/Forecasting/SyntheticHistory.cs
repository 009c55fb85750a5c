namespace Regiokompas.Domain.Capacity.Forecasting;

/// <summary>
/// Fictitious daily free-place counts for demos and tests: a weekly pattern (few discharges at the
/// weekend), a slow yearly wave, a gentle drift and autocorrelated noise, rounded and never negative.
/// Deterministic for a given seed. Never present its output as real data.
/// </summary>
public static class SyntheticHistory
{
    /// <summary>Monday first: places free up during the week and fill over the weekend.</summary>
    public static readonly double[] WeeklyPattern = [-5, -2, 1, 3, 4, 1, -2];

    public static double[] Generate(int days, int seed, double baseLevel = 24, double weeklyScale = 1.0,
        double noise = 2.5, double autocorrelation = 0.5, double driftPerYear = 2.0, DateOnly? start = null)
    {
        var rng = new Random(seed);
        var first = start ?? new DateOnly(2024, 1, 1);
        var values = new double[days];
        var ar = 0.0;
        var innovation = noise * Math.Sqrt(1 - autocorrelation * autocorrelation);
        for (var t = 0; t < days; t++)
        {
            var day = first.AddDays(t);
            var weekday = ((int)day.DayOfWeek + 6) % 7;
            ar = autocorrelation * ar + innovation * Gaussian(rng);
            var yearly = 3 * Math.Sin(2 * Math.PI * day.DayOfYear / 365.25); // winter pressure
            var value = baseLevel + driftPerYear * t / 365.0 + yearly + weeklyScale * WeeklyPattern[weekday] + ar;
            values[t] = Math.Max(0, Math.Round(value));
        }
        return values;
    }

    private static double Gaussian(Random rng)
    {
        // Box-Muller; 1 - NextDouble() keeps the logarithm finite.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}

/// <summary>Rolling-origin evaluation: refit at each origin, forecast ahead, compare with what came.</summary>
public static class ForecastBacktest
{
    public static IReadOnlyDictionary<int, ForecastScore> Run(IReadOnlyList<double> series, int firstOrigin,
        IReadOnlyList<int> horizons, int step = 1, int period = 7, int? trainingWindow = null)
    {
        var points = horizons.ToDictionary(h => h, _ => new List<ScoredPoint>());
        var maxH = horizons.Max();
        for (var origin = firstOrigin; origin + maxH <= series.Count; origin += step)
        {
            var from = trainingWindow is { } w ? Math.Max(0, origin - w) : 0;
            var history = series.Take(from..origin).ToList();
            var model = HoltWinters.Fit(history, period);
            foreach (var h in horizons)
            {
                var f = model.Forecast(h);
                var baseline = SeasonalNaive.PointAt(history, history.Count, h, period);
                points[h].Add(new ScoredPoint(series[origin + h - 1], f.Point, f.Lower80, f.Upper80, baseline));
            }
        }
        return points.ToDictionary(p => p.Key, p => ForecastScore.From(p.Value));
    }
}
