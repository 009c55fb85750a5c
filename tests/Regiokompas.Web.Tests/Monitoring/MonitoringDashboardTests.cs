using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Monitoring.Dashboard;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>
/// Indicator owners, data freshness and engagement on the dashboard, the board report as PDF and
/// DOCX, and a result by its key; once per database. Tests share the database, so each uses its
/// own organisation or indicator.
/// </summary>
public abstract class MonitoringDashboardTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_seeded_catalogue_names_an_owner_per_region_from_that_regions_plan()
    {
        var client = factory.CreateClient();
        var ijsselVecht = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/indicators", Ct);
        var flevoland = await client.GetFromJsonAsync<JsonElement>("/api/v1/regions/flevoland/indicators", Ct);
        string? Owner(JsonElement list, string code) =>
            list.EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("owner").GetString();

        Owner(ijsselVecht, "eenzaamheid").ShouldBe("ggd-ijsselland");
        Owner(flevoland, "eenzaamheid").ShouldBe("ggd-flevoland");
        Owner(ijsselVecht, "acp-75plus").ShouldBe("medrie");
        Owner(flevoland, "inwoners-75plus").ShouldBe("verbindende-coalitie");
        ijsselVecht.EnumerateArray().ShouldAllBe(i => i.GetProperty("owner").GetString() != null);

        // Every owner is an organisation of that region's plan.
        var organisations = await factory.WithDbAsync(db => db.Organisations.Select(o => o.RegionId + "/" + o.Key).ToListAsync(Ct));
        var owners = await factory.WithDbAsync(db => db.Set<IndicatorOwner>().Select(o => o.RegionId + "/" + o.OrganisationKey).ToListAsync(Ct));
        // Every owner the shipped catalogue names is seeded (both regions for every shipped indicator).
        var catalogue = await MonitoringSeeder.ReadCatalogueAsync(Ct);
        var seeded = await factory.WithDbAsync(db => db.Set<IndicatorOwner>().Select(o => o.RegionId + "/" + o.IndicatorCode + "/" + o.OrganisationKey).ToListAsync(Ct));
        catalogue.Indicators.ShouldAllBe(i => i.Owners.Count == 2);
        catalogue.Indicators.SelectMany(i => i.Owners.Select(o => o.Key + "/" + i.Code + "/" + o.Value)).ShouldBeSubsetOf(seeded);
        owners.ShouldAllBe(o => organisations.Contains(o));
    }

    [Fact]
    public async Task An_owner_sends_figures_for_its_own_region_only()
    {
        // Zilveren Kruis owns the mental-health waiting figure in both regions; these are two organisations.
        var flevolandInsurer = await factory.TokenClientAsync("flevoland", "zilveren-kruis");
        var period = ReportingDue.LastDuePeriod(Frequency.Quarterly, Today).Code;
        var own = await flevolandInsurer.PostAsJsonAsync("/api/v1/measurements?dryRun=true",
            new[] { new { indicator = "ggz-wachttijd-boven-treeknorm", area = "flevoland", period, value = 20.0 } }, Ct);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);

        var other = await flevolandInsurer.PostAsJsonAsync("/api/v1/measurements",
            new[] { new { indicator = "ggz-wachttijd-boven-treeknorm", area = "GM0193", period, value = 20.0 } }, Ct);
        other.StatusCode.ShouldBe((HttpStatusCode)422);
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = problem.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("line").GetInt32().ShouldBe(1);
        error.GetProperty("code").GetString().ShouldBe("monitoring.not-allowed-indicator");
        (await factory.WithDbAsync(db => db.Set<Measurement>().CountAsync(m => m.IndicatorCode == "ggz-wachttijd-boven-treeknorm" && m.AreaCode == "GM0193", Ct)))
            .ShouldBe(0);

        // A member of the Flevoland GGD gets the form rows of its own indicators.
        var member = await factory.LoggedInClientAsync("organisation-member", region: "flevoland", organisationKey: "ggd-flevoland");
        var form = WebUtility.HtmlDecode(await member.GetStringAsync("/monitor/cijfers-invullen?regio=flevoland", Ct));
        form.ShouldContain("Aandeel volwassenen dat zich eenzaam voelt");
        form.ShouldNotContain("value=\"acp-75plus\"");
    }

    [Fact]
    public async Task Freshness_shows_per_owner_what_is_due_and_the_dashboard_and_report_agree()
    {
        // Medrie owns two quarterly indicators in IJssel-Vecht; it sends one of them for the due quarter.
        var due = ReportingDue.LastDuePeriod(Frequency.Quarterly, Today);
        var before = await FreshnessAsync("medrie");
        before.Indicators.Select(i => i.Code).Order().ShouldBe(["acp-75plus", "zelftriage"]);
        before.Indicators.ShouldAllBe(i => !i.Submitted && i.DuePeriod == due.Code);
        before.Behind.ShouldBe(2);

        var medrie = await factory.TokenClientAsync(Region, "medrie");
        (await medrie.PostAsJsonAsync("/api/v1/measurements",
            new[] { new { indicator = "zelftriage", area = "GM0193", period = due.Code, value = 24.0 } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await FreshnessAsync("medrie");
        after.Behind.ShouldBe(1);
        after.Indicators.Single(i => i.Code == "zelftriage").Submitted.ShouldBeTrue();
        after.Indicators[0].Code.ShouldBe("acp-75plus"); // what is missing comes first
        after.LastSubmittedUtc.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));

        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor", Ct));
        html.ShouldContain("<h2 id=\"fresh-h\">Zijn de cijfers bij?</h2>");
        html.ShouldContain("<strong>Medrie</strong>");
        html.ShouldContain("1 van 2 niet aangeleverd");
        html.ShouldContain($"{due.Label()} ontbreekt");
        html.ShouldNotContain($"{due.Code} ontbreekt");

        // The board report for the default period computes freshness with the same query on the same day.
        var dashboard = await factory.WithServicesAsync(sp => sp.GetRequiredService<DashboardQueries>().GetFreshnessAsync(Region, Today, Ct));
        var report = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/report", Ct);
        report.GetProperty("freshnessAsOf").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        var reported = report.GetProperty("freshness").Deserialize<List<OwnerFreshness>>(Json)!;
        JsonSerializer.Serialize(reported, Json).ShouldBe(JsonSerializer.Serialize(dashboard, Json));
        reported.Select(o => o.OrganisationKey).Order().ShouldBe(["carinova", "dimence", "ggd-ijsselland", "isala", "medrie", "provincie-overijssel",
            "regionale-zorgnetwerken-zwolle", "tpmz-netwerk", "wgv-zorg-welzijn", "zilveren-kruis", "zorgtransformatorhuis"]);
        var reportPage = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor/rapport", Ct));
        var sentence = System.Text.RegularExpressions.Regex.Match(html, @"\d+ van \d+ organisaties hebben nog niet alle cijfers aangeleverd").Value;
        sentence.ShouldNotBeEmpty();
        reportPage.ShouldContain(sentence);
        reportPage.ShouldContain("1 van 2 niet aangeleverd");
    }

    private async Task<OwnerFreshness> FreshnessAsync(string owner) =>
        (await factory.WithServicesAsync(sp => sp.GetRequiredService<DashboardQueries>().GetFreshnessAsync(Region, Today, Ct)))!
        .Single(o => o.OrganisationKey == owner);

    [Fact]
    public async Task Engagement_counts_partner_organisations_that_did_something_for_the_pillar()
    {
        async Task<PillarEngagement> PillarAsync(string key) =>
            (await factory.WithServicesAsync(sp => sp.GetRequiredService<DashboardQueries>().GetEngagementAsync(Region, Today, Ct)))!
            .Single(p => p.PillarKey == key);

        var prevention = await PillarAsync("gezond-leven-preventie");
        var mental = await PillarAsync("mentaal-welbevinden");
        prevention.ActiveNames.ShouldNotContain("GGD IJsselland");
        mental.ActiveNames.ShouldNotContain("Netwerk Tijdige en Passende Mentale zorg Zwolle (TPMZ)");
        prevention.Partners.ShouldBeGreaterThan(2);

        // The GGD sends a fall-prevention figure (a result of the prevention pillar) through its API token.
        var ggd = await factory.TokenClientAsync(Region, "ggd-ijsselland");
        (await ggd.PostAsJsonAsync("/api/v1/measurements",
            new[] { new { indicator = "valrisico-65plus", area = Region, period = "2024", value = 9.0 } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A lead of the mental-health pillar who works for TPMZ adds a story to that pillar.
        var lead = await factory.LoggedInClientAsync("pillar-lead", region: Region, pillarKey: "mentaal-welbevinden", organisationKey: "tpmz-netwerk");
        (await lead.PostAsJsonAsync($"/api/v1/regions/{Region}/stories", new
        {
            kind = "Story", text = "Een huisarts vertelt hoe het verkennend gesprek wachtenden helpt.", date = Today.ToString("yyyy-MM-dd"),
            source = "Professional", pillarKeys = new[] { "mentaal-welbevinden" },
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        // A coordinator without an organisation is a person, not a partner: it does not count.
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        (await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/stories", new
        {
            kind = "Quote", text = "Fijn dat het zo snel kon.", date = Today.ToString("yyyy-MM-dd"), source = "Interview",
            pillarKeys = new[] { "vitaal-ouder-worden" },
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var preventionAfter = await PillarAsync("gezond-leven-preventie");
        preventionAfter.ActiveNames.ShouldContain("GGD IJsselland");
        preventionAfter.Active.ShouldBe(prevention.Active + 1);
        preventionAfter.Partners.ShouldBe(prevention.Partners);
        var mentalAfter = await PillarAsync("mentaal-welbevinden");
        mentalAfter.ActiveNames.ShouldContain("Netwerk Tijdige en Passende Mentale zorg Zwolle (TPMZ)");
        mentalAfter.ActiveNames.ShouldNotContain("GGD IJsselland");
        (await PillarAsync("vitaal-ouder-worden")).Active.ShouldBe(0);

        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor", Ct));
        html.ShouldContain($"{preventionAfter.Active} van {preventionAfter.Partners} partners actief (laatste 90 dagen)");
    }

    [Fact]
    public async Task The_pdf_report_opens_and_has_the_dashboards_numbers()
    {
        var client = factory.CreateClient();
        var statuses = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/status", Ct)).EnumerateArray().ToList();
        var response = await client.GetAsync($"/api/v1/regions/{Region}/report?period=2026Q4&format=pdf", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        using var pdf = PdfReader.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), PdfDocumentOpenMode.Import);
        pdf.PageCount.ShouldBeGreaterThanOrEqualTo(2);
        pdf.Info.Title.ShouldBe("Voortgangsrapportage Samen Gezond IJssel-Vecht");
        pdf.Pages[0].Width.Millimeter.ShouldBe(210, 0.5);
        pdf.Pages[0].Height.Millimeter.ShouldBe(297, 0.5);
        var text = PdfText.Of(pdf);
        int Count(string status) => statuses.Count(s => s.GetProperty("status").GetString() == status);
        text.ShouldContain($"Van de {statuses.Count} resultaten zijn er {Count("Achieved")} gehaald en {Count("OnTrack")} op koers;");
        text.ShouldContain($"{Count("AtRisk")} lopen risico en {Count("OffTrack")} zijn niet op koers.");
        text.ShouldContain("Stand per onderdeel");
        text.ShouldContain("Actualiteit van de cijfers");
        text.ShouldContain("Mentaal Welbevinden");
        text.ShouldContain($"Pagina {pdf.PageCount} van {pdf.PageCount}");
    }

    [Fact]
    public async Task The_word_report_has_heading_styles_header_rows_and_the_dashboards_numbers()
    {
        var client = factory.CreateClient();
        var statuses = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/status", Ct)).EnumerateArray().ToList();
        var response = await client.GetAsync($"/api/v1/regions/{Region}/report?period=2026Q4&format=docx", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var body = docx.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
            .Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true).ToList();
        headings[0].ShouldBe(("Heading1", "Voortgangsrapportage Samen Gezond IJssel-Vecht"));
        headings.ShouldContain(("Heading2", "Samenvatting"));
        headings.ShouldContain(("Heading2", "Actualiteit van de cijfers"));
        headings.ShouldContain(("Heading3", "Mentaal Welbevinden"));
        // The heading styles carry an outline level, which is what Word's navigation pane reads.
        var styles = docx.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(1);

        var tables = body.Elements<Table>().ToList();
        tables.Count.ShouldBeGreaterThan(3);
        tables.ShouldAllBe(t => t.Elements<TableRow>().First().TableRowProperties!.Elements<TableHeader>().Any());
        var summary = tables[0].Elements<TableRow>().Skip(1).ToDictionary(r => r.Elements<TableCell>().First().InnerText, r => int.Parse(r.Elements<TableCell>().Last().InnerText));
        int Count(string status) => statuses.Count(s => s.GetProperty("status").GetString() == status);
        summary["gehaald"].ShouldBe(Count("Achieved"));
        summary["op koers"].ShouldBe(Count("OnTrack"));
        summary["risico"].ShouldBe(Count("AtRisk"));
        summary["niet op koers"].ShouldBe(Count("OffTrack"));
        summary["geen gegevens"].ShouldBe(Count("NoData"));
        body.InnerText.ShouldContain($"Van de {statuses.Count} resultaten zijn er {Count("Achieved")} gehaald");

        var page = await client.GetStringAsync($"/regio/{Region}/monitor/rapport?periode=2026KW04", Ct);
        page.ShouldContain($"/api/v1/regions/{Region}/report?period=2026KW04&amp;format=docx");
        (await client.GetAsync($"/api/v1/regions/{Region}/report?format=odt", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_board_report_names_the_plan_version_in_force_at_the_periods_end_or_the_one_asked_for()
    {
        var number = await factory.WithDbAsync(async db =>
        {
            var next = (await db.Set<PlanVersion>().Where(v => v.RegionId == Region).MaxAsync(v => (int?)v.Number, Ct) ?? 0) + 1;
            db.Add(new PlanVersion { RegionId = Region, Number = next, Label = "Werkagenda 2026 vastgesteld", Date = new DateOnly(2025, 12, 1), Snapshot = "{}" });
            db.Add(new PlanVersion { RegionId = Region, Number = next + 1, Label = "Werkagenda 2028", Date = new DateOnly(2027, 12, 1), Snapshot = "{}" });
            await db.SaveChangesAsync(Ct);
            return next;
        });
        var client = factory.CreateClient();

        // 2026Q1 ends on 31 March 2026: the December 2025 version is in force, the 2027 one is not yet.
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/report?period=2026Q1", Ct);
        report.GetProperty("planVersion").GetProperty("number").GetInt32().ShouldBe(number);
        report.GetProperty("planVersionLine").GetString().ShouldBe($"Gemeten tegen planversie {number}: Werkagenda 2026 vastgesteld (1 december 2025).");

        var asked = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/report?period=2026Q1&planVersion={number + 1}", Ct);
        asked.GetProperty("planVersion").GetProperty("number").GetInt32().ShouldBe(number + 1);

        var unknown = await client.GetAsync($"/api/v1/regions/{Region}/report?period=2026Q1&planVersion=9999", Ct);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync(Ct)).ShouldContain("Planversie 9999 bestaat niet");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/regio/{Region}/monitor/rapport?periode=2026KW01", Ct));
        page.ShouldContain($"Gemeten tegen planversie {number}: Werkagenda 2026 vastgesteld");
        var pdf = await client.GetByteArrayAsync($"/api/v1/regions/{Region}/report?period=2026Q1&format=pdf", Ct);
        pdf.Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_result_is_found_by_its_key_with_status_explanation_and_projection()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        (await coordinator.PostAsJsonAsync("/api/v1/measurements", new[]
        {
            new { indicator = "acp-75plus", area = Region, period = "2024KW04", value = 8.0 },
            new { indicator = "acp-75plus", area = Region, period = "2025KW01", value = 9.5 },
            new { indicator = "acp-75plus", area = Region, period = "2025KW02", value = 11.0 },
            new { indicator = "acp-75plus", area = Region, period = "2025KW03", value = 12.5 },
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "acp-75plus" }, Ct);

        var client = factory.CreateClient();
        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/results/zt-d1-r1", Ct);
        result.GetProperty("regionId").GetString().ShouldBe(Region);
        result.GetProperty("resultKey").GetString().ShouldBe("zt-d1-r1");
        result.GetProperty("status").GetString().ShouldBe("OffTrack");
        result.GetProperty("explanation").GetString().ShouldBe("Bij dit tempo komt het aandeel op 14% eind 2025; het doel is 20%.");
        result.GetProperty("projection").GetProperty("value").GetDouble().ShouldBe(14, 0.1);
        var perRegion = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/zt-d1-r1/status", Ct);
        result.GetRawText().ShouldBe(perRegion.GetRawText());

        (await client.GetAsync("/api/v1/results/bestaat-niet", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Keys are unique per region only: an imported plan may reuse one, and then the answer says where to ask.
        await factory.WithDbAsync(async db =>
        {
            var goal = await db.Goals.Where(g => g.RegionId == "flevoland").OrderBy(g => g.Id).FirstAsync(Ct);
            db.Results.Add(new PlanResult { RegionId = "flevoland", Key = "glp-d5-r7", GoalId = goal.Id, Title = "Dubbele sleutel" });
            return await db.SaveChangesAsync(Ct);
        });
        var ambiguous = await client.GetAsync("/api/v1/results/glp-d5-r7", Ct);
        ambiguous.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ambiguous.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("monitoring.result-ambiguous");
        problem.GetProperty("regions").EnumerateArray().Select(r => r.GetString()).ShouldBe(["flevoland", Region]);
        problem.GetProperty("title").GetString()!.ShouldContain("/api/v1/regions/{regio}/results/glp-d5-r7/status");

        var openApi = await client.GetStringAsync("/openapi/v1.json", Ct);
        openApi.ShouldContain("\"/api/v1/results/{key}\"");
    }
}

/// <summary>The text a PDF shows, read back from its content streams (Tj and TJ operators) with PDFsharp.</summary>
internal static class PdfText
{
    public static string Of(PdfSharp.Pdf.PdfDocument pdf)
    {
        var text = new System.Text.StringBuilder();
        foreach (var page in pdf.Pages)
            Collect(PdfSharp.Pdf.Content.ContentReader.ReadContent(page), text);
        return text.ToString();
    }

    private static void Collect(PdfSharp.Pdf.Content.Objects.CObject item, System.Text.StringBuilder text)
    {
        switch (item)
        {
            case PdfSharp.Pdf.Content.Objects.COperator { OpCode.Name: "Tj" or "TJ" } op:
                foreach (var operand in op.Operands) Strings(operand, text);
                text.Append(' '); // wrapped lines join back into sentences
                break;
            case PdfSharp.Pdf.Content.Objects.CSequence sequence:
                foreach (var child in sequence) Collect(child, text);
                break;
        }
    }

    private static void Strings(PdfSharp.Pdf.Content.Objects.CObject operand, System.Text.StringBuilder text)
    {
        if (operand is PdfSharp.Pdf.Content.Objects.CString s) text.Append(s.Value);
        else if (operand is PdfSharp.Pdf.Content.Objects.CArray array) foreach (var a in array) Strings(a, text);
    }
}

public sealed class MonitoringDashboardTestsOnSqlite(SqliteAppFactory f) : MonitoringDashboardTests(f), IClassFixture<SqliteAppFactory>;
public sealed class MonitoringDashboardTestsOnPostgres(PostgresAppFactory f) : MonitoringDashboardTests(f), IClassFixture<PostgresAppFactory>;
