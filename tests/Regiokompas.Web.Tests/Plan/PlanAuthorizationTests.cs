using System.Net;
using System.Net.Http.Json;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Plan;

/// <summary>
/// Every plan write endpoint against every kind of actor. The server must refuse on its own,
/// whatever the pages show or hide.
/// </summary>
public abstract class PlanAuthorizationTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string Pillar = "gezond-leven-preventie";          // result glp-d1-r1, action glp-d1-a5 (owner ggd-ijsselland)
    private const string OtherPillar = "mentaal-welbevinden";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        // actor, endpoint, expected status
        (string Actor, int Result, int ActionFull, int ActionStatus, int Note, int Transformation, int Import)[] rows =
        [
            ("anonymous",            401, 401, 401, 401, 401, 401),
            ("member-owner",         403, 403, 200, 201, 403, 403),
            ("member-other",         403, 403, 403, 403, 403, 403),
            ("token-owner",          403, 403, 200, 201, 403, 403),
            ("lead-this-pillar",     200, 200, 200, 201, 200, 403),
            ("lead-other-pillar",    403, 403, 403, 403, 403, 403),
            ("coordinator-region",   200, 200, 200, 201, 200, 200),
            ("coordinator-other",    403, 403, 403, 403, 403, 403),
            ("administrator",        200, 200, 200, 201, 200, 200),
        ];
        foreach (var r in rows)
        {
            data.Add(r.Actor, "edit-result", r.Result);
            data.Add(r.Actor, "edit-action-full", r.ActionFull);
            data.Add(r.Actor, "edit-action-status", r.ActionStatus);
            data.Add(r.Actor, "add-note", r.Note);
            data.Add(r.Actor, "transformation-status", r.Transformation);
            data.Add(r.Actor, "import-plan", r.Import);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Write_is_allowed_only_for_the_right_actor(string actor, string endpoint, int expected)
    {
        var client = await ClientAsync(actor);
        var response = endpoint switch
        {
            "edit-result" => await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/results/glp-d1-r1",
                new { version = await VersionAsync("result", "glp-d1-r1"), title = $"Titel door {actor}" }, Ct),
            "edit-action-full" => await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a5",
                new { version = await VersionAsync("action", "glp-d1-a5"), due = "2026-12-31", title = $"Actie door {actor}" }, Ct),
            "edit-action-status" => await client.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a5",
                new { version = await VersionAsync("action", "glp-d1-a5"), status = "running" }, Ct),
            "add-note" => await client.PostAsJsonAsync($"/api/v1/regions/{Region}/actions/glp-d1-a5/notes",
                new { date = "2026-11-01", text = $"Notitie van {actor}" }, Ct),
            "transformation-status" => await MoveTransformationPlanAsync(client),
            "import-plan" => await client.PostAsync($"/api/v1/regions/{Region}/plan-file?dryRun=true",
                new StringContent(await File.ReadAllTextAsync(PlanFileReaderTests.SeedPath(Region), Ct)), Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
        };
        ((int)response.StatusCode).ShouldBe(expected, $"{actor} on {endpoint}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Moves back and forth between idea and quick check, so the scenario can run many times.</summary>
    private async Task<HttpResponseMessage> MoveTransformationPlanAsync(HttpClient client)
    {
        var (version, status) = await factory.WithDbAsync(db => Task.FromResult(db.TransformationPlans
            .Where(t => t.RegionId == Region && t.Key == "tp-regionale-coordinatie-ketenaanpakken").Select(t => new { t.Version, t.Status })
            .AsEnumerable().Select(t => (t.Version, t.Status)).Single()));
        var next = status == Regiokompas.Domain.Plan.TransformationPlanStatus.Idea ? "quick-check" : "idea";
        return await client.PostAsJsonAsync($"/api/v1/regions/{Region}/transformation-plans/tp-regionale-coordinatie-ketenaanpakken/status",
            new { version, status = next }, Ct);
    }

    private Task<int> VersionAsync(string kind, string key) => factory.WithDbAsync(db => Task.FromResult(kind == "result"
        ? db.Results.Single(r => r.RegionId == Region && r.Key == key).Version
        : db.Actions.Single(a => a.RegionId == Region && a.Key == key).Version));

    private readonly Dictionary<string, HttpClient> _clients = [];

    private async Task<HttpClient> ClientAsync(string actor)
    {
        if (_clients.TryGetValue(actor, out var cached)) return cached;
        var client = actor switch
        {
            "anonymous" => factory.CreateClient(),
            "member-owner" => await factory.LoggedInClientAsync("organisation-member", Region, organisationKey: "ggd-ijsselland"),
            "member-other" => await factory.LoggedInClientAsync("organisation-member", Region, organisationKey: "zilveren-kruis"),
            "token-owner" => await factory.TokenClientAsync(Region, "ggd-ijsselland"),
            "lead-this-pillar" => await factory.LoggedInClientAsync("pillar-lead", Region, pillarKey: Pillar),
            "lead-other-pillar" => await factory.LoggedInClientAsync("pillar-lead", Region, pillarKey: OtherPillar),
            "coordinator-region" => await factory.LoggedInClientAsync("coordinator", Region),
            "coordinator-other" => await factory.LoggedInClientAsync("coordinator", "flevoland"),
            "administrator" => await factory.LoggedInClientAsync("administrator"),
            _ => throw new ArgumentOutOfRangeException(nameof(actor)),
        };
        _clients[actor] = client;
        return client;
    }
}

public sealed class PlanAuthorizationTestsOnSqlite(SqliteAppFactory f) : PlanAuthorizationTests(f), IClassFixture<SqliteAppFactory>;
public sealed class PlanAuthorizationTestsOnPostgres(PostgresAppFactory f) : PlanAuthorizationTests(f), IClassFixture<PostgresAppFactory>;
