using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using PdfSharp.Pdf.IO;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>
/// Issue 10, items 6 and 8: the zelftriage case end to end (the latest figure decides the status and
/// the sentence names it), periods in words on pages, reports and the chart, the chart's rounded
/// values and a caption that lists only what is drawn; once per database.
/// </summary>
public abstract class ReadablePeriodsTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task PublishAsync(string indicator, string csv)
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        var import = await client.PostAsync("/api/v1/measurements/import",
            new StringContent("indicator,area,period,value\n" + csv, Encoding.UTF8, "text/csv"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Ct));
        (await client.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator }, Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Zelftriage_at_25_percent_in_the_third_quarter_of_2026_is_off_track_and_the_sentence_names_that_figure()
    {
        // Ten quarters climbing toward 30% (end of 2026), then 25% for 2026KW03; 28.64 shows as 28,6%.
        string[] periods = ["2024KW01", "2024KW02", "2024KW03", "2024KW04", "2025KW01", "2025KW02", "2025KW03", "2025KW04", "2026KW01", "2026KW02", "2026KW03"];
        double[] values = [18.0, 19.4, 20.2, 21.7, 22.6, 24.1, 24.9, 26.4, 27.3, 28.64, 25];
        await PublishAsync("zelftriage", string.Concat(periods.Select((p, i) =>
            $"zelftriage,{Region},{p},{values[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}\n")));

        const string sentence = "De laatste meting (3e kwartaal 2026) is 25%. Op weg naar 30% eind 2026 had dat ongeveer 28,9% moeten zijn; het verschil is groter dan de gewone schommeling.";
        var anonymous = factory.CreateClient();
        var status = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/zt-d2-r2/status", Ct);
        status.GetProperty("status").GetString().ShouldBe("OffTrack");
        status.GetProperty("explanationCode").GetString().ShouldBe("monitoring.status.latest-behind-off-track");
        status.GetProperty("explanation").GetString().ShouldBe(sentence);
        // The API keeps the code; the long trend still reaches the target.
        status.GetProperty("arguments")[1].GetString().ShouldBe("2026KW03");
        status.GetProperty("projection").GetProperty("value").GetDouble().ShouldBeGreaterThanOrEqualTo(30);

        var page = await anonymous.GetStringAsync($"/regio/{Region}/monitor/resultaat/zt-d2-r2", Ct);
        page.ShouldContain(sentence);
        page.ShouldMatch(@"<th scope=""row"">3e kwartaal 2026</th><td[^>]*>25%</td>");
        page.ShouldMatch(@"<th scope=""row"">2e kwartaal 2026</th><td[^>]*>28,6%</td>");
        page.ShouldNotContain(">2026KW03<");
        // The chart plots what the table shows and names periods in words.
        page.ShouldContain("\"y\":28.6,\"label\":\"2e kwartaal 2026\"");
        page.ShouldNotContain("28.64");
        page.ShouldContain("<figcaption>Grafiek met de gemeten waarden per periode, de trendlijn door de metingen, de verwachting tot de einddatum (gestippeld) en het doel. Dezelfde cijfers staan in de tabel.</figcaption>");

        (await anonymous.GetStringAsync($"/regio/{Region}/resultaat/zt-d2-r2", Ct)).ShouldContain(sentence);
        var dashboard = await anonymous.GetStringAsync($"/regio/{Region}/monitor", Ct);
        dashboard.ShouldContain("3e kwartaal 2026");
        dashboard.ShouldNotContain("2026KW03");

        var english = await anonymous.GetStringAsync($"/regio/{Region}/monitor/resultaat/zt-d2-r2?culture=en&ui-culture=en", Ct);
        english.ShouldContain("The latest figure (3rd quarter 2026) is 25%.");
        english.ShouldContain("<th scope=\"row\">3rd quarter 2026</th>");

        // The board report in every format names the latest period in words.
        var html = await anonymous.GetStringAsync($"/regio/{Region}/monitor/rapport?periode=2026KW04", Ct);
        html.ShouldContain("4e kwartaal 2026");
        var docx = await anonymous.GetAsync($"/api/v1/regions/{Region}/report?period=2026KW04&format=docx", Ct);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldContain("3e kwartaal 2026");
            text.ShouldNotContain("2026KW03");
        }
        var pdf = await anonymous.GetAsync($"/api/v1/regions/{Region}/report?period=2026KW04&format=pdf", Ct);
        using var document = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync(Ct)), PdfDocumentOpenMode.Import);
        var pdfText = PdfText.Of(document);
        pdfText.ShouldContain("3e kwartaal 2026");
        pdfText.ShouldNotContain("2026KW03");
    }

    [Fact]
    public async Task A_chart_without_a_trend_does_not_describe_one()
    {
        // One figure for ACP talks: no trend, no projection; the caption says only what is drawn.
        await PublishAsync("acp-75plus", $"acp-75plus,{Region},2025KW02,12.04\n");
        var page = await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor/resultaat/zt-d1-r1", Ct);
        page.ShouldContain("<figcaption>Grafiek met de gemeten waarden per periode en het doel. Dezelfde cijfers staan in de tabel.</figcaption>");
        page.ShouldNotContain("trendlijn");
        page.ShouldContain("\"y\":12,\"label\":\"2e kwartaal 2025\"");
        page.ShouldContain("\"trend\":[]");
    }
}

public sealed class ReadablePeriodsTestsOnSqlite(SqliteAppFactory f) : ReadablePeriodsTests(f), IClassFixture<SqliteAppFactory>;
public sealed class ReadablePeriodsTestsOnPostgres(PostgresAppFactory f) : ReadablePeriodsTests(f), IClassFixture<PostgresAppFactory>;
