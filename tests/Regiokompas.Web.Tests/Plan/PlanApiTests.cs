using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Plan;

/// <summary>The plan API scenarios, run once per database by the subclasses at the bottom.</summary>
public abstract class PlanApiTests(AppFactory factory)
{
    protected const string Region = "ijssel-vecht";
    protected const string OwnedAction = "glp-d1-a1";       // owned by ggd-ijsselland, pillar gezond-leven-preventie
    protected const string Owner = "ggd-ijsselland";
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Both_regions_are_seeded_with_their_municipalities()
    {
        var regions = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/regions", Ct);
        var ids = regions.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        ids.ShouldBe(["flevoland", "ijssel-vecht"], ignoreOrder: true);
        var codes = regions.EnumerateArray().SelectMany(r => r.GetProperty("municipalities").EnumerateArray())
            .ToDictionary(m => m.GetProperty("code").GetString()!, m => m.GetProperty("name").GetString());
        codes["GM0193"].ShouldBe("Zwolle");
        codes["GM0034"].ShouldBe("Almere");
        codes.Count.ShouldBe(14);
    }

    [Fact]
    public async Task IJssel_Vecht_plan_has_six_coalitions_and_at_least_twenty_results_with_deadlines()
    {
        var plan = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/plan", Ct);
        var pillars = plan.GetProperty("pillars").EnumerateArray().ToList();
        pillars.Count.ShouldBe(6);
        pillars.ShouldAllBe(p => p.GetProperty("kind").GetString() == "coalitie");
        pillars.ShouldAllBe(p => p.GetProperty("goals").GetArrayLength() > 0);
        var results = pillars.SelectMany(p => p.GetProperty("goals").EnumerateArray()).SelectMany(g => g.GetProperty("results").EnumerateArray()).ToList();
        results.Count(r => r.TryGetProperty("deadline", out var d) && d.ValueKind == JsonValueKind.String).ShouldBeGreaterThanOrEqualTo(20);
        var acp = results.Single(r => r.GetProperty("title").GetString()!.Contains("ACP"));
        acp.GetProperty("target").GetProperty("value").GetDouble().ShouldBe(20);
        acp.GetProperty("deadline").GetString().ShouldBe("2025-12-31");
    }

    [Fact]
    public async Task Unknown_region_is_404_problem_details()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/regions/atlantis/plan", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Organisations_are_listed_per_region()
    {
        var orgs = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/organisations?region={Region}", Ct);
        orgs.EnumerateArray().ShouldContain(o => o.GetProperty("id").GetString() == "gemeente-zwolle" && o.GetProperty("type").GetString() == "municipality");
        orgs.EnumerateArray().ShouldAllBe(o => o.GetProperty("regionId").GetString() == Region);
    }

    [Fact]
    public async Task Organisation_token_updates_its_own_action_and_the_audit_trail_shows_it()
    {
        var client = await factory.TokenClientAsync(Region, Owner);
        var version = await ActionVersionAsync(OwnedAction);
        var response = await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/{OwnedAction}", new { version, status = "running" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("status").GetString().ShouldBe("running");
        body.GetProperty("version").GetInt32().ShouldBe(version + 1);

        (await factory.CreateClient().GetAsync($"/api/v1/regions/{Region}/audit?entityType=PlanAction&key={OwnedAction}", Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "staff names in the audit trail are not public");
        var audit = await client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/regions/{Region}/audit?entityType=PlanAction&key={OwnedAction}", Ct);
        var entry = audit.EnumerateArray().First(a => a.GetProperty("field").GetString() == "Status");
        entry.GetProperty("newValue").GetString().ShouldBe("Running");
        entry.GetProperty("userName").GetString()!.ShouldContain("API-token");
    }

    [Fact]
    public async Task Organisation_token_is_refused_for_another_organisations_action()
    {
        var client = await factory.TokenClientAsync(Region, "zilveren-kruis");
        var version = await ActionVersionAsync(OwnedAction);
        var response = await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/{OwnedAction}", new { version, status = "done" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ActionVersionAsync(OwnedAction)).ShouldBe(version);
    }

    [Fact]
    public async Task Organisation_token_may_not_change_more_than_status()
    {
        var client = await factory.TokenClientAsync(Region, Owner);
        var version = await ActionVersionAsync("glp-d1-a2");
        var response = await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a2",
            new { version, title = "Een andere titel" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("edit.only-progress");
    }

    [Fact]
    public async Task Stale_edit_is_refused_with_409_naming_the_other_change()
    {
        var first = await factory.TokenClientAsync(Region, Owner);
        var second = await factory.TokenClientAsync(Region, Owner);
        var version = await ActionVersionAsync("glp-d1-a3");
        (await first.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a3", new { version, status = "running" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await second.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a3", new { version, status = "delayed" }, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("edit.conflict");
        problem.GetProperty("currentVersion").GetInt32().ShouldBe(version + 1);
        problem.GetProperty("current").GetProperty("status").GetString().ShouldBe("running");
        problem.GetProperty("changedBy").GetString()!.ShouldContain("API-token");
    }

    [Fact]
    public async Task Invalid_status_value_is_a_400_validation_problem()
    {
        var client = await factory.TokenClientAsync(Region, Owner);
        var version = await ActionVersionAsync(OwnedAction);
        var response = await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/{OwnedAction}", new { version, status = "bijna-klaar" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("Status").EnumerateArray().First().GetString()!.ShouldContain("bijna-klaar");
    }

    [Fact]
    public async Task Missing_version_is_a_400_validation_problem()
    {
        var client = await factory.TokenClientAsync(Region, Owner);
        var response = await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/{OwnedAction}", new { status = "done" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Anonymous_write_is_401_and_unknown_token_is_401()
    {
        var response = await factory.CreateClient().PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/{OwnedAction}", new { version = 0, status = "done" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var bogus = factory.CreateClient();
        bogus.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "rk_not-a-real-token");
        (await bogus.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/{OwnedAction}", new { version = 0, status = "done" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Progress_note_is_added_by_the_owner_and_shown_in_the_export()
    {
        var client = await factory.TokenClientAsync(Region, Owner);
        var response = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a4/notes",
            new { date = "2026-11-20", text = "Eerste werksessie met scholen gehouden." }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var yaml = await factory.CreateClient().GetStringAsync($"/api/v1/regions/{Region}/plan-file", Ct);
        yaml.ShouldContain("Eerste werksessie met scholen gehouden.");
    }

    [Fact]
    public async Task Transformation_plan_cannot_skip_the_funding_path()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        var version = await factory.WithDbAsync(db => Task.FromResult(db.TransformationPlans.Single(t => t.Key == "tp-verkennend-gesprek").Version));
        var response = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/transformation-plans/tp-verkennend-gesprek/status",
            new { version, status = "approved" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("plan.transformation-status-not-allowed");
        var ok = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/transformation-plans/tp-verkennend-gesprek/status",
            new { version, status = "quick-check" }, Ct);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_and_openapi_answer()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/health", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var openapi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = openapi.GetProperty("paths");
        paths.TryGetProperty("/api/v1/regions", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/regions/{regionId}/plan", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/regions/{regionId}/actions/{key}", out _).ShouldBeTrue();
    }

    protected Task<int> ActionVersionAsync(string key) =>
        factory.WithDbAsync(db => Task.FromResult(db.Actions.Single(a => a.RegionId == Region && a.Key == key).Version));
}

public sealed class PlanApiTestsOnSqlite(SqliteAppFactory f) : PlanApiTests(f), IClassFixture<SqliteAppFactory>;
public sealed class PlanApiTestsOnPostgres(PostgresAppFactory f) : PlanApiTests(f), IClassFixture<PostgresAppFactory>;
