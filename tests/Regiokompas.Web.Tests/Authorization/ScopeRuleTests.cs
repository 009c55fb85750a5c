using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Capacity.Reservations;
using Regiokompas.Web.Tests.Capacity;
using Regiokompas.Web.Tests.Infrastructure;
using static Regiokompas.Web.Tests.Capacity.CapacityTestSupport;

namespace Regiokompas.Web.Tests.Authorization;

/// <summary>
/// The four holes of issue 9 that the route-table matrix generalises: another party's reservation,
/// another organisation's idempotency key, another region's figures and stories, and holding places
/// without being a requesting organisation or beyond the cap.
/// </summary>
public abstract class ScopeRuleTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Stranger = "isala";            // same region, neither requester nor provider of the test units
    private const string OtherRegion = "flevoland";

    private async Task<string> OtherRegionOrganisationAsync() =>
        await factory.WithDbAsync(db => db.Organisations.Where(o => o.RegionId == OtherRegion).OrderBy(o => o.Id).Select(o => o.Key).FirstAsync(Ct));

    private async Task<(Guid Id, string Patient)> HoldAsync(HttpClient client, Guid unit, string? key = null)
    {
        var patient = $"TP-{Random.Shared.Next(100000, 999999)}";
        var response = await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, key, patient), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return ((await response.Content.ReadFromJsonAsync<ReservationView>(Ct))!.Id, patient);
    }

    [Fact]
    public async Task A_reservation_is_read_only_by_its_parties_through_api_and_page()
    {
        var unit = await factory.CreateUnitAsync(open: 5);
        var (id, patient) = await HoldAsync(await factory.TokenClientAsync(Region, OtherProvider), unit);

        var parties = new Dictionary<string, HttpClient>
        {
            ["requester token"] = await factory.TokenClientAsync(Region, OtherProvider),
            ["provider token"] = await factory.TokenClientAsync(Region, Provider),
            ["coordinator"] = await factory.LoggedInClientAsync(Roles.Coordinator, Region),
        };
        foreach (var (who, client) in parties)
        {
            var ok = await client.GetAsync($"/api/v1/reservations/{id}", Ct);
            ok.StatusCode.ShouldBe(HttpStatusCode.OK, who);
            (await ok.Content.ReadAsStringAsync(Ct)).ShouldContain(patient, customMessage: who);
        }

        var outsiders = new Dictionary<string, HttpClient>
        {
            ["token of another organisation"] = await factory.TokenClientAsync(Region, Stranger),
            ["member of another organisation"] = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: Stranger),
            ["coordinator of another region"] = await factory.LoggedInClientAsync(Roles.Coordinator, OtherRegion),
            ["token in another region"] = await factory.TokenClientAsync(OtherRegion, await OtherRegionOrganisationAsync()),
        };
        foreach (var (who, client) in outsiders)
        {
            var refused = await client.GetAsync($"/api/v1/reservations/{id}", Ct);
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, who);
            var body = await refused.Content.ReadAsStringAsync(Ct);
            body.ShouldNotContain(patient, customMessage: who);
            JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()
                .ShouldBe("Alleen wie bij deze reservering betrokken is (aanvrager, aanbieder, coördinator) mag die zien of wijzigen.");
        }
        (await factory.CreateClient().GetAsync($"/api/v1/reservations/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var member = outsiders["member of another organisation"];
        var page = await member.GetAsync($"/capaciteit/reserveringen/{id}", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/geen-toegang");
        var own = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: OtherProvider);
        (await own.GetStringAsync($"/capaciteit/reserveringen/{id}", Ct)).ShouldContain(patient);
    }

    [Fact]
    public async Task An_idempotency_key_belongs_to_one_organisation()
    {
        var unit = await factory.CreateUnitAsync(open: 5);
        var key = Guid.NewGuid().ToString("N");
        var first = await factory.TokenClientAsync(Region, OtherProvider);
        const string patient = "TP-EERSTE-1";
        var body1 = HoldBody(unit, key, patient); // sent twice as is: a repeat must be the same request
        var created = await first.PostAsJsonAsync("/api/v1/reservations", body1, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<ReservationView>(Ct))!.Id;

        // The same key from another organisation is a new hold of its own, never the first one's reservation.
        var other = await factory.TokenClientAsync(Region, "ggd-ijsselland");
        var response = await other.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, key, "TP-ANDER-1"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain(patient);
        JsonSerializer.Deserialize<ReservationView>(body, JsonSerializerOptions.Web)!.Id.ShouldNotBe(id);

        // The owner's repeat still finds its own reservation.
        var repeat = await first.PostAsJsonAsync("/api/v1/reservations", body1, Ct);
        repeat.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await repeat.Content.ReadFromJsonAsync<ReservationView>(Ct))!.Id.ShouldBe(id);
        (await factory.WithDbAsync(db => db.Set<Reservation>().CountAsync(r => r.IdempotencyKey == key, Ct))).ShouldBe(2);
    }

    [Fact]
    public async Task A_coordinator_submits_figures_only_for_her_own_region_as_json_and_csv()
    {
        var flevoland = await factory.LoggedInClientAsync(Roles.Coordinator, OtherRegion);
        var json = await flevoland.PostAsJsonAsync("/api/v1/measurements",
            new[] { new { indicator = "zelftriage", area = "ijssel-vecht", period = "2024KW01", value = 40.0 } }, Ct);
        json.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var csv = await flevoland.PostAsync("/api/v1/measurements/import",
            new StringContent("indicator;area;period;value\nzelftriage;ijssel-vecht;2024KW02;41\n", Encoding.UTF8, "text/csv"), Ct);
        csv.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await factory.WithDbAsync(db => db.Set<Measurement>()
            .CountAsync(m => m.IndicatorCode == "zelftriage" && m.AreaCode == "ijssel-vecht" && m.PeriodCode.StartsWith("2024"), Ct))).ShouldBe(0);

        var own = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        (await own.PostAsJsonAsync("/api/v1/measurements",
            new[] { new { indicator = "zelftriage", area = "ijssel-vecht", period = "2024KW01", value = 40.0 } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unpublished_figures_are_shown_only_to_the_coordinator_of_the_area()
    {
        var own = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        (await own.PostAsJsonAsync("/api/v1/measurements",
            new[] { new { indicator = "zelftriage", area = "ijssel-vecht", period = "2023KW03", value = 37.0 } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        const string url = "/api/v1/indicators/zelftriage/measurements?area=ijssel-vecht&from=2023KW03&to=2023KW03&submitted=true";

        var mine = await own.GetFromJsonAsync<JsonElement>(url, Ct);
        mine.EnumerateArray().ShouldContain(m => m.GetProperty("period").GetString() == "2023KW03");
        foreach (var outsider in new[] { await factory.LoggedInClientAsync(Roles.Coordinator, OtherRegion), factory.CreateClient() })
        {
            var seen = await outsider.GetFromJsonAsync<JsonElement>(url, Ct);
            seen.EnumerateArray().ShouldNotContain(m => m.GetProperty("period").GetString() == "2023KW03");
        }
    }

    [Fact]
    public async Task A_pillar_lead_adds_stories_only_in_her_own_region()
    {
        var lead = await factory.LoggedInClientAsync(Roles.PillarLead, Region, pillarKey: "gezond-leven-preventie");
        var story = new { kind = "Quote", text = "Een verhaal van een trekker.", date = "2026-11-01", source = "Interview" };
        var elsewhere = await lead.PostAsJsonAsync($"/api/v1/regions/{OtherRegion}/stories", story, Ct);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await elsewhere.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString()
            .ShouldBe("Alleen een pijlertrekker van deze regio, de coördinator of een beheerder mag dit.");
        (await lead.PostAsJsonAsync($"/api/v1/regions/{Region}/stories", story, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Only_requesting_organisations_and_the_coordinator_hold_places()
    {
        var unit = await factory.CreateUnitAsync(open: 5);
        var stranger = await factory.TokenClientAsync(Region, Stranger);
        var refused = await stranger.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString()!.ShouldStartWith("Uw organisatie mag in deze regio geen plekken vasthouden.");
        var otherRegion = await factory.TokenClientAsync(OtherRegion, await OtherRegionOrganisationAsync());
        (await otherRegion.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var otherCoordinator = await factory.LoggedInClientAsync(Roles.Coordinator, OtherRegion);
        (await otherCoordinator.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var strangerMember = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: Stranger);
        var form = await strangerMember.GetAsync($"/capaciteit/reserveren/{unit}", Ct);
        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.Headers.Location!.ToString().ShouldContain("/geen-toegang");
        (await factory.WithDbAsync(db => db.Set<Reservation>().CountAsync(r => r.UnitId == unit, Ct))).ShouldBe(0);

        (await (await factory.LoggedInClientAsync(Roles.Coordinator, Region)).PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await factory.AllowHoldsAsync(Stranger);
        (await stranger.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Open_holds_per_organisation_stop_at_the_configured_cap_with_a_dutch_problem()
    {
        const string organisation = "zilveren-kruis";
        await factory.AllowHoldsAsync(organisation);
        var max = factory.Services.GetRequiredService<IOptions<CapacityOptions>>().Value.MaxOpenHoldsPerOrganisation;
        var unit = await factory.CreateUnitAsync(open: max + 5);
        var client = await factory.TokenClientAsync(Region, organisation);
        var held = new List<Guid>();
        for (var i = 0; i < max; i++) held.Add((await HoldAsync(client, unit)).Id);

        var over = await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct);
        over.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await over.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("title").GetString().ShouldBe(
            $"Uw organisatie heeft al {max} open reserveringen en wachtlijstaanvragen, het maximum. Bevestig, geef vrij of trek eerst een aanvraag in.");
        problem.GetProperty("code").GetString().ShouldBe("capacity.hold-limit-reached");

        // Another organisation is not held back, and a released hold makes room again.
        (await (await factory.TokenClientAsync(Region, OtherProvider)).PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsync($"/api/v1/reservations/{held[0]}/release", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}

public sealed class ScopeRuleTestsOnSqlite(SqliteAppFactory f) : ScopeRuleTests(f), IClassFixture<SqliteAppFactory>;
public sealed class ScopeRuleTestsOnPostgres(PostgresAppFactory f) : ScopeRuleTests(f), IClassFixture<PostgresAppFactory>;
