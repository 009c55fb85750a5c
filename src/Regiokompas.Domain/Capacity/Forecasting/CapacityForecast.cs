using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Capacity.Forecasting;

/// <summary>A stored forecast of free places for one type in one region on one day; scored once the day has passed.</summary>
public sealed class CapacityForecast
{
    public long Id { get; set; }
    public required string RegionId { get; init; }
    public required string TypeCode { get; init; }
    public required string Method { get; init; }
    public DateTime MadeAtUtc { get; init; }
    public DateOnly OriginDate { get; init; }
    public DateOnly TargetDate { get; init; }
    public int Horizon { get; init; }
    public double Point { get; init; }
    public double Lower80 { get; init; }
    public double Upper80 { get; init; }
    /// <summary>The seasonal-naive forecast for the same day, kept so the score needs no second lookup.</summary>
    public double BaselinePoint { get; init; }
    public double? Actual { get; private set; }
    public DateTime? ScoredAtUtc { get; private set; }

    public void Score(double actual, DateTime nowUtc)
    {
        if (DateOnly.FromDateTime(nowUtc) <= TargetDate) throw new RuleViolation("capacity.forecast-not-due", TargetDate);
        Actual = actual;
        ScoredAtUtc = nowUtc;
    }

    public ScoredPoint? AsScored() => Actual is { } a ? new ScoredPoint(a, Point, Lower80, Upper80, BaselinePoint) : null;

    /// <summary>Fits Holt-Winters and seasonal-naive on a daily series that ends the day before <paramref name="originDate"/>.</summary>
    public static IReadOnlyList<CapacityForecast> Make(string regionId, string typeCode, IReadOnlyList<double> daily,
        DateOnly originDate, DateTime nowUtc, IReadOnlyList<int> horizons)
    {
        var model = HoltWinters.Fit(daily);
        var naive = SeasonalNaive.Fit(daily);
        var list = new List<CapacityForecast>();
        foreach (var h in horizons)
        {
            var f = model.Forecast(h);
            var b = naive.Forecast(h);
            list.Add(New(model.Method, f, b.Point));
            list.Add(New(naive.Method, b, b.Point));
        }
        return list;

        CapacityForecast New(string method, ForecastPoint f, double baseline) => new()
        {
            RegionId = regionId, TypeCode = typeCode, Method = method, MadeAtUtc = nowUtc, OriginDate = originDate,
            TargetDate = originDate.AddDays(f.Horizon - 1), Horizon = f.Horizon,
            // Free places cannot go below zero.
            Point = Math.Max(0, f.Point), Lower80 = Math.Max(0, f.Lower80), Upper80 = Math.Max(0, f.Upper80),
            BaselinePoint = baseline,
        };
    }
}

/// <summary>Turns the append-only report history into one daily figure of bookable places per day.</summary>
public static class DailySeries
{
    /// <summary>
    /// For each day, the sum over units of the bookable places in each unit's last report received
    /// by the end of that day. Days before any report are left out.
    /// </summary>
    public static IReadOnlyList<(DateOnly Day, double Value)> Build(IEnumerable<ReportPoint> reports, DateOnly from, DateOnly to)
    {
        var byUnit = reports.GroupBy(r => r.UnitId).Select(g => g.OrderBy(r => r.ReceivedAtUtc).ToArray()).ToList();
        var cursor = new int[byUnit.Count];
        var result = new List<(DateOnly, double)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            double sum = 0;
            var any = false;
            for (var u = 0; u < byUnit.Count; u++)
            {
                var list = byUnit[u];
                while (cursor[u] < list.Length && list[cursor[u]].ReceivedAtUtc < end) cursor[u]++;
                if (cursor[u] == 0) continue;
                sum += list[cursor[u] - 1].Bookable;
                any = true;
            }
            if (any) result.Add((day, sum));
        }
        return result;
    }
}
