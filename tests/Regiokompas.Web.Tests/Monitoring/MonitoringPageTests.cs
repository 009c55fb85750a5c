using System.Net;
using System.Net.Http.Json;
using System.Text;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>The monitor's pages, server-rendered, once per database.</summary>
public abstract class MonitoringPageTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_region_dashboard_lists_every_result_with_a_status_in_dutch()
    {
        var response = await factory.CreateClient().GetAsync($"/regio/{Region}/monitor", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("<h1>Hoe staat het plan ervoor?</h1>");
        html.ShouldContain("20 procent van de 75-plussers heeft een ACP-gesprek gehad");
        html.ShouldContain("Er zijn nog geen gepubliceerde cijfers; het doel is 20%.");
        html.ShouldContain("<caption>Aantal resultaten per status</caption>");
        html.ShouldContain("aria-current=\"page\">Monitor</a>");
    }

    [Fact]
    public async Task Published_figures_show_on_the_dashboard_the_result_page_and_the_plan_page()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        var import = await client.PostAsync("/api/v1/measurements/import", new StringContent(
            "indicator,area,period,value\nzelftriage,ijssel-vecht,2024KW04,10\nzelftriage,ijssel-vecht,2025KW04,15\n",
            Encoding.UTF8, "text/csv"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK);
        await client.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "zelftriage" }, Ct);

        // 10% end 2024, 15% end 2025: 5 points a year, so 20% at the end of 2026 against a target of 30%.
        const string sentence = "Bij dit tempo komt het aandeel op 20% eind 2026; het doel is 30%.";
        var anonymous = factory.CreateClient();
        (await anonymous.GetStringAsync($"/regio/{Region}/monitor", Ct)).ShouldContain(sentence);
        var result = await anonymous.GetStringAsync($"/regio/{Region}/monitor/resultaat/zt-d2-r2", Ct);
        result.ShouldContain(sentence);
        result.ShouldContain("<caption>Gepubliceerde cijfers</caption>");
        result.ShouldContain("<th scope=\"row\">4e kwartaal 2025</th>");
        result.ShouldNotContain(">2025KW04<");
        result.ShouldContain("niet op koers");
        (await anonymous.GetStringAsync($"/regio/{Region}/resultaat/zt-d2-r2", Ct)).ShouldContain(sentence);
    }

    [Fact]
    public async Task The_upload_page_checks_a_file_and_names_the_bad_line_without_saving()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        var form = await client.GetStringAsync("/monitor/cijfers-aanleveren", Ct);
        form.ShouldContain("<label for=\"File\">CSV-bestand</label>");

        async Task<HttpResponseMessage> Post(string csv, bool onlyCheck)
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent(AppFactory.AntiforgeryToken(form)), "__RequestVerificationToken" },
                { new StringContent(onlyCheck ? "true" : "false"), "OnlyCheck" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "File", "cijfers.csv" },
            };
            return await client.PostAsync("/monitor/cijfers-aanleveren", content, Ct);
        }

        var bad = await Post("indicator;gebied;periode;waarde\neenzaamheid;GM0193;2024;30\neenzaamheid;GM9999;2024;20\n", onlyCheck: false);
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Er is niets opgeslagen.");
        html.ShouldContain("<tr><td>3</td><td>area</td><td>Gebiedscode &#x27;GM9999&#x27; is onbekend.</td></tr>");

        var good = await Post("indicator;gebied;periode;waarde\neenzaamheid;GM0193;2024;30\n", onlyCheck: true);
        (await good.Content.ReadAsStringAsync(Ct)).ShouldContain("Het bestand is in orde: 1 cijfers zijn nieuw of gewijzigd");
        var saved = await Post("indicator;gebied;periode;waarde\neenzaamheid;GM0193;2024;30\n", onlyCheck: false);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_coordinator_reviews_and_publishes_submitted_figures_and_a_partner_may_not()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        (await client.PostAsJsonAsync("/api/v1/measurements", new[] { new { indicator = "ervaren-gezondheid", area = "GM0193", period = "2024", value = 74.5 } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await client.GetStringAsync($"/regio/{Region}/monitor/controleren", Ct);
        page.ShouldContain("<td>ervaren-gezondheid</td><td>GM0193</td><td>2024</td>");
        var post = await client.PostAsync($"/regio/{Region}/monitor/controleren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = await factory.CreateClient().GetStringAsync("/api/v1/indicators/ervaren-gezondheid/measurements?area=GM0193", Ct);
        shown.ShouldContain("74.5");

        var partner = await factory.LoggedInClientAsync("organisation-member", region: Region, organisationKey: "ggd-ijsselland");
        var denied = await partner.GetAsync($"/regio/{Region}/monitor/controleren", Ct);
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/geen-toegang");
    }

    [Fact]
    public async Task The_upload_page_asks_to_log_in_first()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/monitor/cijfers-aanleveren", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/inloggen");
    }

    [Fact]
    public async Task The_board_report_has_the_same_numbers_as_the_dashboard()
    {
        var anonymous = factory.CreateClient();
        var statuses = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/regions/{Region}/results/status", Ct);
        var report = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/regions/{Region}/report?period=2026Q4", Ct);
        report.GetProperty("period").GetString().ShouldBe("2026KW04");
        var totals = report.GetProperty("totals");
        foreach (var status in new[] { "Achieved", "OnTrack", "AtRisk", "OffTrack", "NoData" })
            totals.GetProperty(status).GetInt32().ShouldBe(statuses.EnumerateArray().Count(s => s.GetProperty("status").GetString() == status));

        var html = await anonymous.GetStringAsync($"/regio/{Region}/monitor/rapport?periode=2026KW04", Ct);
        html.ShouldContain("<h1>Voortgangsrapportage Samen Gezond IJssel-Vecht</h1>");
        html.ShouldContain($"Van de {statuses.GetArrayLength()} resultaten zijn er {totals.GetProperty("Achieved").GetInt32()} gehaald");
        (await anonymous.GetAsync($"/regio/{Region}/monitor/rapport?periode=2026MM01", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var pdf = await anonymous.GetAsync($"/api/v1/regions/{Region}/report?period=2026Q4&format=pdf", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync(Ct)), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        document.PageCount.ShouldBeGreaterThanOrEqualTo(1);
        var text = PdfText.Of(document);
        text.ShouldContain($"Van de {statuses.GetArrayLength()} resultaten zijn er {totals.GetProperty("Achieved").GetInt32()} gehaald en {totals.GetProperty("OnTrack").GetInt32()} op koers;");
        text.ShouldContain("Voortgangsrapportage Samen Gezond IJssel-Vecht");
    }

    [Fact]
    public async Task The_municipality_comparison_shows_published_figures_and_hides_small_counts()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        (await client.PostAsync("/api/v1/measurements/import", new StringContent(
            "indicator,area,period,numerator,denominator\n" +
            "acp-75plus,GM0166,2025KW01,2,300\n" +
            "acp-75plus,GM0175,2025KW01,60,500\n", Encoding.UTF8, "text/csv"), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await client.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "acp-75plus" }, Ct);

        var html = await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor/vergelijken?indicator=acp-75plus", Ct);
        html.ShouldContain("<caption>Aandeel 75-plussers met een gesprek over proactieve zorgplanning (ACP)</caption>");
        html.ShouldContain("<th scope=\"row\">Ommen</th>");
        html.ShouldMatch(@"<td[^>]*>12%</td>"); // cells carry data-label for the phone layout
        html.ShouldContain("verborgen (klein aantal)");
        html.ShouldNotContain("0,7%");
    }

    [Fact]
    public async Task A_risk_indicator_past_its_threshold_raises_a_warning_on_the_dashboard()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        (await client.PostAsJsonAsync("/api/v1/measurements", new[]
        {
            new { indicator = "personeelstekort-zorg-welzijn", area = Region, period = "2025KW01", value = 4.0 },
            new { indicator = "personeelstekort-zorg-welzijn", area = Region, period = "2025KW02", value = 6.5 },
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor", Ct)).ShouldNotContain("<h2 id=\"warn-h\">");
        await client.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "personeelstekort-zorg-welzijn" }, Ct);

        var html = await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor", Ct);
        html.ShouldContain("<h2 id=\"warn-h\">Signalen</h2>");
        html.ShouldContain("<strong>Openstaande vacatures in zorg en welzijn per 100 banen</strong>: 6,5 in 2e kwartaal 2025; de signaalwaarde is 5.");
    }

    [Fact]
    public async Task An_unknown_region_or_result_is_not_found()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/regio/atlantis/monitor", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/regio/{Region}/monitor/resultaat/bestaat-niet", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class MonitoringPageTestsOnSqlite(SqliteAppFactory f) : MonitoringPageTests(f), IClassFixture<SqliteAppFactory>;
public sealed class MonitoringPageTestsOnPostgres(PostgresAppFactory f) : MonitoringPageTests(f), IClassFixture<PostgresAppFactory>;
