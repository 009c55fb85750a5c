using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Modules.Monitoring.Connectors;
using Regiokompas.Web.Tests.Infrastructure;
using Regiokompas.Web.Tests.Monitoring.Import;

namespace Regiokompas.Web.Tests.Monitoring.Regiobeeld;

/// <summary>A plain start (no --demo) has real CBS figures; the regiobeeld shows them with the source; once per database.</summary>
public abstract class RegiobeeldTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string> Names = new()
    {
        ["GM0148"] = "Dalfsen", ["GM0160"] = "Hardenberg", ["GM0166"] = "Kampen", ["GM0175"] = "Ommen",
        ["GM0180"] = "Staphorst", ["GM1708"] = "Steenwijkerland", ["GM1896"] = "Zwartewaterland", ["GM0193"] = "Zwolle",
    };

    /// <summary>Inhabitants on 1 January per municipality and year, straight from CBS's recorded OData response.</summary>
    private static Dictionary<(string Area, string Period), long> Population()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(OpenData.File("cbs-odata4-03759ned-bevolking", "observations-page-1.json")));
        var result = new Dictionary<(string, string), long>();
        foreach (var o in doc.RootElement.GetProperty("value").EnumerateArray())
        {
            if (o.GetProperty("Measure").GetString() != "M000352" || o.GetProperty("Value").ValueKind != JsonValueKind.Number) continue;
            if (o.GetProperty("Geslacht").GetString() != "T001038" || o.GetProperty("Leeftijd").GetString() != "10000"
                || o.GetProperty("BurgerlijkeStaat").GetString() != "T001019") continue;
            result[(o.GetProperty("RegioS").GetString()!.Trim(), o.GetProperty("Perioden").GetString()!)] = o.GetProperty("Value").GetInt64();
        }
        return result;
    }

    private static string Nl(long n) => n.ToString("#,##0", CultureInfo.GetCultureInfo("nl-NL"));

    [Fact]
    public async Task A_plain_start_shows_real_cbs_figures_for_every_municipality_with_the_source()
    {
        var population = Population();
        var html = await factory.CreateClient().GetStringAsync($"/regio/{Region}/regiobeeld", Ct);
        html.ShouldContain("Bron: CBS");
        html.ShouldContain("CC BY 4.0");
        html.ShouldNotContain("fictief", Case.Insensitive);
        foreach (var (code, name) in Names)
        {
            html.ShouldContain($"<h3>{name}</h3>");
            html.ShouldContain(Nl(population[(code, "2026JJ00")]), customMessage: $"{name} 2026");
        }
        var region2026 = Names.Keys.Sum(c => population[(c, "2026JJ00")]);
        region2026.ShouldBe(392605);
        html.ShouldContain(Nl(region2026));
        html.ShouldContain(Nl(Names.Keys.Sum(c => population[(c, "2019JJ00")])));
        // The region nav links here.
        html.ShouldContain($"href=\"/regio/{Region}/regiobeeld\" aria-current=\"page\"");
        // A coordinator's form is not shown to the public.
        html.ShouldNotContain("Toelichting schrijven");
    }

    [Fact]
    public async Task The_api_gives_the_same_numbers_and_no_regional_share_from_rounded_percentages()
    {
        var population = Population();
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/regiobeeld", Ct);
        json.GetProperty("attribution").GetString().ShouldBe("Bron: CBS");
        json.GetProperty("licence").GetString().ShouldBe("CC BY 4.0");
        json.GetProperty("fictitious").GetBoolean().ShouldBeFalse();
        var inhabitants = json.GetProperty("inhabitants").EnumerateArray().ToList();
        inhabitants.Select(f => f.GetProperty("year").GetString()).ShouldBe(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
        inhabitants[^1].GetProperty("value").GetDouble().ShouldBe(392605);
        var first = Names.Keys.Sum(c => population[(c, "2019JJ00")]);
        json.GetProperty("inhabitantsChange").GetDouble().ShouldBe(392605 - first);

        var municipalities = json.GetProperty("municipalities").EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);
        municipalities.Keys.Order().ShouldBe(Names.Keys.Order());
        foreach (var (code, m) in municipalities)
            m.GetProperty("lastInhabitants").GetProperty("value").GetDouble().ShouldBe(population[(code, "2026JJ00")]);
        // Whole percentages per municipality as CBS publishes them (Zwolle 2023: 17%)...
        municipalities["GM0193"].GetProperty("latest").GetProperty("aandeel-65plus").GetProperty("value").GetDouble().ShouldBe(17);
        // ...and no regional share made from them.
        var share = json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "aandeel-65plus");
        share.GetProperty("regionFigures").GetArrayLength().ShouldBe(0);
        // Age structure 2020 sums to the inhabitants of 2020.
        json.GetProperty("ageStructure").EnumerateArray().Sum(a => a.GetProperty("count").GetDouble())
            .ShouldBe(Names.Keys.Sum(c => population[(c, "2020JJ00")]));
        // Each population indicator says which results it informs.
        var eighty = json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "inwoners-80plus");
        eighty.GetProperty("informs").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ShouldContain("zt-d1-r1");
        eighty.GetProperty("attribution").GetString().ShouldBe("Bron: CBS");
    }

    [Fact]
    public async Task The_households_theme_shows_the_regions_households_per_year_from_the_shipped_file()
    {
        // The region rows of the shipped file (the sum of its municipalities), as the page and the API must show them.
        var rows = (await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Seed", "monitoring", "cbs-figures.csv"), Ct))
            .Select(l => l.Split(',')).Where(l => l[0] == "huishoudens" && l[1] == Region).OrderBy(l => l[2], StringComparer.Ordinal).ToList();
        rows.Select(l => l[2]).ShouldBe(["2022JJ00", "2023JJ00"]);
        var html = await factory.CreateClient().GetStringAsync($"/regio/{Region}/regiobeeld", Ct);
        var section = html[html.IndexOf("id=\"thema-huishoudens\"", StringComparison.Ordinal)..html.IndexOf("id=\"gemeenten-h\"", StringComparison.Ordinal)];
        section.ShouldContain($"Op 1 januari 2023 waren er {Nl(long.Parse(rows[1][3], CultureInfo.InvariantCulture))} huishoudens in de regio.");
        foreach (var l in rows) section.ShouldContain(Nl(long.Parse(l[3], CultureInfo.InvariantCulture)));

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/regiobeeld", Ct);
        json.GetProperty("households").EnumerateArray().Select(f => f.GetProperty("value").GetDouble())
            .ShouldBe(rows.Select(l => double.Parse(l[3], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Figures_carry_their_provenance_and_a_restart_imports_nothing_twice()
    {
        var figures = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/indicators/inwoners/measurements?area=GM0193", Ct);
        var zwolle = figures.EnumerateArray().Single(f => f.GetProperty("period").GetString() == "2023JJ00");
        zwolle.GetProperty("value").GetDouble().ShouldBe(132411);
        zwolle.GetProperty("source").GetString().ShouldBe("Bron: CBS 03759ned · M000352 · opgehaald 2026-07-02 · CC BY 4.0");
        zwolle.GetProperty("fictitious").GetBoolean().ShouldBeFalse();

        var (count, audits) = await Counts();
        await factory.WithServicesAsync(async sp => { await sp.GetRequiredService<CbsFiguresSeeder>().SeedAsync(Ct); return 0; });
        (await Counts()).ShouldBe((count, audits));
        count.ShouldBeGreaterThan(300);
    }

    private Task<(int Figures, int Audits)> Counts() => factory.WithDbAsync(async db =>
        (await db.Set<Measurement>().CountAsync(m => m.SubmittedBy == CbsFiguresSeeder.ActorName && m.PublishedValue != null, Ct),
         await db.Set<AuditEntry>().CountAsync(a => a.EntityType == "MeasurementImport" || a.EntityType == "MeasurementPublication", Ct)));

    [Fact]
    public async Task Context_links_never_decide_a_status_and_show_on_the_result_page_with_the_source()
    {
        var links = await factory.WithDbAsync(db => db.Set<ResultIndicator>().Where(l => l.RegionId == Region && l.ResultKey == "zt-d1-r1")
            .Select(l => new { l.IndicatorCode, l.IsPrimary }).ToListAsync(Ct));
        links.Single(l => l.IndicatorCode == "acp-75plus").IsPrimary.ShouldBeTrue();
        links.Single(l => l.IndicatorCode == "inwoners-80plus").IsPrimary.ShouldBeFalse();

        var html = await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor/resultaat/zt-d1-r1", Ct);
        html.ShouldContain("Cijfers over de inwoners");
        html.ShouldContain("Inwoners van 80 jaar en ouder");
        html.ShouldContain("Bron: CBS (CC BY 4.0)");
    }

    [Fact]
    public async Task A_coordinator_writes_a_dated_narrative_others_may_not_and_a_stale_edit_is_refused()
    {
        var outsider = await factory.LoggedInClientAsync("coordinator", region: "flevoland");
        (await outsider.PutAsJsonAsync($"/api/v1/regions/{Region}/regiobeeld/narratives", new { theme = "leeftijd", text = "Niet van mij" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClient().PutAsJsonAsync($"/api/v1/regions/{Region}/regiobeeld/narratives", new { theme = "leeftijd", text = "x" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var saved = await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/regiobeeld/narratives",
            new { theme = "leeftijd", text = "Het aantal 80-plussers groeit het snelst in de kleinere gemeenten.", writtenOn = "2026-11-20" }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32();

        var html = await factory.CreateClient().GetStringAsync($"/regio/{Region}/regiobeeld", Ct);
        html.ShouldContain("Het aantal 80-plussers groeit het snelst in de kleinere gemeenten.");
        html.ShouldContain("20-11-2026");

        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/regiobeeld/narratives",
            new { theme = "leeftijd", text = "Nieuwe tekst", version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/regiobeeld/narratives",
            new { theme = "leeftijd", text = "Verouderd", version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/regiobeeld/narratives",
            new { theme = "weer", text = "Onbekend thema" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var api = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/regiobeeld", Ct);
        api.GetProperty("narratives").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("Nieuwe tekst");
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.RegionId == Region && a.EntityType == nameof(RegionNarrative), Ct)))
            .ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task The_shipped_file_holds_exactly_what_the_open_data_says()
    {
        var population = Population();
        var lines = (await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Seed", "monitoring", "cbs-figures.csv"), Ct)).Skip(1)
            .Select(l => l.Split(',')).ToList();
        var inhabitants = lines.Where(l => l[0] == "inwoners" && l[1].StartsWith("GM", StringComparison.Ordinal)).ToList();
        inhabitants.Count.ShouldBe(14 * 8);
        foreach (var l in inhabitants) long.Parse(l[3], CultureInfo.InvariantCulture).ShouldBe(population[(l[1], l[2])]);
        foreach (var l in lines.Where(l => l[0].StartsWith("aandeel-", StringComparison.Ordinal)))
        {
            l[1].ShouldStartWith("GM");
            l[3].ShouldMatch("^[0-9]{1,3}$");
        }
        lines.ShouldAllBe(l => l[5].StartsWith("Bron: CBS ", StringComparison.Ordinal));
    }
}

public sealed class RegiobeeldTestsOnSqlite(SqliteAppFactory f) : RegiobeeldTests(f), IClassFixture<SqliteAppFactory>;
public sealed class RegiobeeldTestsOnPostgres(PostgresAppFactory f) : RegiobeeldTests(f), IClassFixture<PostgresAppFactory>;
