using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Monitoring.Measurements;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>
/// The monitor over HTTP, once per database. The tests of a class share one database, so each
/// test uses its own indicator or periods.
/// </summary>
public abstract class MonitoringApiTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private Task<HttpClient> CoordinatorAsync() => factory.LoggedInClientAsync("coordinator", region: Region);

    private async Task<JsonElement> StatusAsync(string resultKey) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/{resultKey}/status", Ct);

    [Fact]
    public async Task Every_seeded_result_of_IJssel_Vecht_has_a_status()
    {
        var statuses = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/results/status", Ct);
        var list = statuses.EnumerateArray().ToList();
        list.Count.ShouldBeGreaterThan(40);
        list.ShouldAllBe(s => s.GetProperty("status").GetString()!.Length > 0 && s.GetProperty("explanation").GetString()!.Length > 0);
        // Every result with a linked indicator reports it (the link that decides the status; context links of public statistics do not; read from the database).
        var linked = await factory.WithDbAsync(db => db.Set<ResultIndicator>().Where(l => l.RegionId == Region && l.IsPrimary).Select(l => l.ResultKey).Distinct().CountAsync(Ct));
        list.Count(s => s.TryGetProperty("indicatorCode", out _)).ShouldBe(linked);
        (await factory.CreateClient().GetAsync("/api/v1/regions/atlantis/results/status", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_region_lists_its_indicators_with_the_results_they_measure()
    {
        var indicators = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/indicators", Ct);
        var acp = indicators.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "acp-75plus");
        acp.GetProperty("unit").GetString().ShouldBe("Percent");
        acp.GetProperty("results").EnumerateArray().Select(r => r.GetString()).ShouldBe(["zt-d1-r1"]);
        indicators.EnumerateArray().ShouldContain(i => i.GetProperty("level").GetString() == "Risk" && i.GetProperty("warningThreshold").GetDouble() > 0);
    }

    [Fact]
    public async Task Writing_figures_needs_a_login()
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/measurements/import", Csv("indicator,area,period,value\n"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_csv_with_one_bad_line_changes_nothing_and_names_that_line()
    {
        var client = await CoordinatorAsync();
        var response = await client.PostAsync("/api/v1/measurements/import", Csv(
            "indicator;area;period;value\n" +
            "zelftriage;ijssel-vecht;2025KW01;12\n" +
            "zelftriage;ijssel-vecht;2025KW02;112\n" +
            "zelftriage;ijssel-vecht;2025KW03;16\n"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("imported").GetInt32().ShouldBe(0);
        var error = body.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("line").GetInt32().ShouldBe(3);
        error.GetProperty("field").GetString().ShouldBe("value");
        error.GetProperty("message").GetString().ShouldBe("Een percentage kan niet boven 100 liggen (112).");
        (await factory.WithDbAsync(db => db.Set<Measurement>().CountAsync(m => m.IndicatorCode == "zelftriage", Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_dry_run_answers_the_counts_and_writes_nothing()
    {
        var client = await CoordinatorAsync();
        var response = await client.PostAsync("/api/v1/measurements/import?dryRun=true", Csv(
            "indicator,area,period,value\nzelftriage,ijssel-vecht,2024KW01,5\nzelftriage,ijssel-vecht,2024KW02,6\n"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("imported").GetInt32().ShouldBe(2);
        body.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        (await factory.WithDbAsync(db => db.Set<Measurement>().CountAsync(m => m.IndicatorCode == "zelftriage", Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_valid_csv_once_published_moves_the_status_and_its_sentence()
    {
        (await StatusAsync("zt-d1-r1")).GetProperty("status").GetString().ShouldBe("NoData");
        var client = await CoordinatorAsync();
        var response = await client.PostAsync("/api/v1/measurements/import", Csv(
            "indicator;area;period;value\n" +
            "acp-75plus;ijssel-vecht;2024KW04;8\n" +
            "acp-75plus;ijssel-vecht;2025KW01;9,5\n" +
            "acp-75plus;ijssel-vecht;2025KW02;11\n" +
            "acp-75plus;ijssel-vecht;2025KW03;12,5\n"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("imported").GetInt32().ShouldBe(4);

        (await StatusAsync("zt-d1-r1")).GetProperty("status").GetString().ShouldBe("NoData"); // not yet checked
        var published = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "acp-75plus" }, Ct);
        (await published.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("published").GetInt32().ShouldBe(4);

        var status = await StatusAsync("zt-d1-r1");
        status.GetProperty("status").GetString().ShouldBe("OffTrack");
        status.GetProperty("explanation").GetString().ShouldBe("Bij dit tempo komt het aandeel op 14% eind 2025; het doel is 20%.");
        status.GetProperty("explanationCode").GetString().ShouldBe("monitoring.status.off-track");
        status.GetProperty("projection").GetProperty("value").GetDouble().ShouldBe(14, 0.1);
        status.GetProperty("points").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task Sending_figures_twice_is_harmless_and_a_correction_keeps_the_old_value()
    {
        var client = await CoordinatorAsync();
        var figures = new[] { new { indicator = "valrisico-65plus", area = Region, period = "2024", numerator = 4000.0, denominator = 50000.0 } };
        var first = await client.PostAsJsonAsync("/api/v1/measurements", figures, Ct);
        (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("imported").GetInt32().ShouldBe(1);
        var again = await client.PostAsJsonAsync("/api/v1/measurements", figures, Ct);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("imported").GetInt32().ShouldBe(0);
        body.GetProperty("unchanged").GetInt32().ShouldBe(1);

        var corrected = new[] { new { indicator = "valrisico-65plus", area = Region, period = "2024JJ00", numerator = 4500.0, denominator = 50000.0 } };
        (await client.PostAsJsonAsync("/api/v1/measurements", corrected, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var m = await factory.WithDbAsync(db => db.Set<Measurement>().Include(x => x.Revisions)
            .SingleAsync(x => x.IndicatorCode == "valrisico-65plus" && x.AreaCode == Region, Ct));
        m.Value.ShouldBe(9);
        m.Revisions.ShouldHaveSingleItem().Value.ShouldBe(8);
    }

    [Fact]
    public async Task The_public_api_hides_a_count_of_three_and_a_second_figure_so_the_total_does_not_reveal_it()
    {
        var client = await CoordinatorAsync();
        var response = await client.PostAsync("/api/v1/measurements/import", Csv(
            "indicator,area,period,numerator,denominator\n" +
            "valpreventie-programma-65plus,GM0193,2024JJ00,600,20000\n" +
            "valpreventie-programma-65plus,GM0148,2024JJ00,3,5000\n" +
            "valpreventie-programma-65plus,GM0160,2024JJ00,300,10000\n" +
            "valpreventie-programma-65plus,ijssel-vecht,2024JJ00,903,35000\n"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await client.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "valpreventie-programma-65plus" }, Ct);

        var shown = await factory.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/v1/indicators/valpreventie-programma-65plus/measurements?area={Region}", Ct);
        var byArea = shown.EnumerateArray().ToDictionary(m => m.GetProperty("area").GetString()!);
        byArea["GM0193"].GetProperty("value").GetDouble().ShouldBe(3);
        byArea["GM0148"].GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        byArea["GM0148"].TryGetProperty("value", out _).ShouldBeFalse();
        byArea["GM0148"].TryGetProperty("numerator", out _).ShouldBeFalse();
        // 903 - 600 - 300 = 3: so Hardenberg (the smallest other figure) is hidden as well, and the region stays.
        byArea["GM0160"].GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        byArea["GM0160"].TryGetProperty("numerator", out _).ShouldBeFalse();
        byArea[Region].GetProperty("numerator").GetDouble().ShouldBe(903);
        shown.GetRawText().ShouldNotContain("\"numerator\":3,");
    }

    [Fact]
    public async Task An_organisation_token_may_not_send_figures_it_does_not_deliver()
    {
        var client = await factory.TokenClientAsync(Region, "ggd-ijsselland");
        var response = await client.PostAsync("/api/v1/measurements/import", Csv("indicator,area,period,value\nzelftriage,ijssel-vecht,2023KW01,5\n"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("code").GetString().ShouldBe("monitoring.not-allowed-indicator");
    }

    [Fact]
    public async Task Only_the_coordinator_publishes()
    {
        var partner = await factory.TokenClientAsync(Region, "ggd-ijsselland");
        var response = await partner.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_story_needs_consent_before_it_is_public_and_the_public_sees_only_public_ones()
    {
        var client = await CoordinatorAsync();
        var noConsent = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/stories", new
        {
            kind = "Quote", text = "Ik weet nu bij wie ik terecht kan.", date = "2025-10-01", source = "ResidentsPanel",
            @public = true, resultKeys = new[] { "mw-d3-r1" },
        }, Ct);
        noConsent.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await noConsent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("monitoring.story-needs-consent");

        var internalStory = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/stories", new
        {
            kind = "Observation", text = "Wachtlijst bij de praktijkondersteuner loopt op.", date = "2025-10-02", source = "Professional",
            resultKeys = new[] { "mw-d3-r1" },
        }, Ct);
        internalStory.StatusCode.ShouldBe(HttpStatusCode.Created);
        var publicStory = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/stories", new
        {
            kind = "Quote", text = "Ik weet nu bij wie ik terecht kan.", date = "2025-10-01", source = "ResidentsPanel", municipalityCode = "GM0193",
            consentDate = "2025-10-01", @public = true, resultKeys = new[] { "mw-d3-r1" },
        }, Ct);
        publicStory.StatusCode.ShouldBe(HttpStatusCode.Created);

        var seen = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/stories?result=mw-d3-r1", Ct);
        seen.EnumerateArray().Select(s => s.GetProperty("text").GetString()).ShouldBe(["Ik weet nu bij wie ik terecht kan."]);
        var all = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/stories?result=mw-d3-r1", Ct);
        all.GetArrayLength().ShouldBe(2);
        (await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor/resultaat/mw-d3-r1", Ct))
            .ShouldContain("Het verhaal achter de cijfers");
    }

    [Fact]
    public async Task The_cbs_population_table_loads_through_the_same_import_path()
    {
        var outcome = await factory.WithServicesAsync(async sp =>
        {
            var mapping = new CbsTableMapping("03759ned", [new("inwoners", "M000352",
                new Dictionary<string, string> { ["Geslacht"] = "T001038", ["Leeftijd"] = "10000", ["BurgerlijkeStaat"] = "T001019" })]);
            var followed = new HashSet<string>([.. Import.ImportTestCatalogue.IJsselVecht, .. Import.ImportTestCatalogue.Flevoland, "NL01"]);
            await using var file = Import.OpenData.Open("cbs-odata4-03759ned-bevolking", "observations-page-1.json");
            var page = await CbsODataReader.ReadPageAsync(file, mapping, new CbsReadCounts(), followed.Contains, Ct);
            return await sp.GetRequiredService<ImportMeasurementsHandler>().HandleAsync(page.Rows.ToAsyncEnumerable(), [], dryRun: false,
                new Actor("beheer", IsAdministrator: true), "CBS-import", Ct);
        });
        outcome.Errors.ShouldBeEmpty();
        outcome.Imported.ShouldBe(8 * 15);
        var zwolle = await factory.WithDbAsync(db => db.Set<Measurement>()
            .SingleAsync(m => m.IndicatorCode == "inwoners" && m.AreaCode == "GM0193" && m.PeriodCode == "2024JJ00", Ct));
        zwolle.Value.ShouldBe(133141);
    }
}

public sealed class MonitoringApiTestsOnSqlite(SqliteAppFactory f) : MonitoringApiTests(f), IClassFixture<SqliteAppFactory>;
public sealed class MonitoringApiTestsOnPostgres(PostgresAppFactory f) : MonitoringApiTests(f), IClassFixture<PostgresAppFactory>;
