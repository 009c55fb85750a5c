using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Tests.Capacity;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Privacy;

/// <summary>
/// What the public may see (issue 9, privacy items 1, 4 and 5), once per database. Each test uses
/// its own indicator or periods, as the tests of a class share one database.
/// </summary>
public abstract class PublicDisclosureTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static readonly string[] Municipalities = ["GM0148", "GM0160", "GM0166", "GM0175", "GM0180", "GM1708", "GM1896", "GM0193"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task PublishAsync(string indicator, string csv)
    {
        var coordinator = await factory.LoggedInClientAsync(Roles.Coordinator, region: Region);
        var import = await coordinator.PostAsync("/api/v1/measurements/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Ct));
        (await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Dictionary<string, JsonElement> ByArea(JsonElement list, string year) =>
        list.EnumerateArray().Where(m => m.GetProperty("period").GetString()!.StartsWith(year) && m.GetProperty("ageGroup").GetString() == "totaal")
            .ToDictionary(m => m.GetProperty("area").GetString()!);

    private static bool Hidden(JsonElement m) => m.GetProperty("suppressed").GetBoolean();

    [Fact]
    public async Task A_hidden_municipality_cannot_be_worked_out_from_the_region_total_whichever_way_it_is_asked()
    {
        // Zwolle and the rest are large; Dalfsen (GM0148) has 3, the region 1723 = the sum of all eight.
        var counts = new Dictionary<string, int>
        {
            ["GM0148"] = 3, ["GM0160"] = 300, ["GM0166"] = 200, ["GM0175"] = 150, ["GM0180"] = 120, ["GM1708"] = 100, ["GM1896"] = 250, ["GM0193"] = 600,
        };
        var csv = new StringBuilder("indicator,area,period,numerator,denominator\n");
        foreach (var (area, n) in counts) csv.Append($"valrisico-65plus,{area},2023,{n},{n * 20 + 1000}\n");
        csv.Append($"valrisico-65plus,{Region},2023,{counts.Values.Sum()},{counts.Values.Sum(n => n * 20 + 1000)}\n");
        await PublishAsync("valrisico-65plus", csv.ToString());

        var anonymous = factory.CreateClient();
        foreach (var url in new[]
                 {
                     "/api/v1/indicators/valrisico-65plus/measurements?from=2023&to=2023",  // no area: the subtraction
                     $"/api/v1/indicators/valrisico-65plus/measurements?area={Region}",
                 })
        {
            var cells = ByArea(await anonymous.GetFromJsonAsync<JsonElement>(url, Ct), "2023");
            Hidden(cells["GM0148"]).ShouldBeTrue(url);
            cells["GM0148"].TryGetProperty("numerator", out _).ShouldBeFalse();
            // The region minus the shown municipalities must leave at least two unknown cells, never Dalfsen alone.
            var unknown = Municipalities.Count(m => !cells.TryGetValue(m, out var c) || Hidden(c)) + (Hidden(cells[Region]) ? 1 : 0);
            unknown.ShouldBeGreaterThanOrEqualTo(2, url);
            if (!Hidden(cells[Region]))
            {
                var rest = cells[Region].GetProperty("numerator").GetDouble()
                    - Municipalities.Where(m => !Hidden(cells[m])).Sum(m => cells[m].GetProperty("numerator").GetDouble());
                rest.ShouldNotBe(3, url);
            }
        }
        // Asking for one municipality at a time shows nothing the whole table hides.
        var whole = ByArea(await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/indicators/valrisico-65plus/measurements", Ct), "2023");
        foreach (var m in Municipalities.Where(m => Hidden(whole[m])))
        {
            var one = ByArea(await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/valrisico-65plus/measurements?area={m}", Ct), "2023");
            Hidden(one[m]).ShouldBeTrue(m);
        }
    }

    [Fact]
    public async Task A_hidden_region_figure_is_not_in_the_result_status_either()
    {
        // 2022: the region alone, with a numerator of 3. glp-d5-r6 is measured by valrisico-65plus for the region.
        await PublishAsync("valrisico-65plus", "indicator,area,period,numerator,denominator\n" +
            $"valrisico-65plus,{Region},2022,3,60000\nvalrisico-65plus,{Region},2021,4000,59000\n");
        var anonymous = factory.CreateClient();
        var region = ByArea(await anonymous.GetFromJsonAsync<JsonElement>(
            $"/api/v1/indicators/valrisico-65plus/measurements?area={Region}&from=2022&to=2022", Ct), "2022");
        Hidden(region[Region]).ShouldBeTrue();

        var status = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/glp-d5-r6/status", Ct);
        var periods = status.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()!).ToList();
        periods.ShouldContain(p => p.StartsWith("2021")); // the shown figure is there
        periods.ShouldNotContain(p => p.StartsWith("2022"));
        var page = await anonymous.GetStringAsync($"/regio/{Region}/monitor/resultaat/glp-d5-r6", Ct);
        page.ShouldContain("<th scope=\"row\">2021</th>"); // periods read in words: 2021JJ00 is "2021"
        page.ShouldNotContain("<th scope=\"row\">2022");
    }

    [Fact]
    public async Task Every_indicator_that_counts_people_hides_small_counts_unless_it_opts_out_with_a_reason()
    {
        var indicators = await factory.WithDbAsync(db => db.Set<Indicator>().AsNoTracking().ToListAsync(Ct));
        indicators.Where(i => !i.SuppressSmallCounts).ShouldAllBe(i => !string.IsNullOrWhiteSpace(i.SuppressionOptOutReason));
        indicators.Count(i => i.SuppressSmallCounts).ShouldBeGreaterThanOrEqualTo(10); // was 3 of 21
        indicators.Single(i => i.Code == "zelftriage").SuppressSmallCounts.ShouldBeTrue();

        // zelftriage had no suppression before: 2 of 400 questions in one municipality was public.
        await PublishAsync("zelftriage", "indicator,area,period,numerator,denominator\nzelftriage,GM0160,2024Q1,2,400\nzelftriage,GM0193,2024Q1,900,3000\n");
        var cells = ByArea(await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/indicators/zelftriage/measurements?from=2024Q1&to=2024Q1", Ct), "2024");
        Hidden(cells["GM0160"]).ShouldBeTrue();
        cells["GM0160"].TryGetProperty("value", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Real_figures_carry_no_demo_notice()
    {
        var page = await factory.CreateClient().GetStringAsync("/regio/flevoland/monitor", Ct);
        page.ShouldNotContain("demo-notice");
    }

    [Fact]
    public async Task Anonymous_capacity_readers_get_no_counts_per_unit()
    {
        var unit = await factory.CreateUnitAsync(open: 3, occupied: 1, type: "ggz-intake");
        var anonymous = factory.CreateClient();
        (await anonymous.GetAsync($"/api/v1/capacity?region={Region}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/v1/capacity/units/{unit}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var bundle = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/capacity/fhir/measure-reports?region={Region}", Ct);
        var reports = bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
        reports.ShouldNotBeEmpty();
        reports.ShouldNotContain(r => r.GetProperty("id").GetString() == unit.ToString());
        var counts = reports.SelectMany(r => r.GetProperty("group").EnumerateArray())
            .SelectMany(g => g.GetProperty("population").EnumerateArray())
            .Where(p => p.TryGetProperty("count", out _)).Select(p => p.GetProperty("count").GetInt32()).ToList();
        counts.ShouldAllBe(c => c == 0 || c >= 5);
        var intake = reports.Single(r => r.GetProperty("id").GetString() == $"{Region}-ggz-intake");
        var available = intake.GetProperty("group")[0].GetProperty("population")[0];
        if (!available.TryGetProperty("count", out _)) available.GetProperty("code").GetProperty("text").GetString()!.ShouldContain("klein aantal");

        // Signed in, the same routes give the unit.
        var reader = await factory.TokenClientAsync(Region, CapacityTestSupport.Provider);
        (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/capacity/units/{unit}", Ct)).GetProperty("free").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Public_action_pages_name_the_organisation_not_the_person_who_wrote_a_note()
    {
        var member = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: "ggd-ijsselland");
        var me = await member.GetStringAsync("/", Ct);
        var name = System.Text.RegularExpressions.Regex.Match(me, "<span class=\"who\">([^<]+)</span>").Groups[1].Value;
        name.ShouldStartWith("Test ");
        (await member.PostAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a4/notes",
            new { date = "2026-10-01", text = "Werksessie met de opleidingen gepland." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var token = await factory.TokenClientAsync(Region, "ggd-ijsselland");
        (await token.PostAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a4/notes",
            new { date = "2026-10-02", text = "Lesmateriaal gedeeld via de koppeling." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var page = await factory.CreateClient().GetStringAsync($"/regio/{Region}/actie/glp-d1-a4", Ct);
        page.ShouldContain("Werksessie met de opleidingen gepland.");
        page.ShouldNotContain(name);
        page.ShouldNotContain("API-token");
        page.ShouldContain("(GGD IJsselland)");

        var signedIn = await member.GetStringAsync($"/regio/{Region}/actie/glp-d1-a4", Ct);
        signedIn.ShouldContain($"({name})");
    }
}

public sealed class PublicDisclosureTestsOnSqlite(SqliteAppFactory f) : PublicDisclosureTests(f), IClassFixture<SqliteAppFactory>;
public sealed class PublicDisclosureTestsOnPostgres(PostgresAppFactory f) : PublicDisclosureTests(f), IClassFixture<PostgresAppFactory>;

/// <summary>Demo figures are marked as fictitious wherever they are shown (issue 9, item 6); own database, as demo figures fill a region.</summary>
public abstract class DemoFiguresMarkingTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_figures_are_marked_fictitious_on_every_page_report_and_api_that_shows_them()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoFiguresSeeder>().SeedAsync(Ct);
        var notice = MonitoringTexts.Get("monitoring.demo-notice");
        var anonymous = factory.CreateClient();
        foreach (var url in new[]
                 {
                     $"/regio/{Region}/monitor", $"/regio/{Region}/monitor/resultaat/zt-d1-r1",
                     $"/regio/{Region}/monitor/vergelijken", $"/regio/{Region}/monitor/rapport",
                 })
        {
            var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync(url, Ct));
            html.ShouldContain(notice, customMessage: url);
        }

        var figures = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/acp-75plus/measurements?area={Region}", Ct);
        figures.EnumerateArray().ShouldNotBeEmpty();
        figures.EnumerateArray().ShouldAllBe(m => m.GetProperty("fictitious").GetBoolean());
        var status = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/zt-d1-r1/status", Ct);
        status.GetProperty("fictitious").GetBoolean().ShouldBeTrue();
        var report = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/report", Ct);
        report.GetProperty("fictitious").GetBoolean().ShouldBeTrue();

        var docx = await anonymous.GetByteArrayAsync($"/api/v1/regions/{Region}/report?format=docx", Ct);
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        WebUtility.HtmlDecode(await reader.ReadToEndAsync(Ct)).ShouldContain(notice);
    }

}

public sealed class DemoFiguresMarkingTestsOnSqlite(SqliteAppFactory f) : DemoFiguresMarkingTests(f), IClassFixture<SqliteAppFactory>;
public sealed class DemoFiguresMarkingTestsOnPostgres(PostgresAppFactory f) : DemoFiguresMarkingTests(f), IClassFixture<PostgresAppFactory>;
