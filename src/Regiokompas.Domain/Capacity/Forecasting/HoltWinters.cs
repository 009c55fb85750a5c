using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Capacity.Forecasting;

/// <summary>A point forecast with its 80% interval.</summary>
public sealed record ForecastPoint(int Horizon, double Point, double Lower80, double Upper80);

public interface IForecastModel
{
    string Method { get; }
    ForecastPoint Forecast(int horizon);
}

/// <summary>
/// Additive Holt-Winters (level, damped trend, weekly season), see Hyndman &amp; Athanasopoulos,
/// "Forecasting: Principles and Practice", ch. 8.3. Smoothing parameters are fitted by minimising
/// the one-step squared error with Nelder-Mead; the 80% interval at each horizon is the 10th–90th
/// percentile of the model's own in-sample errors at that horizon, so it needs no normality assumption.
/// </summary>
public sealed class HoltWinters : IForecastModel
{
    public const double Damping = 0.98;

    private readonly double[] _season;
    private readonly double _level;
    private readonly double _trend;
    private readonly int _period;
    private readonly int _n;
    private readonly Dictionary<int, (double Low, double High)> _errorBands = [];
    private readonly double[] _history;
    private readonly Dictionary<int, State[]> _states = [];

    public string Method => "holt-winters";
    public double Alpha { get; }
    public double Beta { get; }
    public double Gamma { get; }
    public double InSampleMae { get; }

    private HoltWinters(double[] y, int period, double alpha, double beta, double gamma)
    {
        _history = y;
        _period = period;
        _n = y.Length;
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        var states = Run(y, period, alpha, beta, gamma, out var sse, out var sae, keepStates: true)!;
        _states[0] = states;
        var last = states[^1];
        _level = last.Level;
        _trend = last.Trend;
        _season = last.Season;
        InSampleMae = sae / Math.Max(1, _n - period);
    }

    /// <summary>Fits the model on a history of at least three seasons.</summary>
    public static HoltWinters Fit(IReadOnlyList<double> history, int period = 7)
    {
        if (period < 2) throw new ArgumentOutOfRangeException(nameof(period));
        if (history.Count < 3 * period) throw new RuleViolation("capacity.forecast-history-too-short", 3 * period);
        var y = history.ToArray();

        // Optimise in logit space so every trial stays inside (0, 1).
        double Objective(Vector<double> p)
        {
            var (a, b, g) = (Logistic(p[0]), Logistic(p[1]), Logistic(p[2]) * (1 - Logistic(p[0])));
            Run(y, period, a, b, g, out var sse, out _, keepStates: false, multiStep: true);
            return sse;
        }

        var start = Vector<double>.Build.DenseOfArray([Logit(0.3), Logit(0.05), Logit(0.2)]);
        double[] best;
        try
        {
            var result = new NelderMeadSimplex(1e-6, 2000).FindMinimum(ObjectiveFunction.Value(Objective), start);
            best = result.MinimizingPoint.ToArray();
        }
        catch (MaximumIterationsException)
        {
            best = start.ToArray();
        }
        var alpha = Logistic(best[0]);
        return new HoltWinters(y, period, alpha, Logistic(best[1]), Logistic(best[2]) * (1 - alpha));
    }

    public ForecastPoint Forecast(int horizon)
    {
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon));
        var point = PointFrom(_level, _trend, _season, _n, horizon);
        var (low, high) = ErrorBand(horizon);
        return new ForecastPoint(horizon, point, point + low, point + high);
    }

    private double PointFrom(double level, double trend, double[] season, int seasonStart, int h)
    {
        double dampSum = 0, phi = 1;
        for (var i = 1; i <= h; i++) { phi *= Damping; dampSum += phi; }
        return level + dampSum * trend + season[(seasonStart + h - 1) % _period];
    }

    // Empirical h-step errors of the fitted model, replayed from every in-sample origin.
    private (double Low, double High) ErrorBand(int h)
    {
        if (_errorBands.TryGetValue(h, out var band)) return band;
        var states = _states[0];
        var errors = new List<double>();
        var firstOrigin = Math.Min(2 * _period, _n - h - 1);
        for (var t = Math.Max(_period, firstOrigin); t + h <= _n; t++)
        {
            var s = states[t - 1]; // state after observing y[0..t-1]
            errors.Add(_history[t + h - 1] - PointFrom(s.Level, s.Trend, s.Season, t, h));
        }
        if (errors.Count < 5)
        {
            var spread = 1.2816 * InSampleMae * 1.25 * Math.Sqrt(h);
            band = (-spread, spread);
        }
        else
        {
            errors.Sort();
            band = (Quantile(errors, 0.10), Quantile(errors, 0.90));
        }
        _errorBands[h] = band;
        return band;
    }

    internal static double Quantile(List<double> sorted, double p)
    {
        var pos = p * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private readonly record struct State(double Level, double Trend, double[] Season);

    private static State[]? Run(double[] y, int m, double alpha, double beta, double gamma, out double sse, out double sae, bool keepStates, bool multiStep = false)
    {
        double level = 0, level2 = 0;
        for (var i = 0; i < m; i++) { level += y[i]; level2 += y[m + i]; }
        level /= m;
        level2 /= m;
        var trend = (level2 - level) / m;
        var season = new double[m];
        for (var i = 0; i < m; i++) season[i] = y[i] - level;
        // Start the level at the end of the first season, so the recursion begins at t = m.
        level += trend * (m - 1) / 2.0;

        var states = keepStates ? new State[y.Length] : null;
        if (states is not null)
            for (var t = 0; t < m; t++) states[t] = new State(level, trend, (double[])season.Clone());
        sse = 0;
        sae = 0;
        for (var t = m; t < y.Length; t++)
        {
            if (multiStep)
            {
                // Errors at every horizon up to one season from this origin.
                double phiPow = Damping, dampSum = Damping;
                for (var h = 2; h <= m && t + h - 1 < y.Length; h++)
                {
                    phiPow *= Damping;
                    dampSum += phiPow;
                    var e = y[t + h - 1] - (level + dampSum * trend + season[(t + h - 1) % m]);
                    sse += e * e;
                }
            }
            var s = season[t % m];
            var forecast = level + Damping * trend + s;
            var error = y[t] - forecast;
            sse += error * error;
            sae += Math.Abs(error);
            var newLevel = alpha * (y[t] - s) + (1 - alpha) * (level + Damping * trend);
            trend = beta * (newLevel - level) + (1 - beta) * Damping * trend;
            season[t % m] = gamma * (y[t] - newLevel) + (1 - gamma) * s;
            level = newLevel;
            if (states is not null) states[t] = new State(level, trend, (double[])season.Clone());
        }
        return states;
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
    private static double Logit(double p) => Math.Log(p / (1 - p));
}
