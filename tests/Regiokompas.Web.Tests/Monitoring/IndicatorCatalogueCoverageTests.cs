using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>
/// The shipped catalogue measures the shipped plans: after seeding, in every region, each result
/// with a target has an indicator, one link per result decides its status, and every linked
/// indicator has an organisation that delivers its figures there. All read from the database,
/// so a new plan result with a target and no indicator fails here.
/// </summary>
public abstract class IndicatorCatalogueCoverageTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_result_with_a_target_has_an_indicator_in_both_regions()
    {
        var regions = await factory.WithDbAsync(db => db.Set<Region>().Select(r => r.Id).ToListAsync(Ct));
        regions.ShouldContain("ijssel-vecht");
        regions.ShouldContain("flevoland");

        foreach (var region in regions)
        {
            var withTarget = await factory.WithDbAsync(db => db.Set<PlanResult>()
                .Where(r => r.RegionId == region && r.TargetValue != null).Select(r => r.Key).ToListAsync(Ct));
            var linked = (await factory.WithDbAsync(db => db.Set<ResultIndicator>()
                .Where(l => l.RegionId == region).Select(l => l.ResultKey).Distinct().ToListAsync(Ct))).ToHashSet();

            withTarget.ShouldNotBeEmpty($"{region} has results with a target");
            withTarget.Where(k => !linked.Contains(k)).ShouldBeEmpty($"results of {region} with a target but no indicator");
        }
    }

    [Fact]
    public async Task Every_linked_result_has_one_deciding_indicator_and_every_linked_indicator_an_owner()
    {
        var links = await factory.WithDbAsync(db => db.Set<ResultIndicator>()
            .Select(l => new { l.RegionId, l.ResultKey, l.IndicatorCode, l.IsPrimary }).ToListAsync(Ct));
        links.ShouldNotBeEmpty();
        var owners = (await factory.WithDbAsync(db => db.Set<IndicatorOwner>()
            .Select(o => new { o.RegionId, o.IndicatorCode, o.OrganisationKey }).ToListAsync(Ct))).ToList();
        var organisations = (await factory.WithDbAsync(db => db.Set<Organisation>()
            .Select(o => new { o.RegionId, o.Key }).ToListAsync(Ct))).Select(o => (o.RegionId, o.Key)).ToHashSet();
        var results = (await factory.WithDbAsync(db => db.Set<PlanResult>()
            .Select(r => new { r.RegionId, r.Key }).ToListAsync(Ct))).Select(r => (r.RegionId, r.Key)).ToHashSet();
        var indicators = (await factory.WithDbAsync(db => db.Set<Indicator>().Select(i => i.Code).ToListAsync(Ct))).ToHashSet();

        links.Where(l => !results.Contains((l.RegionId, l.ResultKey)))
            .Select(l => $"{l.RegionId}/{l.ResultKey}").ShouldBeEmpty("links to results that are not in the plan");
        links.Where(l => !indicators.Contains(l.IndicatorCode))
            .Select(l => l.IndicatorCode).ShouldBeEmpty("links to indicators that are not in the catalogue");
        // Public statistics add context links that never decide (ResultIndicator.IsPrimary false); a result with a
        // deciding link has exactly one.
        links.GroupBy(l => (l.RegionId, l.ResultKey)).Where(g => g.Count(l => l.IsPrimary) > 1)
            .Select(g => $"{g.Key.RegionId}/{g.Key.ResultKey}").ShouldBeEmpty("results with more than one deciding indicator");

        var owned = owners.Select(o => (o.RegionId, o.IndicatorCode)).ToHashSet();
        links.Select(l => (l.RegionId, l.IndicatorCode)).Distinct().Where(l => !owned.Contains(l))
            .Select(l => $"{l.RegionId}/{l.IndicatorCode}").ShouldBeEmpty("linked indicators without an owner in the region");
        owners.Where(o => !organisations.Contains((o.RegionId, o.OrganisationKey)))
            .Select(o => $"{o.RegionId}/{o.OrganisationKey}").ShouldBeEmpty("owners that are not organisations of the region");
    }

    [Fact]
    public async Task Seeding_again_reports_no_unknown_result_or_owner()
    {
        var log = new RecordingLogger();
        await using var scope = factory.Services.CreateAsyncScope();
        var seeder = new MonitoringSeeder(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<PlanQueries>(), log);
        await seeder.SeedAsync(Ct);

        log.Warnings.ShouldBeEmpty();
    }

    private sealed class RecordingLogger : ILogger<MonitoringSeeder>
    {
        public List<string> Warnings { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }
}

public sealed class IndicatorCatalogueCoverageTestsOnSqlite(SqliteAppFactory f) : IndicatorCatalogueCoverageTests(f), IClassFixture<SqliteAppFactory>;
public sealed class IndicatorCatalogueCoverageTestsOnPostgres(PostgresAppFactory f) : IndicatorCatalogueCoverageTests(f), IClassFixture<PostgresAppFactory>;
