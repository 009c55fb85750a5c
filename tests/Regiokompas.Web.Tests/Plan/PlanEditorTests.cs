using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Plan;

/// <summary>The plan editor, plan versions with their difference, and the plan file upload page.</summary>
public abstract class PlanEditorTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string Pillar = "gezond-leven-preventie";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> CoordinatorAsync() => factory.LoggedInClientAsync("coordinator", Region);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string kind, object body) =>
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/{kind}", body, Ct), HttpStatusCode.Created);

    [Fact]
    public async Task An_organisation_member_may_not_create_a_goal()
    {
        var member = await factory.LoggedInClientAsync("organisation-member", Region, organisationKey: "ggd-ijsselland");
        var response = await member.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/goals", new { title = "Doel van een lid", pillar = Pillar }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var other = await factory.LoggedInClientAsync("coordinator", "flevoland");
        (await other.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/goals", new { title = "Doel van buiten", pillar = Pillar }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Pages send a refused signed-in user to the "no access" page.
        (await member.GetAsync($"/regio/{Region}/plan/bewerken", Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Found);
        (await factory.WithDbAsync(db => db.Goals.AnyAsync(g => g.Title == "Doel van een lid" || g.Title == "Doel van buiten", Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task Keys_are_made_from_titles_unique_in_the_region_and_stay_when_the_title_changes()
    {
        var client = await CoordinatorAsync();
        var first = await CreateAsync(client, "goals", new { title = "Meer mensen bewegen in de wijk!", pillar = Pillar });
        first.GetProperty("key").GetString().ShouldBe("meer-mensen-bewegen-in-de-wijk");
        var second = await CreateAsync(client, "goals", new { title = "Meer mensen bewegen in de wijk", pillar = Pillar });
        second.GetProperty("key").GetString().ShouldBe("meer-mensen-bewegen-in-de-wijk-2");

        var renamed = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/regions/{Region}/plan/goals/meer-mensen-bewegen-in-de-wijk",
            new { version = first.GetProperty("version").GetInt32(), title = "Iedereen beweegt", pillar = Pillar }, Ct), HttpStatusCode.OK);
        renamed.GetProperty("key").GetString().ShouldBe("meer-mensen-bewegen-in-de-wijk");
        renamed.GetProperty("title").GetString().ShouldBe("Iedereen beweegt");

        // A stale version is refused with 409 and changes nothing.
        var stale = await client.PutAsJsonAsync($"/api/v1/regions/{Region}/plan/goals/meer-mensen-bewegen-in-de-wijk",
            new { version = first.GetProperty("version").GetInt32(), title = "Te laat", pillar = Pillar }, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.WithDbAsync(db => db.Goals.Where(g => g.RegionId == Region && g.Key == "meer-mensen-bewegen-in-de-wijk")
            .Select(g => g.Title).SingleAsync(Ct))).ShouldBe("Iedereen beweegt");
    }

    [Fact]
    public async Task Goal_results_and_actions_are_built_moved_reordered_and_retired_with_history_kept()
    {
        var client = await CoordinatorAsync();
        var goal = (await CreateAsync(client, "goals", new { title = "Valpreventie thuis", pillar = Pillar })).GetProperty("key").GetString()!;
        var other = (await CreateAsync(client, "goals", new { title = "Valpreventie in het verpleeghuis", pillar = Pillar })).GetProperty("key").GetString()!;
        await CreateAsync(client, "results", new { title = "Minder valincidenten bij 75-plussers", goal, deadline = "2027-12-31" });
        await CreateAsync(client, "results", new { title = "Beweegaanbod in alle gemeenten", goal });
        var a1 = await CreateAsync(client, "actions", new { title = "Valrisico-test bij de huisarts", goal, owner = "ggd-ijsselland", start = "2026-01-01", due = "2026-12-31" });
        var a2 = await CreateAsync(client, "actions", new { title = "Cursus In Balans", goal });
        var a3 = await CreateAsync(client, "actions", new { title = "Woningcheck", goal });

        // Move one action to the other goal.
        var moved = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/actions/{a2.GetProperty("key").GetString()}/move",
            new { version = a2.GetProperty("version").GetInt32(), goal = other }, Ct), HttpStatusCode.OK);
        moved.GetProperty("goal").GetString().ShouldBe(other);

        // Reorder: the third action goes up, above the first.
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/actions/woningcheck/move",
            new { version = a3.GetProperty("version").GetInt32(), direction = "up" }, Ct), HttpStatusCode.OK);
        var tree = await JsonAsync(await client.GetAsync($"/api/v1/regions/{Region}/plan", Ct), HttpStatusCode.OK);
        var goalNode = tree.GetProperty("pillars").EnumerateArray().SelectMany(p => p.GetProperty("goals").EnumerateArray())
            .Single(g => g.GetProperty("id").GetString() == goal);
        goalNode.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["woningcheck", "valrisico-test-bij-de-huisarts"]);
        goalNode.GetProperty("results").GetArrayLength().ShouldBe(2);

        // Retire: gone from the plan, the item and its audit trail stay. (Reordering changed its version.)
        var a1Version = await factory.WithDbAsync(db => db.Actions.Where(a => a.RegionId == Region && a.Key == "valrisico-test-bij-de-huisarts").Select(a => a.Version).SingleAsync(Ct));
        a1Version.ShouldBeGreaterThan(a1.GetProperty("version").GetInt32());
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/actions/valrisico-test-bij-de-huisarts/retire",
            new { version = a1Version }, Ct), HttpStatusCode.OK);
        var plan = await client.GetStringAsync($"/api/v1/regions/{Region}/plan", Ct);
        plan.ShouldNotContain("valrisico-test-bij-de-huisarts");
        (await client.GetStringAsync($"/regio/{Region}/werkagenda", Ct)).ShouldNotContain("Valrisico-test bij de huisarts");
        var kept = await factory.WithDbAsync(db => db.Actions.IgnoreQueryFilters().SingleAsync(a => a.RegionId == Region && a.Key == "valrisico-test-bij-de-huisarts", Ct));
        kept.RetiredAtUtc.ShouldNotBeNull();
        var audit = await JsonAsync(await client.GetAsync($"/api/v1/regions/{Region}/audit?entityType=PlanAction&key=valrisico-test-bij-de-huisarts", Ct), HttpStatusCode.OK);
        audit.EnumerateArray().Select(a => a.GetProperty("field").GetString()).ShouldContain("RetiredAtUtc");
        audit.EnumerateArray().Select(a => a.GetProperty("operation").GetString()).ShouldContain("created");

        // Retiring a goal retires what hangs under it.
        var otherVersion = await factory.WithDbAsync(db => db.Goals.Where(g => g.RegionId == Region && g.Key == other).Select(g => g.Version).SingleAsync(Ct));
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/goals/{other}/retire", new { version = otherVersion }, Ct), HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Actions.AnyAsync(a => a.RegionId == Region && a.Key == "cursus-in-balans", Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task Organisations_are_created_with_type_municipalities_and_contact()
    {
        var client = await CoordinatorAsync();
        var org = await CreateAsync(client, "organisations",
            new { title = "Sportbedrijf Zwolle", type = "welfare", municipalities = new[] { "GM0193" }, contact = "info@sport.test", website = "https://sport.test" });
        org.GetProperty("key").GetString().ShouldBe("sportbedrijf-zwolle");
        var stored = await factory.WithDbAsync(db => db.Organisations.SingleAsync(o => o.RegionId == Region && o.Key == "sportbedrijf-zwolle", Ct));
        stored.Contact.ShouldBe("info@sport.test");
        stored.MunicipalityCodes.ShouldBe(["GM0193"]);
        var bad = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/organisations", new { title = "Buiten de regio", type = "welfare", municipalities = new[] { "GM0034" } }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("hoort niet bij deze regio");
    }

    [Fact]
    public async Task A_marked_version_keeps_the_plan_and_the_diff_names_added_changed_moved_and_retired()
    {
        var client = await CoordinatorAsync();
        var versions = await JsonAsync(await client.GetAsync($"/api/v1/regions/{Region}/plan/versions", Ct), HttpStatusCode.OK);
        versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).ShouldContain(1);

        var mark = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/versions",
            new { label = "Werkagenda 2026 vastgesteld door de Regiotafel", date = "2026-03-01" }, Ct), HttpStatusCode.Created);
        var number = mark.GetProperty("number").GetInt32();

        var goal = await CreateAsync(client, "goals", new { title = "Nieuw doel na de versie", pillar = Pillar });
        var action = await factory.WithDbAsync(db => db.Actions.Where(a => a.RegionId == Region && a.Key == "glp-d1-a3").Select(a => new { a.Version }).SingleAsync(Ct));
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/actions/glp-d1-a3/move",
            new { version = action.Version, goal = goal.GetProperty("key").GetString() }, Ct), HttpStatusCode.OK);
        var result = await factory.WithDbAsync(db => db.Results.Where(r => r.RegionId == Region && r.Key == "glp-d1-r1").Select(r => new { r.Version }).SingleAsync(Ct));
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/results/glp-d1-r1/retire", new { version = result.Version }, Ct), HttpStatusCode.OK);

        var old = await JsonAsync(await client.GetAsync($"/api/v1/regions/{Region}/plan?version={number}", Ct), HttpStatusCode.OK);
        JsonSerializer.Serialize(old).ShouldContain("glp-d1-r1");
        JsonSerializer.Serialize(old).ShouldNotContain("nieuw-doel-na-de-versie");

        var diff = await JsonAsync(await client.GetAsync($"/api/v1/regions/{Region}/plan/diff?from={number}&to=current", Ct), HttpStatusCode.OK);
        diff.GetProperty("added").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ShouldContain("nieuw-doel-na-de-versie");
        diff.GetProperty("retired").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ShouldContain("glp-d1-r1");
        var movedItem = diff.GetProperty("moved").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "glp-d1-a3");
        movedItem.GetProperty("oldParent").GetString().ShouldBe("glp-d1-gelijke-kansen");
        movedItem.GetProperty("newParent").GetString().ShouldBe("nieuw-doel-na-de-versie");

        (await client.GetAsync($"/api/v1/regions/{Region}/plan/diff?from=999&to=current", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var yaml = await client.GetStringAsync($"/api/v1/regions/{Region}/plan-file?version={number}", Ct);
        yaml.ShouldContain("glp-d1-r1");
        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/regio/{Region}/plan/verschil?van={number}&tot=current", Ct));
        page.ShouldContain("Nieuw doel na de versie");
        page.ShouldContain("Ingetrokken");
    }

    [Fact]
    public async Task A_changed_field_shows_its_old_and_new_value_in_the_diff()
    {
        var client = await CoordinatorAsync();
        var mark = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/regions/{Region}/plan/versions",
            new { label = "Voor de titelwijziging", date = "2026-04-01" }, Ct), HttpStatusCode.Created);
        var pillar = await factory.WithDbAsync(db => db.Pillars.Where(p => p.RegionId == Region && p.Key == "mentaal-welbevinden").Select(p => new { p.Version, p.Name }).SingleAsync(Ct));
        await JsonAsync(await client.PutAsJsonAsync($"/api/v1/regions/{Region}/plan/pillars/mentaal-welbevinden",
            new { version = pillar.Version, title = "Mentaal gezond", pillarKind = "coalitie", links = new[] { Pillar } }, Ct), HttpStatusCode.OK);
        var diff = await JsonAsync(await client.GetAsync($"/api/v1/regions/{Region}/plan/diff?from={mark.GetProperty("number").GetInt32()}&to=current", Ct), HttpStatusCode.OK);
        var changed = diff.GetProperty("changed").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "mentaal-welbevinden");
        var name = changed.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "name");
        name.GetProperty("old").GetString().ShouldBe(pillar.Name);
        name.GetProperty("new").GetString().ShouldBe("Mentaal gezond");
    }

    [Fact]
    public async Task The_editor_pages_add_a_goal_without_JavaScript()
    {
        var client = await CoordinatorAsync();
        var form = await client.GetStringAsync($"/regio/{Region}/plan/bewerken/goals/nieuw?pillar={Pillar}", Ct);
        var post = await client.PostAsync($"/regio/{Region}/plan/bewerken/goals/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form), ["Input.Title"] = "Doel via het formulier", ["Input.Pillar"] = Pillar,
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.ToString().ShouldBe($"/regio/{Region}/plan/bewerken/goals/doel-via-het-formulier");

        var empty = await client.PostAsync($"/regio/{Region}/plan/bewerken/goals/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form), ["Input.Title"] = "", ["Input.Pillar"] = Pillar,
        }), Ct);
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync(Ct)).ShouldContain("Vul een titel of naam in.");

        var editor = WebUtility.HtmlDecode(await client.GetStringAsync($"/regio/{Region}/plan/bewerken", Ct));
        editor.ShouldContain("Doel via het formulier");
        editor.ShouldContain("Omhoog: Doel via het formulier");
        var item = WebUtility.HtmlDecode(await client.GetStringAsync($"/regio/{Region}/plan/bewerken/goals/doel-via-het-formulier", Ct));
        item.ShouldContain("aangemaakt");
    }

    [Fact]
    public async Task A_retire_or_move_form_without_the_version_read_says_so_and_changes_nothing()
    {
        var client = await CoordinatorAsync();
        var goal = await CreateAsync(client, "goals", new { title = "Doel zonder versie in het formulier", pillar = Pillar });
        var key = goal.GetProperty("key").GetString()!;
        var form = await client.GetStringAsync($"/regio/{Region}/plan/bewerken/goals/{key}", Ct);
        foreach (var handler in new[] { "Retire", "Move" })
        {
            var post = await client.PostAsync($"/regio/{Region}/plan/bewerken/goals/{key}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form), ["NewParent"] = Pillar,
            }), Ct);
            var body = await post.Content.ReadAsStringAsync(Ct);
            post.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            WebUtility.HtmlDecode(body).ShouldContain("Het versienummer ontbreekt.");
        }
        (await factory.WithDbAsync(db => db.Goals.IgnoreQueryFilters().SingleAsync(g => g.RegionId == Region && g.Key == key, Ct)))
            .RetiredAtUtc.ShouldBeNull();
    }

    [Fact]
    public async Task The_upload_page_reports_problems_by_line_and_previews_a_valid_file_before_applying()
    {
        var client = await CoordinatorAsync();
        var page = await client.GetStringAsync($"/regio/{Region}/plan/uploaden", Ct);
        var token = AppFactory.AntiforgeryToken(page);
        var seed = await File.ReadAllTextAsync(PlanFileReaderTests.SeedPath(Region), Ct);

        var broken = seed.Replace("owner: ggd-ijsselland", "owner: bestaat-niet");
        var check = await client.PostAsync($"/regio/{Region}/plan/uploaden?handler=Check", Upload(token, broken), Ct);
        var html = WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync(Ct));
        check.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("fout(en); er is niets veranderd");
        html.ShouldContain("bestaat-niet");

        var changed = seed.Replace("- id: glp-d1-a7", "- id: glp-d1-a7-nieuw");
        check = await client.PostAsync($"/regio/{Region}/plan/uploaden?handler=Check", Upload(token, changed), Ct);
        html = WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("Het bestand is in orde");
        html.ShouldContain("glp-d1-a7-nieuw");
        (await factory.WithDbAsync(db => db.Actions.AnyAsync(a => a.RegionId == Region && a.Key == "glp-d1-a7-nieuw", Ct))).ShouldBeFalse();

        var apply = await client.PostAsync($"/regio/{Region}/plan/uploaden?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["PlanText"] = changed,
        }), Ct);
        apply.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Actions.AnyAsync(a => a.RegionId == Region && a.Key == "glp-d1-a7-nieuw", Ct))).ShouldBeTrue();
        (await factory.WithDbAsync(db => db.Actions.IgnoreQueryFilters().SingleAsync(a => a.RegionId == Region && a.Key == "glp-d1-a7", Ct)))
            .RetiredAtUtc.ShouldNotBeNull();
    }

    private static MultipartFormDataContent Upload(string token, string yaml)
    {
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(yaml)), "File", "plan.yaml");
        return content;
    }
}

public sealed class PlanEditorTestsOnSqlite(SqliteAppFactory f) : PlanEditorTests(f), IClassFixture<SqliteAppFactory>;
public sealed class PlanEditorTestsOnPostgres(PostgresAppFactory f) : PlanEditorTests(f), IClassFixture<PostgresAppFactory>;
