using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Regiokompas.Web.Tests.Infrastructure;
using Regiokompas.Web.Tests.Monitoring.Import;

namespace Regiokompas.Web.Tests.Monitoring.Geography;

/// <summary>The comparison page draws the map only once boundaries exist, and never with a hidden value; once per database.</summary>
public abstract partial class ComparisonMapTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string Page = $"/regio/{Region}/monitor/vergelijken?indicator=valpreventie-programma-65plus";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_map_appears_after_the_import_and_a_hidden_value_stays_out_of_it()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var import = await coordinator.PostAsync("/api/v1/measurements/import", new StringContent(
            "indicator,area,period,numerator,denominator\n" +
            "valpreventie-programma-65plus,GM0193,2024JJ00,600,20000\n" +
            "valpreventie-programma-65plus,GM0148,2024JJ00,3,5000\n" +
            "valpreventie-programma-65plus,GM0160,2024JJ00,300,12000\n", Encoding.UTF8, "text/csv"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Ct));
        (await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "valpreventie-programma-65plus" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Before any boundaries: one sentence, and for a coordinator the way to the upload form.
        var before = await coordinator.GetStringAsync(Page, Ct);
        before.ShouldContain("Er is nog geen kaart, omdat er nog geen gemeentegrenzen zijn ingelezen.");
        before.ShouldContain("<a href=\"/monitor/gemeentegrenzen\">Gemeentegrenzen inlezen</a>");
        before.ShouldNotContain("<svg viewBox");
        (await factory.CreateClient().GetStringAsync(Page, Ct)).ShouldNotContain("/monitor/gemeentegrenzen");

        var file = await File.ReadAllBytesAsync(OpenData.File("cbs-wijkenbuurten-gemeenten", "gemeenten_2023_kwb_wgs84.geojson"), Ct);
        (await coordinator.PostAsync("/api/v1/boundaries/import", new ByteArrayContent(file), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var html = await factory.CreateClient().GetStringAsync(Page, Ct);
        html.ShouldNotContain("Er is nog geen kaart");
        html.ShouldContain("role=\"img\" aria-labelledby=\"map-title\"");
        var paths = PathPattern().Matches(html).ToDictionary(m => m.Groups["code"].Value, m => (Fill: m.Groups["fill"].Value, Title: m.Groups["title"].Value));
        paths.Count.ShouldBe(8);
        // 600 of 20,000 is 3%, 300 of 12,000 is 2.5%: two classes, the higher one darker.
        paths["GM0193"].Title.ShouldBe("Zwolle: 3%");
        paths["GM0160"].Title.ShouldBe("Hardenberg: 2,5%");
        paths["GM0193"].Fill.ShouldBe("#2171b5");
        paths["GM0160"].Fill.ShouldBe("#9ecae1");
        // Dalfsen's 3 people: hidden in the table, hatched on the map, its value (0.06%) nowhere in the page.
        paths["GM0148"].Fill.ShouldBe("url(#map-hidden)");
        paths["GM0148"].Title.ShouldBe("Dalfsen: verborgen (klein aantal)");
        html.ShouldNotContain("0,06");
        html.ShouldNotContain("0,1%");
        paths.Values.Count(p => p.Fill == "url(#map-no-data)").ShouldBe(5);
        html.ShouldContain("Hoger is beter.");
        var legend = html[html.IndexOf("<ul class=\"map-legend\"", StringComparison.Ordinal)..];
        legend = legend[..legend.IndexOf("</ul>", StringComparison.Ordinal)];
        // Two classes of equal width between 2.5% and 3%; Razor encodes the en dash.
        legend.ShouldContain("2,5% &#x2013; 2,8%");
        legend.ShouldContain("2,8% &#x2013; 3%");
        legend.ShouldContain("verborgen (klein aantal)");
        legend.ShouldContain("geen gegevens");
        html.ShouldContain("Gemeentegrenzen 2023. Bron: CBS, Kadaster / PDOK (CC BY 4.0)");
    }

    [GeneratedRegex("<path d=\"[^\"]+\" fill=\"(?<fill>[^\"]+)\" data-area=\"(?<code>GM\\d{4})\"><title>(?<title>[^<]+)</title></path>")]
    private static partial Regex PathPattern();
}

public sealed class ComparisonMapTestsOnSqlite(SqliteAppFactory f) : ComparisonMapTests(f), IClassFixture<SqliteAppFactory>;
public sealed class ComparisonMapTestsOnPostgres(PostgresAppFactory f) : ComparisonMapTests(f), IClassFixture<PostgresAppFactory>;
