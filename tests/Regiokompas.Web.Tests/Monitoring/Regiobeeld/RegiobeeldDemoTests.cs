using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Monitoring.Connectors;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring.Regiobeeld;

/// <summary>
/// With the --demo figures in, the regiobeeld still shows only public statistics (CBS), and says
/// "fictief" only when a figure it shows is a demo figure.
/// </summary>
public abstract class RegiobeeldDemoTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_figures_of_other_population_indicators_stay_off_the_regiobeeld_and_the_banner_follows_the_figures_shown()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoFiguresSeeder>().SeedAsync(Ct);
        var notice = MonitoringTexts.Get("monitoring.demo-notice");
        var areas = new[] { Region, "GM0148", "GM0160", "GM0166", "GM0175", "GM0180", "GM1708", "GM1896", "GM0193" };
        // The demo gave population indicators of other sources (GGD survey figures) fictitious figures in this region...
        var demoOnly = await factory.WithDbAsync(db => db.Set<Indicator>()
            .Where(i => i.Level == IndicatorLevel.Population && i.Source != IndicatorSource.Cbs && i.Visibility == Visibility.Public
                && db.Set<Measurement>().Any(m => m.IndicatorId == i.Id && areas.Contains(m.AreaCode) && m.PublishedBy == DemoFiguresSeeder.ActorName))
            .Select(i => i.Name).ToListAsync(Ct));
        demoOnly.ShouldNotBeEmpty();

        // ...but the regiobeeld shows the CBS figures only, so no demo banner either.
        var html = await factory.CreateClient().GetStringAsync($"/regio/{Region}/regiobeeld", Ct);
        html.ShouldContain("Bron: CBS");
        html.ShouldNotContain(notice);
        html.ShouldNotContain("fictief", Case.Insensitive);
        foreach (var name in demoOnly) html.ShouldNotContain(name);
        (await factory.CreateClient().GetStringAsync($"/api/v1/regions/{Region}/regiobeeld", Ct)).ShouldContain("\"fictitious\":false");

        // A demo figure the page does show brings the banner.
        var zwolle = await factory.WithDbAsync(db => db.Set<Measurement>()
            .Where(m => m.AreaCode == "GM0193" && m.PublishedBy == CbsFiguresSeeder.ActorName
                && db.Set<Indicator>().Any(i => i.Id == m.IndicatorId && i.Code == "huishoudens"))
            .OrderByDescending(m => m.PeriodStart).Select(m => m.Id).FirstAsync(Ct));
        await factory.WithDbAsync(db => db.Set<Measurement>().Where(m => m.Id == zwolle)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedBy, DemoFiguresSeeder.ActorName), Ct));
        try
        {
            (await factory.CreateClient().GetStringAsync($"/regio/{Region}/regiobeeld", Ct)).ShouldContain(notice);
        }
        finally
        {
            await factory.WithDbAsync(db => db.Set<Measurement>().Where(m => m.Id == zwolle)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedBy, CbsFiguresSeeder.ActorName), Ct));
        }
    }
}

public sealed class RegiobeeldDemoTestsOnSqlite(SqliteAppFactory f) : RegiobeeldDemoTests(f), IClassFixture<SqliteAppFactory>;
public sealed class RegiobeeldDemoTestsOnPostgres(PostgresAppFactory f) : RegiobeeldDemoTests(f), IClassFixture<PostgresAppFactory>;
