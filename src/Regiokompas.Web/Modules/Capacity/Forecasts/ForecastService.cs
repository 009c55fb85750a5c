using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Capacity.Forecasting;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Capacity.Forecasts;

/// <summary>
/// Once a day per region and type: forecast free places 1, 7 and 14 days ahead with Holt-Winters
/// and seasonal-naive, store both, and score earlier forecasts whose day has passed.
/// </summary>
public sealed class ForecastService(AppDbContext db, TimeProvider clock, ILogger<ForecastService> log)
{
    public static readonly int[] Horizons = [1, 7, 14];
    public const int HistoryDays = 730;

    /// <summary>Daily free places (bookable at the end of each day) for one region and type.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, double Value)>> DailyAsync(string regionId, string typeCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = from.AddDays(-7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var points = await db.Set<AvailabilityReport>().AsNoTracking()
            .Where(r => r.RegionId == regionId && r.ReceivedAtUtc >= start && r.ReceivedAtUtc < end
                && db.Set<CapacityUnit>().Any(u => u.Id == r.UnitId && u.TypeCode == typeCode))
            .Select(r => new { r.UnitId, r.AsOfUtc, r.ReceivedAtUtc, r.Open, r.Occupied, r.Blocked })
            .ToListAsync(ct);
        return DailySeries.Build(points.Select(p => new ReportPoint(p.UnitId, p.AsOfUtc, p.ReceivedAtUtc, Math.Max(0, p.Open - p.Occupied - p.Blocked))), from, to)
            .Where(d => d.Day >= from).ToList();
    }

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var pairs = await db.Set<CapacityUnit>().AsNoTracking().Where(u => u.Active)
            .Select(u => new { u.RegionId, u.TypeCode }).Distinct().ToListAsync(ct);
        var made = 0;
        foreach (var p in pairs)
        {
            var daily = await DailyAsync(p.RegionId, p.TypeCode, today.AddDays(-HistoryDays), today.AddDays(-1), ct);
            made += await ScoreAsync(p.RegionId, p.TypeCode, daily, now, ct);
            made += await MakeAsync(p.RegionId, p.TypeCode, daily, today, now, ct);
        }
        return made;
    }

    /// <summary>Forecasts from the series up to the day before <paramref name="origin"/>; skipped when they exist or history is short.</summary>
    public async Task<int> MakeAsync(string regionId, string typeCode, IReadOnlyList<(DateOnly Day, double Value)> daily, DateOnly origin, DateTime now,
        CancellationToken ct, int maxHistoryDays = HistoryDays)
    {
        var history = Contiguous(daily, origin.AddDays(-1));
        if (history.Count > maxHistoryDays) history = history[^maxHistoryDays..];
        if (history.Count < 21) return 0;
        if (await db.Set<CapacityForecast>().AnyAsync(f => f.RegionId == regionId && f.TypeCode == typeCode && f.OriginDate == origin, ct)) return 0;
        var forecasts = CapacityForecast.Make(regionId, typeCode, history, origin, now, Horizons);
        db.AddRange(forecasts);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another instance made them first (unique index).
            log.LogDebug(e, "Forecasts for {Region}/{Type} {Origin} already exist", regionId, typeCode, origin);
            db.ChangeTracker.Clear();
            return 0;
        }
        return forecasts.Count;
    }

    public async Task<int> ScoreAsync(string regionId, string typeCode, IReadOnlyList<(DateOnly Day, double Value)> daily, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var due = await db.Set<CapacityForecast>()
            .Where(f => f.RegionId == regionId && f.TypeCode == typeCode && f.Actual == null && f.TargetDate < today)
            .ToListAsync(ct);
        var actuals = daily.ToDictionary(d => d.Day, d => d.Value);
        var scored = 0;
        foreach (var f in due)
        {
            if (!actuals.TryGetValue(f.TargetDate, out var actual)) continue;
            f.Score(actual, now);
            scored++;
        }
        if (scored > 0) await db.SaveChangesAsync(ct);
        return scored;
    }

    /// <summary>The values of the unbroken run of days that ends on <paramref name="last"/>.</summary>
    public static List<double> Contiguous(IReadOnlyList<(DateOnly Day, double Value)> daily, DateOnly last)
    {
        var values = new List<double>();
        var expected = last;
        for (var i = daily.Count - 1; i >= 0; i--)
        {
            if (daily[i].Day > last) continue;
            if (daily[i].Day != expected) break;
            values.Add(daily[i].Value);
            expected = expected.AddDays(-1);
        }
        values.Reverse();
        return values;
    }
}

/// <summary>Runs the forecast round at start and then every hour; the round itself is idempotent per day.</summary>
public sealed class ForecastBackgroundService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ForecastBackgroundService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var made = await scope.ServiceProvider.GetRequiredService<ForecastService>().RunAsync(stoppingToken);
                if (made > 0) log.LogInformation("Capacity forecasts: {Count} made or scored", made);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Capacity forecast round failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
