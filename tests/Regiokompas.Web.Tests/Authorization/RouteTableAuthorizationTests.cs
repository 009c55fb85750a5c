using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Capacity.Reservations;
using Regiokompas.Web.Tests.Capacity;
using Regiokompas.Web.Tests.Infrastructure;
using static Regiokompas.Web.Tests.Capacity.CapacityTestSupport;

namespace Regiokompas.Web.Tests.Authorization;

/// <summary>
/// Every endpoint and page handler of the route table, tried by everyone who is not a party in region
/// IJssel-Vecht: anonymous, each role in Flevoland, and API tokens and members of other organisations.
/// A route without a declared <see cref="Scope"/> fails the test, so a new endpoint cannot slip through.
/// Private records are planted first (a hold, a waiting request, a referral, a draft story) and no
/// outsider's answer may contain them.
/// </summary>
public abstract partial class RouteTableAuthorizationTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string OtherRegion = "flevoland";

    private sealed record Actor(string Name, HttpClient Client, bool Anonymous, bool SameRegion);

    private sealed record Call(string Route, string Method, string? Handler, Scope Scope, bool IsPage, string? Name);

    private sealed record Planted(Guid Unit, Guid Reservation, Guid Waiting, Guid Service, Guid Referral, string[] Secrets);

    [Fact]
    public async Task Every_endpoint_declares_a_scope_and_no_outsider_gets_in_or_sees_private_records()
    {
        var calls = await RouteTableAsync();
        var planted = await PlantAsync();
        var actors = await OutsidersAsync();

        var failures = new List<string>();
        var tried = 0;
        foreach (var call in calls)
        foreach (var actor in actors)
        {
            tried++;
            var (status, location, body) = await SendAsync(call, actor, planted);
            var where = $"{call.Method} {call.Route}{(call.Handler is null ? "" : $" (handler {call.Handler})")} [{call.Scope}] as {actor.Name}";
            if (status >= 500) failures.Add($"{where}: {status}");
            foreach (var secret in planted.Secrets.Where(body.Contains)) failures.Add($"{where}: answer contains {secret}");
            if (MustRefuse(call, actor) && !Refused(call, actor, status, location))
                failures.Add($"{where}: expected a refusal, got {status} {location}");
        }
        TestContext.Current.SendDiagnosticMessage(
            $"Route-table authorisation on {factory.Provider}: {calls.Count} endpoint handlers × {actors.Count} actors = {tried} requests, {failures.Count} failures.");
        Console.WriteLine($"Route-table authorisation on {factory.Provider}: {calls.Count} endpoint handlers × {actors.Count} actors = {tried} requests.");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{calls.Count} endpoint handlers × {actors.Count} actors ({string.Join(", ", actors.Select(a => a.Name))}) = {tried} requests on {factory.Provider}");
        failures.ShouldBeEmpty(string.Join("\n", failures));
        tried.ShouldBeGreaterThan(300);
    }

    // Endpoints whose record is named in the body rather than the route; their handlers refuse line by line (422).
    private static readonly HashSet<string> BodyBound = ["CreateReservation", "SubmitMeasurements", "ImportMeasurements", "ImportCapacityReports"];
    private static readonly HashSet<Scope> RecordScopes =
        [Scope.Coordinator, Scope.PillarLead, Scope.Administrator, Scope.UnitOwner, Scope.Requester, Scope.RequestingOrganisation];

    private static bool Bound(Call call) =>
        call.Route.Contains("{regionId}") || call.Route.Contains("{id") || call.Route.Contains("{unitId") || BodyBound.Contains(call.Name ?? "");

    /// <summary>
    /// Private scope and a record of IJssel-Vecht in the route or body: refused for every outsider. A member of another
    /// IJssel-Vecht organisation is inside the region, so region-level reads are open to it; records stay closed.
    /// </summary>
    private static bool MustRefuse(Call call, Actor actor)
    {
        if (call.Scope is Scope.Public or Scope.SignedIn) return actor.Anonymous && call.Scope == Scope.SignedIn;
        if (actor.Anonymous) return true;
        if (!Bound(call)) return false;
        if (!actor.SameRegion) return true;
        // Same-region organisation: the record checks inside the handlers are tried through the API; page forms
        // are posted without their fields, so only their scope check counts there.
        return RecordScopes.Contains(call.Scope) || call.Scope == Scope.Organisation && !call.IsPage && call.Method != "GET";
    }

    private static bool Refused(Call call, Actor actor, int status, string? location) =>
        status is 401 or 403 or 404
        || status == 302 && location is { } l && (l.Contains("/inloggen") || l.Contains("/geen-toegang"))
        || status == 422 && !actor.Anonymous && BodyBound.Contains(call.Name ?? "")
        // Antiforgery refuses a form posted without a token of this user (API tokens have none) before the handler runs.
        || status == 400 && call.IsPage && call.Method == "POST" && (actor.Anonymous || IsToken(actor));

    private static bool IsToken(Actor actor) => actor.Name.StartsWith("token", StringComparison.Ordinal);

    private async Task<List<Call>> RouteTableAsync()
    {
        var sources = factory.Services.GetRequiredService<EndpointDataSource>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var calls = new List<Call>();
        var undeclared = new List<string>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var scope = endpoint.Metadata.GetMetadata<AccessAttribute>()?.Scope;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    var handlerScope = handler.MethodInfo.GetCustomAttribute<AccessAttribute>()?.Scope ?? scope;
                    if (handlerScope is null) { undeclared.Add($"page {route} {handler.MethodInfo.Name}"); continue; }
                    calls.Add(new Call(route, handler.HttpMethod.ToUpperInvariant(), handler.Name, handlerScope.Value, true, null));
                }
                if (compiled.HandlerMethods.Count == 0)
                {
                    if (scope is null) undeclared.Add($"page {route}");
                    else calls.Add(new Call(route, "GET", null, scope.Value, true, null));
                }
                continue;
            }
            if (scope is null) { undeclared.Add($"endpoint {route}"); continue; }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            calls.AddRange(methods.Select(m => new Call(route, m, null, scope.Value, false, name)));
        }
        undeclared.ShouldBeEmpty("Every endpoint and page handler states its scope with [Access(Scope.…)] or .RequireAccess(Scope.…):\n"
            + string.Join("\n", undeclared));
        calls.Count.ShouldBeGreaterThan(60);
        calls.Select(c => c.Scope).Distinct().Count().ShouldBeGreaterThan(6);
        return calls.DistinctBy(c => (c.Route, c.Method, c.Handler)).ToList();
    }

    private async Task<Planted> PlantAsync()
    {
        var coordinator = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var requester = await factory.TokenClientAsync(Region, OtherProvider);
        var unit = await factory.CreateUnitAsync(open: 1);
        var hold = await requester.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, patient: "GEHEIM-R-4711"), Ct);
        hold.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reservation = (await hold.Content.ReadFromJsonAsync<ReservationView>(Ct))!.Id;
        var waitBody = new Dictionary<string, object?>
        {
            ["unitId"] = unit, ["idempotencyKey"] = Guid.NewGuid().ToString("N"), ["patientReference"] = "GEHEIM-W-4712",
            ["urgency"] = "acute", ["expectedArrival"] = DateTime.UtcNow.AddHours(3), ["waitIfFull"] = true,
        };
        var wait = await requester.PostAsJsonAsync("/api/v1/reservations", waitBody, Ct);
        wait.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var waiting = (await wait.Content.ReadFromJsonAsync<ReservationView>(Ct))!.Id;

        var service = await factory.WithDbAsync(db => db.Set<CareService>().OrderBy(s => s.Name).Select(s => s.Id).FirstAsync(Ct));
        var referral = await coordinator.PostAsJsonAsync($"/api/v1/directory/services/{service}/referrals",
            new { residentInitials = "G.H.", residentContact = "GEHEIM-CONTACT-4715", note = "GEHEIM-VERWIJZING-4714", consentGiven = true }, Ct);
        referral.StatusCode.ShouldBe(HttpStatusCode.Created, await referral.Content.ReadAsStringAsync(Ct));
        var referralId = (await referral.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var story = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/stories",
            new { kind = "Story", text = "GEHEIM-VERHAAL-4713 nog zonder toestemming.", date = "2026-11-01", source = "Interview", @public = false }, Ct);
        story.StatusCode.ShouldBe(HttpStatusCode.Created);
        return new Planted(unit, reservation, waiting, service, referralId,
            ["GEHEIM-R-4711", "GEHEIM-W-4712", "GEHEIM-VERHAAL-4713", "GEHEIM-VERWIJZING-4714", "GEHEIM-CONTACT-4715"]);
    }

    private async Task<List<Actor>> OutsidersAsync()
    {
        var org = await factory.WithDbAsync(db => db.Organisations.Where(o => o.RegionId == OtherRegion).OrderBy(o => o.Id).Select(o => o.Key).FirstAsync(Ct));
        var pillar = await factory.WithDbAsync(db => db.Pillars.Where(p => p.RegionId == OtherRegion).OrderBy(p => p.Id).Select(p => p.Key).FirstAsync(Ct));
        // The Flevoland organisation may hold places in its own region: it has every capability, just not here.
        await factory.AllowHoldsAsync(org, OtherRegion);
        return
        [
            new("anonymous", factory.CreateClient(new() { AllowAutoRedirect = false }), true, false),
            new("coordinator Flevoland", await factory.LoggedInClientAsync(Roles.Coordinator, OtherRegion), false, false),
            new("pillar lead Flevoland", await factory.LoggedInClientAsync(Roles.PillarLead, OtherRegion, pillarKey: pillar), false, false),
            new("member Flevoland", await factory.LoggedInClientAsync(Roles.OrganisationMember, OtherRegion, organisationKey: org), false, false),
            new("token Flevoland", await factory.TokenClientAsync(OtherRegion, org), false, false),
            new("token other organisation IJssel-Vecht", await factory.TokenClientAsync(Region, "isala"), false, true),
            new("member other organisation IJssel-Vecht", await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: "isala"), false, true),
        ];
    }

    private async Task<(int Status, string? Location, string Body)> SendAsync(Call call, Actor actor, Planted p)
    {
        var path = Path(call, p);
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), path);
        if (call.IsPage && call.Method == "POST")
        {
            var form = new Dictionary<string, string>();
            if (!actor.Anonymous && !IsToken(actor))
                form["__RequestVerificationToken"] = await AntiforgeryAsync(actor);
            request.Content = new FormUrlEncodedContent(form);
        }
        else if (call.Method is "POST" or "PUT" or "PATCH")
            request.Content = Body(call, p);
        using var response = await actor.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        // The change feed streams until closed; its headers are the answer.
        var body = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync(Ct);
        return ((int)response.StatusCode, response.Headers.Location?.ToString(), body);
    }

    private readonly Dictionary<string, string> _antiforgery = [];

    private async Task<string> AntiforgeryAsync(Actor actor)
    {
        if (_antiforgery.TryGetValue(actor.Name, out var token)) return token;
        return _antiforgery[actor.Name] = AppFactory.AntiforgeryToken(await actor.Client.GetStringAsync("/inloggen", Ct));
    }

    private static string Path(Call call, Planted p)
    {
        var path = ParameterPattern().Replace(call.Route, m => Sample(call.Route, m.Groups[1].Value, p));
        var query = call.Name switch
        {
            "GetAuditTrail" => "?entityType=PlanAction&key=glp-d1-a5",
            "GetCapacityForecasts" => "?region=ijssel-vecht&type=elv-hoog",
            "ListMeasurements" => "?area=ijssel-vecht&submitted=true",
            "ImportCbs" => "?region=ijssel-vecht&table=03759ned&dryRun=true",
            _ => "",
        };
        if (call.Handler is { } h) query += (query.Length == 0 ? "?" : "&") + "handler=" + h;
        return path + query;
    }

    /// <summary>Values of IJssel-Vecht records for every route parameter; a new parameter name fails until it is added here.</summary>
    private static string Sample(string route, string parameter, Planted p) => parameter switch
    {
        "regionId" => Region,
        "key" when route.Contains("actie") || route.Contains("actions") => "glp-d1-a5",
        "key" when route.Contains("transformation") => "tp-regionale-coordinatie-ketenaanpakken",
        "key" => "glp-d1-r1",
        "kind" => "goals",
        "code" when route.Contains("gemeente") || route.Contains("prevention-chains") => "GM0193",
        "code" => "zelftriage",
        "unitId" => p.Unit.ToString(),
        "id" when route.Contains("reserv") => p.Reservation.ToString(),
        "id" when route.Contains("capacity/units") => p.Unit.ToString(),
        "id" when route.Contains("referrals") => p.Referral.ToString(),
        "id" when route.Contains("services") || route.Contains("dienst") => p.Service.ToString(),
        "id" => Guid.NewGuid().ToString(),
        "action" when route.Contains("decisions") => "decide",
        "action" => "cancel",
        "bodyKey" => "regiotafel",
        "meetingId" or "decisionId" or "milestoneId" => Guid.NewGuid().ToString(),
        "chainKey" => "keten-valpreventie",
        "documentName" => "v1",
        "storyId" => "1",
        "mappingId" => "1",
        "rest" => "services",
        "userId" => Guid.NewGuid().ToString(),
        "token" => "no-such-invitation",
        _ => throw new InvalidOperationException($"No sample value for {{{parameter}}} in {route}; add one to Sample()."),
    };

    private static HttpContent Body(Call call, Planted p) => call.Name switch
    {
        "CreateReservation" => JsonContent.Create(HoldBody(p.Unit, patient: "TP-INDRINGER-1")),
        "SubmitMeasurements" => JsonContent.Create(new[] { new { indicator = "zelftriage", area = "ijssel-vecht", period = "2023KW01", value = 40.0 } }),
        "ImportMeasurements" => new StringContent("indicator;area;period;value\nzelftriage;GM0193;2023KW02;41\n", Encoding.UTF8, "text/csv"),
        "ImportCapacityReports" => new StringContent($"unit_id;open;occupied\n{p.Unit};9;0\n", Encoding.UTF8, "text/csv"),
        "EditAction" => JsonContent.Create(new { version = 0, status = "running" }),
        "EditResult" => JsonContent.Create(new { version = 0, title = "Overgenomen" }),
        "AddProgressNote" => JsonContent.Create(new { date = "2026-11-01", text = "Notitie van buiten" }),
        "ChangeTransformationPlanStatus" => JsonContent.Create(new { version = 0, status = "quick-check" }),
        "SetPreventionChainStatus" => JsonContent.Create(new { version = 0, status = "implemented" }),
        "ChangeReferralStatus" => JsonContent.Create(new { version = 0, status = "Received" }),
        "EditDirectoryService" => JsonContent.Create(new { version = 0, name = "Overgenomen dienst" }),
        "PublishMeasurements" => JsonContent.Create(new { }),
        "SubmitCapacityReport" => JsonContent.Create(new { open = 9, occupied = 0, blocked = 0 }),
        "ChangeReservation" => JsonContent.Create(new { reason = "van buiten" }),
        "AddStory" => JsonContent.Create(new { kind = "Story", text = "Van buiten", date = "2026-11-01", source = "Interview" }),
        "EditStory" => JsonContent.Create(new { version = 0, kind = "Story", text = "Van buiten", date = "2026-11-01", source = "Interview" }),
        "WithdrawStory" => JsonContent.Create(new { }),
        "CreateReferral" => JsonContent.Create(new { residentInitials = "X", consentGiven = true }),
        "ImportPlanFile" => new StringContent("region: ijssel-vecht\n", Encoding.UTF8, "text/yaml"),
        _ => JsonContent.Create(new { }),
    };

    [GeneratedRegex(@"\{\*{0,2}(\w+)(?::[^}]*)?\}")]
    private static partial Regex ParameterPattern();
}

public sealed class RouteTableAuthorizationTestsOnSqlite(SqliteAppFactory f) : RouteTableAuthorizationTests(f), IClassFixture<SqliteAppFactory>;
public sealed class RouteTableAuthorizationTestsOnPostgres(PostgresAppFactory f) : RouteTableAuthorizationTests(f), IClassFixture<PostgresAppFactory>;
