using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring.Indicators;

/// <summary>
/// Indicator management by a region's coordinator over the API and the pages, once per database.
/// The tests of a class share one database, so each test defines indicators with its own codes.
/// </summary>
public abstract class IndicatorManagementTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string Api = $"/api/v1/regions/{Region}";
    private const string TargetResult = "mw-d1-r3";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> CoordinatorAsync(string region = Region) => factory.LoggedInClientAsync("coordinator", region: region);

    private static object NewIndicator(string code, string name = "Aantal gemeenten met een valpreventieaanbod", string? owner = null) => new
    {
        code, name, definition = "Gemeenten in de regio met een aanbod om vallen te voorkomen.", level = "output", question = "howMuch",
        unit = "municipalities", polarity = "higherIsBetter", frequency = "yearly", source = "manual", areaLevels = new[] { "region" },
        noSuppression = "Telt gemeenten, geen personen.", owner,
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    private Task<int> AuditCountAsync(string code) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Indicator) && a.EntityKey == code, Ct));

    [Fact]
    public async Task A_coordinator_creates_edits_and_retires_an_indicator_and_every_step_is_audited()
    {
        var client = await CoordinatorAsync();
        var created = await client.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-valpreventie", owner: "gemeente-kampen"), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await JsonAsync(created);
        body.GetProperty("region").GetString().ShouldBe(Region);
        body.GetProperty("owner").GetString().ShouldBe("gemeente-kampen");
        var version = body.GetProperty("version").GetInt32();
        (await AuditCountAsync("im-valpreventie")).ShouldBeGreaterThan(0);

        var edit = JsonSerializer.SerializeToNode(NewIndicator("im-valpreventie", "Gemeenten met valpreventie"))!.AsObject();
        edit["version"] = version;
        edit["polarity"] = "lowerIsBetter";
        var edited = await client.PutAsJsonAsync($"{Api}/indicators/im-valpreventie", edit, Ct);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await JsonAsync(edited);
        after.GetProperty("definition").GetProperty("name").GetString().ShouldBe("Gemeenten met valpreventie");
        after.GetProperty("definition").GetProperty("polarity").GetString().ShouldBe("lowerIsBetter");
        (after.TryGetProperty("owner", out var owner) ? owner.ValueKind : JsonValueKind.Null).ShouldBe(JsonValueKind.Null);
        after.GetProperty("version").GetInt32().ShouldBeGreaterThan(version);
        var fields = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(Indicator) && a.EntityKey == "im-valpreventie").Select(a => a.Field).ToListAsync(Ct));
        fields.ShouldContain("Name");
        fields.ShouldContain("Polarity");

        // The same stale version again: a conflict that names the current version, and nothing changes.
        edit["name"] = "Overschreven";
        var stale = await client.PutAsJsonAsync($"{Api}/indicators/im-valpreventie", edit, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await JsonAsync(stale);
        problem.GetProperty("code").GetString().ShouldBe("edit.conflict");
        problem.GetProperty("currentVersion").GetInt32().ShouldBe(after.GetProperty("version").GetInt32());
        (await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Code == "im-valpreventie").Select(i => i.Name).SingleAsync(Ct)))
            .ShouldBe("Gemeenten met valpreventie");

        var retired = await client.PostAsJsonAsync($"{Api}/indicators/im-valpreventie/retire", new { version = after.GetProperty("version").GetInt32() }, Ct);
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(retired)).GetProperty("retiredOn").ValueKind.ShouldBe(JsonValueKind.String);
        var list = await factory.CreateClient().GetStringAsync($"{Api}/indicators", Ct);
        list.ShouldNotContain("im-valpreventie");
        (await factory.WithDbAsync(db => db.Set<Indicator>().AnyAsync(i => i.Code == "im-valpreventie", Ct))).ShouldBeTrue();
        fields = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(Indicator) && a.EntityKey == "im-valpreventie").Select(a => a.Field).ToListAsync(Ct));
        fields.ShouldContain("RetiredOn");
    }

    [Fact]
    public async Task A_broken_rule_is_refused_in_Dutch_and_stores_nothing()
    {
        var client = await CoordinatorAsync();
        var risk = JsonSerializer.SerializeToNode(NewIndicator("im-risico-zonder-signaal"))!.AsObject();
        risk["level"] = "risk";
        var response = await client.PostAsJsonAsync($"{Api}/indicators", risk, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(response)).GetProperty("title").GetString().ShouldBe("Een risico-indicator heeft een signaalwaarde nodig.");

        var unknownOwner = await client.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-onbekende-eigenaar", owner: "gemeente-almere"), Ct);
        unknownOwner.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(unknownOwner)).GetProperty("title").GetString().ShouldBe("'gemeente-almere' is geen organisatie van regio ijssel-vecht.");

        var badEnum = JsonSerializer.SerializeToNode(NewIndicator("im-verkeerde-eenheid"))!.AsObject();
        badEnum["unit"] = "liters";
        var wrong = await client.PostAsJsonAsync($"{Api}/indicators", badEnum, Ct);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(wrong)).GetProperty("title").GetString()!.ShouldStartWith("'liters' is geen geldige waarde voor unit.");

        (await factory.WithDbAsync(db => db.Set<Indicator>().CountAsync(i => i.Code.StartsWith("im-risico") || i.Code.StartsWith("im-onbekende")
            || i.Code.StartsWith("im-verkeerde"), Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_regions_own_coordinator_may_manage_its_indicators()
    {
        var owner = await CoordinatorAsync();
        (await owner.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-alleen-eigen-regio"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var other = await CoordinatorAsync("flevoland");
        (await other.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-van-buiten"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PutAsJsonAsync($"{Api}/results/{TargetResult}/indicators/im-alleen-eigen-regio", new { primary = true }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Through its own region the indicator of another region does not exist.
        (await other.GetAsync("/api/v1/regions/flevoland/indicators/im-alleen-eigen-regio", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync("/api/v1/regions/flevoland/indicators/im-alleen-eigen-regio/retire", new { version = 0 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var member = await factory.LoggedInClientAsync("organisation-member", region: Region, organisationKey: "ggd-ijsselland");
        (await member.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-van-partner"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.DeleteAsync($"{Api}/results/{TargetResult}/indicators/im-alleen-eigen-regio", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClient().PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-anoniem"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // A shared (CBS) indicator: the coordinator may not change its definition, only its owner in the region.
        var shared = await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.RegionId == null).Select(i => i.Code).FirstAsync(Ct));
        var detail = await JsonAsync(await owner.GetAsync($"{Api}/indicators/{shared}", Ct));
        var change = JsonSerializer.SerializeToNode(detail.GetProperty("definition"))!.AsObject();
        change["name"] = "Door één regio hernoemd";
        (await owner.PutAsJsonAsync($"{Api}/indicators/{shared}", change, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.PostAsJsonAsync($"{Api}/indicators/{shared}/retire", new { version = detail.GetProperty("version").GetInt32() }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        change = JsonSerializer.SerializeToNode(detail.GetProperty("definition"))!.AsObject();
        change["owner"] = "gemeente-ommen";
        var ownerOnly = await owner.PutAsJsonAsync($"{Api}/indicators/{shared}", change, Ct);
        ownerOnly.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(ownerOnly)).GetProperty("owner").GetString().ShouldBe("gemeente-ommen");
    }

    [Fact]
    public async Task A_result_may_have_several_indicators_and_exactly_one_decides_its_status()
    {
        var client = await CoordinatorAsync();
        (await client.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-link-een"), Ct)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-link-twee"), Ct)).EnsureSuccessStatusCode();

        (await client.PutAsJsonAsync($"{Api}/results/{TargetResult}/indicators/im-link-een", new { primary = true }, Ct)).EnsureSuccessStatusCode();
        var links = await JsonAsync(await client.PutAsJsonAsync($"{Api}/results/{TargetResult}/indicators/im-link-twee", new { primary = false }, Ct));
        links.EnumerateArray().Count(l => l.GetProperty("primary").GetBoolean()).ShouldBe(1);
        links.EnumerateArray().Single(l => l.GetProperty("primary").GetBoolean()).GetProperty("indicator").GetString().ShouldBe("im-link-een");
        (await StatusIndicatorAsync()).ShouldBe("im-link-een");

        links = await JsonAsync(await client.PutAsJsonAsync($"{Api}/results/{TargetResult}/indicators/im-link-twee", new { primary = true }, Ct));
        links.EnumerateArray().Count(l => l.GetProperty("primary").GetBoolean()).ShouldBe(1);
        (await StatusIndicatorAsync()).ShouldBe("im-link-twee");

        // Unlinking the deciding indicator hands the decision to another one; the audit trail has both steps.
        links = await JsonAsync(await client.DeleteAsync($"{Api}/results/{TargetResult}/indicators/im-link-twee", Ct));
        links.EnumerateArray().Count(l => l.GetProperty("primary").GetBoolean()).ShouldBe(1);
        (await StatusIndicatorAsync()).ShouldNotBe("im-link-twee");
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(ResultIndicator)
            && a.EntityKey == $"{TargetResult}/im-link-twee/{Region}", Ct))).ShouldBeGreaterThanOrEqualTo(2);
        (await client.DeleteAsync($"{Api}/results/{TargetResult}/indicators/im-link-twee", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PutAsJsonAsync($"{Api}/results/geen-resultaat/indicators/im-link-een", new { primary = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string?> StatusIndicatorAsync() =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>($"{Api}/results/{TargetResult}/status", Ct)).GetProperty("indicatorCode").GetString();

    [Fact]
    public async Task The_coverage_counts_nest_and_list_the_gaps()
    {
        var client = await CoordinatorAsync();
        var before = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"{Api}/indicator-coverage", Ct);
        var results = before.GetProperty("results").GetInt32();
        var withTarget = before.GetProperty("withTarget").GetInt32();
        var withIndicator = before.GetProperty("withIndicator").GetInt32();
        results.ShouldBeGreaterThan(0);
        withTarget.ShouldBeInRange(1, results);
        withIndicator.ShouldBeInRange(0, withTarget);
        before.GetProperty("withFigures").GetInt32().ShouldBeInRange(0, withIndicator);
        before.GetProperty("targetWithoutIndicator").GetArrayLength().ShouldBe(withTarget - withIndicator);

        (await client.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-dekking"), Ct)).EnsureSuccessStatusCode();
        var gap = before.GetProperty("targetWithoutIndicator").EnumerateArray().Select(r => r.GetProperty("key").GetString()!).FirstOrDefault() ?? TargetResult;
        (await client.PutAsJsonAsync($"{Api}/results/{gap}/indicators/im-dekking", new { primary = false }, Ct)).EnsureSuccessStatusCode();

        var after = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"{Api}/indicator-coverage", Ct);
        after.GetProperty("withIndicator").GetInt32().ShouldBe(Math.Min(withTarget, withIndicator + 1));
        after.GetProperty("targetWithoutIndicator").EnumerateArray().ShouldNotContain(r => r.GetProperty("key").GetString() == gap);
        after.GetProperty("indicatorsWithoutOwner").EnumerateArray().ShouldContain(i => i.GetProperty("code").GetString() == "im-dekking");
        after.GetProperty("indicatorsWithoutFigures").EnumerateArray().ShouldContain(i => i.GetProperty("code").GetString() == "im-dekking");
        (await factory.CreateClient().GetAsync("/api/v1/regions/geen-regio/indicator-coverage", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var page = await client.GetStringAsync($"/regio/{Region}/monitor/dekking", Ct);
        page.ShouldContain("data-count=\"withIndicator\"");
        page.ShouldContain("im-dekking");
    }

    [Fact]
    public async Task The_catalogue_goes_out_and_back_in_unchanged()
    {
        var client = await CoordinatorAsync();
        (await client.PostAsJsonAsync($"{Api}/indicators", NewIndicator("im-rondje", "Rondje-indicator", owner: "gemeente-dalfsen"), Ct)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"{Api}/results/{TargetResult}/indicators/im-rondje", new { primary = false }, Ct)).EnsureSuccessStatusCode();

        var exported = await client.GetStringAsync($"{Api}/indicator-catalogue", Ct);
        exported.ShouldContain("code: im-rondje");
        exported.ShouldContain("ijssel-vecht: gemeente-dalfsen");
        var audit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));

        var imported = await client.PostAsync($"{Api}/indicator-catalogue", new StringContent(exported, Encoding.UTF8, "application/yaml"), Ct);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var outcome = await JsonAsync(imported);
        (outcome.GetProperty("created").GetInt32(), outcome.GetProperty("updated").GetInt32(), outcome.GetProperty("linked").GetInt32(),
            outcome.GetProperty("unlinked").GetInt32()).ShouldBe((0, 0, 0, 0));
        (await client.GetStringAsync($"{Api}/indicator-catalogue", Ct)).ShouldBe(exported);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct))).ShouldBe(audit);

        // A changed name and a new indicator: a dry run saves nothing, the real import saves both.
        var changed = exported.Replace("name: Rondje-indicator", "name: Gemeenten met valpreventie (rondje)")
            .Replace("indicators:\n", "indicators:\n- code: im-rondje-nieuw\n  name: Nieuw uit het bestand\n  unit: percent\n  areaLevels:\n  - region\n");
        var dry = await JsonAsync(await client.PostAsync($"{Api}/indicator-catalogue?dryRun=true", new StringContent(changed), Ct));
        dry.GetProperty("created").GetInt32().ShouldBe(1);
        dry.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        (await factory.WithDbAsync(db => db.Set<Indicator>().AnyAsync(i => i.Code == "im-rondje-nieuw", Ct))).ShouldBeFalse();
        var real = await JsonAsync(await client.PostAsync($"{Api}/indicator-catalogue", new StringContent(changed), Ct));
        (real.GetProperty("created").GetInt32(), real.GetProperty("updated").GetInt32()).ShouldBe((1, 1));
        (await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Code == "im-rondje").Select(i => i.Name).SingleAsync(Ct)))
            .ShouldBe("Gemeenten met valpreventie (rondje)");
    }

    [Theory]
    [InlineData("format: 2\nindicators: []\n", 1, 1, "format moet 1 zijn.")]
    [InlineData("format: 1\nindicators:\n- code: im-x\n  name: X\n  kleur: rood\n", 3, 5, "onbekend veld")]
    [InlineData("format: 1\nindicators:\n- code: Im X\n  name: X\n", 3, 3, "ongeldige code")]
    [InlineData("format: 1\nindicators:\n- code: im-x\n  name: X\n  level: risk\n", 3, 3, "Een risico-indicator heeft een signaalwaarde nodig.")]
    [InlineData("format: 1\nindicators:\n- code: im-x\n  name: X\n  owners: {flevoland: gemeente-almere}\n", 5, 5, "dit bestand mag alleen eigenaars van ijssel-vecht noemen")]
    [InlineData("format: 1\nindicators:\n- code: im-x\n  name: X\nlinks:\n  ijssel-vecht:\n    bestaat-niet: [im-x]\n", 7, 7, "Resultaat 'bestaat-niet' staat niet in het plan van ijssel-vecht.")]
    [InlineData("format: 1\nindicators:\n- code: im-x\n  name: X\nlinks:\n  ijssel-vecht:\n    mw-d1-r3: [im-y]\n", 7, 7, "Indicator 'im-y' staat niet in het bestand.")]
    [InlineData("format: 1\nregion: flevoland\nindicators: []\n", 2, 2, "Dit deel hoort bij regio 'flevoland', niet bij ijssel-vecht.")]
    [InlineData("format: 1\nindicators: [\n", 2, 3, "Geen geldige YAML")]
    [InlineData("a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n", 6, 6, "verwijzingen")]
    public async Task A_hostile_or_broken_catalogue_is_refused_with_its_line_and_changes_nothing(string yaml, int lineFrom, int lineTo, string message)
    {
        var client = await CoordinatorAsync();
        var audit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));
        var response = await client.PostAsync($"{Api}/indicator-catalogue", new StringContent(yaml), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problems = (await JsonAsync(response)).GetProperty("problems").EnumerateArray().ToList();
        problems.ShouldContain(p => p.GetProperty("line").GetInt32() >= lineFrom && p.GetProperty("line").GetInt32() <= lineTo && p.GetProperty("message").GetString()!.Contains(message),
            string.Join("\n", problems.Select(p => p.ToString())));
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct))).ShouldBe(audit);
        (await factory.WithDbAsync(db => db.Set<Indicator>().AnyAsync(i => i.Code == "im-x", Ct))).ShouldBeFalse();

        var other = await CoordinatorAsync("flevoland");
        (await other.PostAsync($"{Api}/indicator-catalogue", new StringContent("format: 1\nindicators: []\n"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>Bytes no YAML test above can send: invalid UTF-8, a nesting bomb and a body over the limit.</summary>
    [Fact]
    public async Task A_catalogue_in_a_wrong_encoding_too_deep_or_too_big_is_refused_in_Dutch_and_changes_nothing()
    {
        var client = await CoordinatorAsync();
        var audit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));
        var latin1 = Encoding.Latin1.GetBytes("format: 1\nindicators:\n- code: im-x\n  name: Café\n");
        var deep = Encoding.UTF8.GetBytes("format: 1\nindicators: " + new string('[', 100_000));
        foreach (var (body, message) in new[] { (latin1, "UTF-8"), (deep, "dieper genest") })
        {
            var response = await client.PostAsync($"{Api}/indicator-catalogue", new ByteArrayContent(body), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var problems = (await JsonAsync(response)).GetProperty("problems").EnumerateArray().ToList();
            problems.ShouldContain(p => p.GetProperty("message").GetString()!.Contains(message), string.Join("\n", problems.Select(p => p.ToString())));
        }
        var huge = new byte[(int)Regiokompas.Web.Modules.Monitoring.Indicators.IndicatorCatalogueReader.MaxFileBytes + 1];
        Array.Fill(huge, (byte)'#');
        var tooBig = await client.PostAsync($"{Api}/indicator-catalogue", new ByteArrayContent(huge), Ct);
        tooBig.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct))).ShouldBe(audit);
        (await factory.WithDbAsync(db => db.Set<Indicator>().AnyAsync(i => i.Code == "im-x", Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_pages_show_a_Dutch_error_summary_and_the_result_page_offers_linking_to_the_coordinator_only()
    {
        var client = await CoordinatorAsync();
        var form = await client.GetStringAsync($"/regio/{Region}/monitor/indicatoren/bewerken", Ct);
        form.ShouldContain("Indicator aanmaken");
        var post = await client.PostAsync($"/regio/{Region}/monitor/indicatoren/bewerken", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form),
            ["Input.Code"] = "im-pagina", ["Input.Name"] = "Pagina-indicator", ["Input.Level"] = "outcome", ["Input.Question"] = "howWell",
            ["Input.Unit"] = "percent", ["Input.Polarity"] = "withinBand", ["Input.Frequency"] = "yearly", ["Input.Source"] = "manual",
            ["Input.Visibility"] = "public", ["Input.AreaLevels"] = "region", ["Input.Factor"] = "1",
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("Een indicator met een bandbreedte heeft een onder- en een bovengrens nodig.");
        html.ShouldContain("error-box");
        (await factory.WithDbAsync(db => db.Set<Indicator>().AnyAsync(i => i.Code == "im-pagina", Ct))).ShouldBeFalse();

        var resultPage = $"/regio/{Region}/monitor/resultaat/{TargetResult}";
        (await client.GetStringAsync(resultPage, Ct)).ShouldContain($"/monitor/resultaat/{TargetResult}/indicatoren");
        (await factory.CreateClient().GetStringAsync(resultPage, Ct)).ShouldNotContain($"/monitor/resultaat/{TargetResult}/indicatoren");
        var other = await CoordinatorAsync("flevoland");
        (await other.GetStringAsync(resultPage, Ct)).ShouldNotContain($"/monitor/resultaat/{TargetResult}/indicatoren");
        var refused = await other.GetAsync($"/regio/{Region}/monitor/indicatoren", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/geen-toegang");
        (await client.GetStringAsync($"/regio/{Region}/monitor/resultaat/{TargetResult}/indicatoren", Ct)).ShouldContain("Koppel een indicator");
    }
}

public sealed class IndicatorManagementTestsOnSqlite(SqliteAppFactory f) : IndicatorManagementTests(f), IClassFixture<SqliteAppFactory>;
public sealed class IndicatorManagementTestsOnPostgres(PostgresAppFactory f) : IndicatorManagementTests(f), IClassFixture<PostgresAppFactory>;
