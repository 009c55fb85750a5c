using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Monitoring.Connectors;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>
/// The --demo figures: they pass the normal import rules, give every result that has an indicator a
/// status when it has a target (and not all the same one), are marked as fictitious, and a second start adds nothing.
/// </summary>
public abstract class DemoFiguresTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoFiguresSeeder>().SeedAsync(Ct);
    }

    [Fact]
    public async Task Demo_figures_give_every_linked_result_a_status_and_are_seeded_once()
    {
        await SeedAsync();
        var count = await factory.WithDbAsync(db => db.Set<Measurement>().CountAsync(Ct));
        count.ShouldBeGreaterThan(0);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var statuses = await scope.ServiceProvider.GetRequiredService<MonitoringQueries>().GetRegionStatusesAsync("ijssel-vecht", Ct);
            var measured = statuses!.Where(s => s.IndicatorCode is not null).ToList();
            measured.ShouldNotBeEmpty();
            // CBS indicators get only the published CBS figures the app ships, never demo ones; the rest all get demo figures.
            var cbs = await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Source == IndicatorSource.Cbs).Select(i => i.Code).ToListAsync(Ct));
            measured = measured.Where(s => !cbs.Contains(s.IndicatorCode!)).ToList();
            measured.ShouldNotBeEmpty();
            measured.ShouldAllBe(s => s.Points.Count > 0);
            // Without a target there is nothing to judge; with one, the figures decide.
            var judged = measured.Where(s => s.Target != null).ToList();
            judged.ShouldNotBeEmpty();
            judged.ShouldAllBe(s => s.Status != nameof(ResultStatus.NoData));
            judged.Select(s => s.Status).Distinct().Count().ShouldBeGreaterThan(1);
        }

        // Published, marked as fictitious, and sent in the demo's name; the real CBS figures of a plain start stay as they were.
        (await factory.WithDbAsync(db => db.Set<Measurement>().Where(m => m.SubmittedBy != CbsFiguresSeeder.ActorName).AllAsync(m =>
            m.PublishedValue != null && m.Note == "fictief (demo)" && m.SubmittedBy == DemoFiguresSeeder.ActorName, Ct))).ShouldBeTrue();
        (await factory.WithDbAsync(db => db.Set<Measurement>().Where(m => m.SubmittedBy == CbsFiguresSeeder.ActorName)
            .AllAsync(m => m.Note!.StartsWith("Bron: CBS"), Ct))).ShouldBeTrue();

        await SeedAsync();
        (await factory.WithDbAsync(db => db.Set<Measurement>().CountAsync(Ct))).ShouldBe(count);
    }
}

public sealed class DemoFiguresTestsOnSqlite(SqliteAppFactory f) : DemoFiguresTests(f), IClassFixture<SqliteAppFactory>;
public sealed class DemoFiguresTestsOnPostgres(PostgresAppFactory f) : DemoFiguresTests(f), IClassFixture<PostgresAppFactory>;
