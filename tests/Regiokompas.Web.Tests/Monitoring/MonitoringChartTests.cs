using System.Net;
using System.Text;
using System.Net.Http.Json;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>The result page's chart: canvas, JSON data block and scripts from the app itself, once per database.</summary>
public abstract class MonitoringChartTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_result_page_carries_a_chart_with_its_data_and_serves_chartjs_itself()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        var import = await client.PostAsync("/api/v1/measurements/import", new StringContent(
            "indicator,area,period,value\nzelftriage,ijssel-vecht,2024KW04,10\nzelftriage,ijssel-vecht,2025KW04,15\n",
            Encoding.UTF8, "text/csv"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK);
        await client.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "zelftriage" }, Ct);

        var anonymous = factory.CreateClient();
        var html = await anonymous.GetStringAsync($"/regio/{Region}/monitor/resultaat/zt-d2-r2", Ct);
        html.ShouldContain("<canvas data-chart=\"result-chart-data\" role=\"img\" aria-label=\"Bij dit tempo komt het aandeel op 20% eind 2026; het doel is 30%.\"");
        html.ShouldContain("<script type=\"application/json\" id=\"result-chart-data\">");
        html.ShouldContain("\"y\":10,\"label\":\"4e kwartaal 2024\"");
        html.ShouldContain("\"y\":15,\"label\":\"4e kwartaal 2025\"");
        html.ShouldContain("\"projection\":[");
        html.ShouldContain("<script src=\"/lib/chartjs/chart.umd.min.js?v=");
        html.ShouldContain("<script src=\"/js/monitor-chart.js?v=");
        html.ShouldContain("<caption>Gepubliceerde cijfers</caption>");

        var lib = await anonymous.GetAsync("/lib/chartjs/chart.umd.min.js", Ct);
        lib.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/js/monitor-chart.js", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class MonitoringChartTestsOnSqlite(SqliteAppFactory f) : MonitoringChartTests(f), IClassFixture<SqliteAppFactory>;
public sealed class MonitoringChartTestsOnPostgres(PostgresAppFactory f) : MonitoringChartTests(f), IClassFixture<PostgresAppFactory>;
