using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity.Forecasting;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Capacity.Forecasts;

public sealed record ForecastLine(string Method, int Horizon, DateOnly TargetDate, double Point, double Lower80, double Upper80);

public sealed record ForecastScoreLine(string Method, int Horizon, int Count, double? Mae, double? Mase, double? Coverage);

public sealed record ForecastPanel(string RegionId, string TypeCode, DateOnly? Origin, IReadOnlyList<ForecastLine> Latest,
    IReadOnlyList<ForecastScoreLine> Scores, bool ErrorDoubled, string MethodNote);

public sealed class ForecastQueries(AppDbContext db)
{
    public const int ScoreWindowDays = 90;

    public async Task<ForecastPanel> GetAsync(string regionId, string typeCode, CancellationToken ct)
    {
        var set = db.Set<CapacityForecast>().AsNoTracking().Where(f => f.RegionId == regionId && f.TypeCode == typeCode);
        var origin = await set.MaxAsync(f => (DateOnly?)f.OriginDate, ct);
        var latest = origin is { } o
            ? (await set.Where(f => f.OriginDate == o).ToListAsync(ct))
                .OrderBy(f => f.Horizon).ThenBy(f => f.Method)
                .Select(f => new ForecastLine(f.Method, f.Horizon, f.TargetDate, f.Point, f.Lower80, f.Upper80)).ToList()
            : [];

        var since = origin is { } d ? d.AddDays(-ScoreWindowDays) : DateOnly.MinValue; // no forecasts yet: nothing to score
        var scored = await set.Where(f => f.Actual != null && f.TargetDate >= since).ToListAsync(ct);
        var scores = scored.GroupBy(f => (f.Method, f.Horizon)).OrderBy(g => g.Key.Horizon).ThenBy(g => g.Key.Method)
            .Select(g =>
            {
                var s = ForecastScore.From(g.Select(f => f.AsScored()!));
                return new ForecastScoreLine(g.Key.Method, g.Key.Horizon, s.Count, Num(s.Mae), Num(s.Mase), Num(s.Coverage));
            }).ToList();

        var oneDayErrors = scored.Where(f => f.Method == "holt-winters" && f.Horizon == 1).OrderBy(f => f.TargetDate)
            .Select(f => Math.Abs(f.Actual!.Value - f.Point)).ToList();
        return new ForecastPanel(regionId, typeCode, origin, latest, scores, ForecastAlerts.RollingErrorDoubled(oneDayErrors, 14),
            "Holt-Winters (additief, week-seizoen, gedempte trend), vergeleken met seizoensnaïef (zelfde dag vorige week). " +
            "Interval 80% uit de eigen fouten van het model in de geschiedenis.");
    }

    private static double? Num(double v) => double.IsFinite(v) ? Math.Round(v, 3) : null;
}
