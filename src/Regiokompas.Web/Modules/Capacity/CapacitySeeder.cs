using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Capacity.Forecasting;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Capacity.Forecasts;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Capacity;

/// <summary>
/// Always: the capacity types. With --demo only: fictitious units for the seeded organisations,
/// half a year of generated daily reports, a few reservations and back-filled, scored forecasts.
/// Every demo unit is named "(fictief)"; none of these figures is real.
/// </summary>
public sealed class CapacitySeeder(AppDbContext db, PlanQueries plan, ForecastService forecasts, TimeProvider clock, ILogger<CapacitySeeder> log)
{
    public const string DemoSuffix = " (fictief)";
    public const int DemoHistoryDays = 240;

    public async Task SeedAsync(bool demo, CancellationToken ct)
    {
        var existing = await db.Set<CapacityType>().Select(t => t.Code).ToListAsync(ct);
        foreach (var type in CapacityType.Defaults().Where(t => !existing.Contains(t.Code))) db.Add(type);
        await db.SaveChangesAsync(ct);
        if (demo && !await db.Set<CapacityUnit>().AnyAsync(ct)) await SeedDemoAsync(ct);
    }

    private static readonly (string Type, int Capacity)[] NursingUnits =
        [("elv-laag", 12), ("elv-hoog", 10), ("elv-palliatief", 6), ("respijtzorg", 5), ("wlz-opname", 16), ("wijkverpleging-intake", 20)];

    public async Task SeedDemoAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var types = await db.Set<CapacityType>().AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var regions = await plan.GetRegionsAsync(ct);
        var rng = new Random(20260301);
        var seed = 1;
        var units = new List<CapacityUnit>();

        foreach (var region in regions)
        {
            var municipalities = region.Municipalities.Select(m => m.Code).ToList();
            if (municipalities.Count == 0) continue;
            var orgs = await plan.GetOrganisationRefsAsync(region.Id, ct);
            var providers = orgs.Where(o => o.Type == OrganisationType.NursingHomeCare).Take(4)
                .Select(o => (Org: o, Kinds: NursingUnits))
                .Concat(orgs.Where(o => o.Type == OrganisationType.MentalHealth).Take(2).Select(o => (Org: o, Kinds: new[] { ("ggz-intake", 8) })))
                .ToList();
            var i = 0;
            foreach (var (org, kinds) in providers)
            {
                var municipality = org.MunicipalityCodes.FirstOrDefault(municipalities.Contains) ?? municipalities[i++ % municipalities.Count];
                var location = new CapacityLocation
                {
                    RegionId = region.Id, OrganisationId = org.Id, MunicipalityCode = municipality,
                    Name = $"{org.Name} – locatie{DemoSuffix}",
                };
                db.Add(location);
                await db.SaveChangesAsync(ct);
                foreach (var (typeCode, capacity) in kinds.Where((_, k) => (k + i) % 3 != 2 || kinds.Length == 1))
                {
                    var unit = new CapacityUnit
                    {
                        RegionId = region.Id, OrganisationId = org.Id, LocationId = location.Id, MunicipalityCode = municipality,
                        TypeCode = typeCode, Name = $"{types[typeCode].Name}{DemoSuffix}",
                    };
                    db.Add(unit);
                    AddHistory(unit, capacity, seed++, now, rng);
                    units.Add(unit);
                }
                i++;
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        log.LogWarning("Demo mode: {Units} fictitious capacity units with {Days} days of generated history ({Seconds:F1} s)",
            units.Count, DemoHistoryDays, watch.Elapsed.TotalSeconds);
        watch.Restart();

        foreach (var pair in units.Select(u => (u.RegionId, u.TypeCode)).Distinct())
        {
            var daily = await forecasts.DailyAsync(pair.RegionId, pair.TypeCode, today.AddDays(-DemoHistoryDays - 1), today.AddDays(-1), ct);
            // Four weeks of past forecasts, each fitted on half a year, so the scores have something to show at once.
            for (var origin = today.AddDays(-28); origin <= today; origin = origin.AddDays(1))
                await forecasts.MakeAsync(pair.RegionId, pair.TypeCode, daily, origin, origin.ToDateTime(new TimeOnly(5, 0), DateTimeKind.Utc), ct, maxHistoryDays: 182);
            await forecasts.ScoreAsync(pair.RegionId, pair.TypeCode, daily, now, ct);
        }
        log.LogInformation("Demo forecasts back-filled and scored ({Seconds:F1} s)", watch.Elapsed.TotalSeconds);
    }

    private void AddHistory(CapacityUnit unit, int capacity, int seed, DateTime now, Random rng)
    {
        var series = SyntheticHistory.Generate(DemoHistoryDays, seed, baseLevel: capacity * 0.45, weeklyScale: capacity / 16.0,
            noise: Math.Max(0.8, capacity / 12.0), driftPerYear: 0, start: DateOnly.FromDateTime(now).AddDays(-DemoHistoryDays));
        var stale = seed % 11 == 0;
        var last = stale ? now.AddHours(-(unit.TypeCode == "wijkverpleging-intake" ? 24 * 8 : 50)) : now.AddMinutes(-rng.Next(3, 150));
        for (var d = 0; d < DemoHistoryDays; d++)
        {
            var at = DateOnly.FromDateTime(now).AddDays(d - DemoHistoryDays).ToDateTime(new TimeOnly(7, rng.Next(0, 59)), DateTimeKind.Utc);
            if (at >= last) break;
            db.Add(unit.Report(Figures(capacity, series[d], rng, withExpected: false), ReportSource.File, "demo-generator", at, at).Report);
        }
        db.Add(unit.Report(Figures(capacity, series[^1], rng, withExpected: true), ReportSource.Form, "demo-generator", last, last).Report);
        unit.Version = 0; // a new unit starts at version 0, however much history it was given

    }

    private static ReportFigures Figures(int capacity, double free, Random rng, bool withExpected)
    {
        var blocked = rng.Next(0, 10) == 0 ? 1 : 0;
        var available = Math.Clamp((int)free, 0, capacity - blocked);
        int? e24 = withExpected ? rng.Next(0, 3) : null;
        return new ReportFigures(capacity, capacity - blocked - available, blocked, blocked > 0 ? "Personeelstekort" : null,
            ExpectedExtra24h: e24, ExpectedExtra72h: e24 is { } e ? e + rng.Next(0, 3) : null);
    }
}
