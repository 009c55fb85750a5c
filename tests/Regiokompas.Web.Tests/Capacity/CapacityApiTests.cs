using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Capacity;
using Regiokompas.Web.Modules.Capacity.Reservations;
using Regiokompas.Web.Tests.Infrastructure;
using static Regiokompas.Web.Tests.Capacity.CapacityTestSupport;

namespace Regiokompas.Web.Tests.Capacity;

/// <summary>The capacity API scenarios, run once per database by the subclasses at the bottom.</summary>
public abstract class CapacityApiTests(AppFactory factory)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient? _reader;

    /// <summary>Counts per unit are for signed-in readers only (the public gets region totals).</summary>
    private async Task<HttpClient> ReaderAsync() => _reader ??= await factory.TokenClientAsync(Region, Provider);

    private async Task<JsonElement> UnitAsync(Guid id) =>
        await (await ReaderAsync()).GetFromJsonAsync<JsonElement>($"/api/v1/capacity/units/{id}", Ct);

    [Fact]
    public async Task Hold_returns_201_with_expiry_and_the_free_count_drops_at_once()
    {
        var unit = await factory.CreateUnitAsync(open: 5, occupied: 2);
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(3);
        var client = await factory.TokenClientAsync(Region, OtherProvider);

        var before = DateTime.UtcNow;
        var response = await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("status").GetString().ShouldBe("held");
        var expires = body.GetProperty("expiresAt").GetDateTime().ToUniversalTime();
        expires.ShouldBeInRange(before.AddMinutes(59), DateTime.UtcNow.AddMinutes(61)); // elv-hoog holds 60 minutes
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/reservations/{body.GetProperty("id").GetGuid()}");
        var after = await UnitAsync(unit);
        after.GetProperty("free").GetInt32().ShouldBe(2);
        after.GetProperty("activeHolds").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Fifty_parallel_holds_on_one_free_place_give_exactly_one_hold()
    {
        var unit = await factory.CreateUnitAsync(open: 4, occupied: 3);
        var client = await factory.TokenClientAsync(Region, OtherProvider);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, patient: $"TP-{i:0000}"), Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(49);
        var problem = await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("capacity.no-free-place");
        problem.GetProperty("title").GetString().ShouldBe("Er is op dit moment geen plek vrij bij deze eenheid.");
        problem.GetProperty("status").GetInt32().ShouldBe(409);
        var held = await factory.WithDbAsync(db => db.Set<Reservation>().CountAsync(r => r.UnitId == unit, Ct));
        held.ShouldBe(1);
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Same_idempotency_key_sent_twice_holds_one_place()
    {
        var unit = await factory.CreateUnitAsync(open: 3);
        var client = await factory.TokenClientAsync(Region, OtherProvider);
        var body = HoldBody(unit, key: "isala-transfer-0042");

        var first = await client.PostAsJsonAsync("/api/v1/reservations", body, Ct);
        var second = await client.PostAsJsonAsync("/api/v1/reservations", body, Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var b = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        b.GetProperty("id").GetGuid().ShouldBe(a.GetProperty("id").GetGuid());
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Same_key_sent_twenty_times_in_parallel_holds_one_place()
    {
        var unit = await factory.CreateUnitAsync(open: 5);
        var client = await factory.TokenClientAsync(Region, OtherProvider);
        var body = HoldBody(unit, key: $"retry-storm-{Guid.NewGuid():N}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsJsonAsync("/api/v1/reservations", body, Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(19);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid()));
        ids.Distinct().ShouldHaveSingleItem();
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task Same_key_for_another_unit_is_refused()
    {
        var one = await factory.CreateUnitAsync(open: 3);
        var two = await factory.CreateUnitAsync(open: 3);
        var client = await factory.TokenClientAsync(Region, OtherProvider);
        (await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(one, key: "dubbel-1"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var response = await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(two, key: "dubbel-1"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("capacity.idempotency-key-reused");
    }

    [Fact]
    public async Task Hold_needs_a_signed_in_caller_and_valid_input()
    {
        var unit = await factory.CreateUnitAsync(open: 3);
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var client = await factory.TokenClientAsync(Region, OtherProvider);
        var invalid = await client.PostAsJsonAsync("/api/v1/reservations", new { unitId = unit, urgency = "soon" }, Ct);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var name = await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, patient: "Jan Jansen"), Ct);
        name.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await name.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("capacity.patient-reference-invalid");
        (await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(Guid.NewGuid()), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stale_unit_needs_provider_confirmation()
    {
        var unit = await factory.CreateUnitAsync(open: 3, reportedAgo: TimeSpan.FromHours(13));
        (await UnitAsync(unit)).GetProperty("stale").GetBoolean().ShouldBeTrue();
        var client = await factory.TokenClientAsync(Region, OtherProvider);
        var refused = await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("capacity.unit-stale");

        var body = new { unitId = unit, idempotencyKey = "stale-ok", patientReference = "TP-0009", urgency = "acute",
            expectedArrival = DateTime.UtcNow.AddHours(1), providerConfirmed = true };
        (await client.PostAsJsonAsync("/api/v1/reservations", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Requester_confirms_provider_records_arrival_and_others_may_not()
    {
        var unit = await factory.CreateUnitAsync(open: 2);
        var requester = await factory.TokenClientAsync(Region, OtherProvider);
        var provider = await factory.TokenClientAsync(Region, Provider);
        var stranger = await factory.TokenClientAsync(Region, "isala");
        var id = (await (await requester.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct))
            .GetProperty("id").GetGuid();

        (await stranger.PostAsync($"/api/v1/reservations/{id}/confirm", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await requester.PostAsync($"/api/v1/reservations/{id}/arrive", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var confirmed = await requester.PostAsync($"/api/v1/reservations/{id}/confirm", null, Ct);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await confirmed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString().ShouldBe("confirmed");
        (await UnitAsync(unit)).GetProperty("confirmedNotArrived").GetInt32().ShouldBe(1);

        var arrived = await provider.PostAsync($"/api/v1/reservations/{id}/arrive", null, Ct);
        (await arrived.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString().ShouldBe("arrived");

        var again = await requester.PostAsJsonAsync($"/api/v1/reservations/{id}/cancel", new { reason = "te laat" }, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("capacity.reservation-transition-not-allowed");

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Reservation" && a.EntityKey == id.ToString())
            .Select(a => a.Field).ToListAsync(Ct));
        audit.ShouldContain("*");        // created
        audit.ShouldContain("Status");   // every state change
        audit.ShouldContain("ArrivedAtUtc");
    }

    [Fact]
    public async Task Cancel_needs_a_reason_and_release_returns_the_place()
    {
        var unit = await factory.CreateUnitAsync(open: 1);
        var client = await factory.TokenClientAsync(Region, OtherProvider);
        var a = (await (await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/v1/reservations/{a}/cancel", new { reason = "" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await client.PostAsync($"/api/v1/reservations/{a}/release", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(1);

        var b = (await (await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var cancelled = await client.PostAsJsonAsync($"/api/v1/reservations/{b}/cancel", new { reason = "Patiënt blijft thuis" }, Ct);
        (await cancelled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("endReason").GetString().ShouldBe("Patiënt blijft thuis");
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Expired_hold_returns_its_place_and_the_expiry_job_marks_it()
    {
        var unit = await factory.CreateUnitAsync(open: 1);
        // A hold made 61 minutes ago on a 60-minute type, and a request that joined the waiting list
        // while it still ran. Saved together: the hosted expiry job runs on its own clock and must
        // never see the expired hold without the waiting request.
        var (id, waitingId) = await factory.WithDbAsync(async db =>
        {
            var u = await db.Set<CapacityUnit>().SingleAsync(x => x.Id == unit, Ct);
            var type = await db.Set<CapacityType>().SingleAsync(t => t.Code == u.TypeCode, Ct);
            var then = DateTime.UtcNow.AddMinutes(-61);
            var hold = u.Hold(new HoldRequest("old-hold-" + unit, "test", null, Urgency.Urgent, then.AddHours(1), "TP-0100"), type, then);
            db.Add(hold);
            var waiting = u.Request(new HoldRequest("wait-" + unit, "test", null, Urgency.Urgent, DateTime.UtcNow.AddHours(1), "TP-0200"), type, DateTime.UtcNow.AddMinutes(-30));
            db.Add(waiting);
            await db.SaveChangesAsync(Ct);
            return (hold.Id, waiting.Id);
        });

        // The hosted service may run the same round at the same moment; either way the end state must be this.
        await HoldExpiryService.RunOnceAsync(factory.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, Ct);

        var status = await factory.WithDbAsync(db => db.Set<Reservation>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct));
        status.ShouldBe(ReservationStatus.Expired);
        var promoted = await factory.WithDbAsync(db => db.Set<Reservation>().Where(r => r.Id == waitingId).Select(r => r.Status).SingleAsync(Ct));
        promoted.ShouldBe(ReservationStatus.Held);
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Hosted_expiry_service_runs_often_enough_for_the_60_second_promise()
    {
        HoldExpiryService.Interval.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
        factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<HoldExpiryService>().ShouldHaveSingleItem();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Provider_reports_by_api_and_a_report_below_live_reservations_is_flagged()
    {
        var unit = await factory.CreateUnitAsync(open: 3);
        var requester = await factory.TokenClientAsync(Region, OtherProvider);
        var provider = await factory.TokenClientAsync(Region, Provider);
        await requester.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct);
        await requester.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, patient: "TP-0002"), Ct);

        (await requester.PostAsJsonAsync($"/api/v1/capacity/units/{unit}/reports", new { open = 3, occupied = 1 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var response = await provider.PostAsJsonAsync($"/api/v1/capacity/units/{unit}/reports",
            new { open = 3, occupied = 2, expectedExtra24h = 1, expectedExtra72h = 2 }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        report.GetProperty("conflict").GetBoolean().ShouldBeTrue();
        report.GetProperty("liveReservations").GetInt32().ShouldBe(2);
        report.GetProperty("source").GetString().ShouldBe("api");
        var after = await UnitAsync(unit);
        after.GetProperty("hasConflict").GetBoolean().ShouldBeTrue();
        after.GetProperty("free").GetInt32().ShouldBe(0);
        after.GetProperty("overbooked").GetInt32().ShouldBe(1);
        after.GetProperty("freeIn24h").GetInt32().ShouldBe(1);

        var invalid = await provider.PostAsJsonAsync($"/api/v1/capacity/units/{unit}/reports", new { open = 3, occupied = 4 }, Ct);
        invalid.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("capacity.report-exceeds-open");
        var reports = await factory.WithDbAsync(db => db.Set<AvailabilityReport>().CountAsync(r => r.UnitId == unit, Ct));
        reports.ShouldBe(2);
    }

    [Fact]
    public async Task Unchanged_makes_a_stale_unit_fresh_with_the_same_figures()
    {
        var unit = await factory.CreateUnitAsync(open: 6, occupied: 4, reportedAgo: TimeSpan.FromHours(20));
        var provider = await factory.TokenClientAsync(Region, Provider);
        var response = await provider.PostAsync($"/api/v1/capacity/units/{unit}/reports/unchanged", null, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await UnitAsync(unit);
        after.GetProperty("stale").GetBoolean().ShouldBeFalse();
        after.GetProperty("free").GetInt32().ShouldBe(2);
        after.GetProperty("ageMinutes").GetInt32().ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task Csv_upload_is_all_or_nothing_with_errors_by_line()
    {
        var one = await factory.CreateUnitAsync(open: 5);
        var two = await factory.CreateUnitAsync(open: 5);
        var provider = await factory.TokenClientAsync(Region, Provider);
        var bad = $"unit_id;open;occupied;blocked;blocked_reason\n{one};5;2;0;\n{two};5;x;0;\n{two};5;1;1;\n";

        var refused = await provider.PostAsync("/api/v1/capacity/reports/csv", new StringContent(bad, Encoding.UTF8, "text/csv"), Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problems = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("field").GetString())).ToList();
        problems.ShouldContain((3, "occupied"));
        problems.ShouldContain((4, "*")); // blocked without a reason
        (await factory.WithDbAsync(db => db.Set<AvailabilityReport>().CountAsync(r => r.UnitId == one, Ct))).ShouldBe(1);

        var good = $"unit_id,open,occupied,expected_24h,expected_72h\n{one},5,2,1,2\n{two},6,1,,\n";
        var ok = await provider.PostAsync("/api/v1/capacity/reports/csv", new StringContent(good, Encoding.UTF8, "text/csv"), Ct);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("reports").GetInt32().ShouldBe(2);
        (await UnitAsync(one)).GetProperty("free").GetInt32().ShouldBe(3);
        (await UnitAsync(two)).GetProperty("free").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Csv_for_another_organisations_unit_changes_nothing()
    {
        var unit = await factory.CreateUnitAsync(open: 5);
        var other = await factory.TokenClientAsync(Region, OtherProvider);
        var response = await other.PostAsync("/api/v1/capacity/reports/csv",
            new StringContent($"unit_id,open,occupied\n{unit},5,5\n", Encoding.UTF8, "text/csv"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Crash_inside_the_hold_transaction_leaves_no_half_state()
    {
        var unit = await factory.CreateUnitAsync(open: 2);
        var version = (await UnitAsync(unit)).GetProperty("version").GetInt32();
        await Should.ThrowAsync<InvalidOperationException>(() => factory.WithDbAsync<int>(async db =>
            await UnitTransaction.RunAsync<int>(db, unit, async () =>
            {
                var u = await db.Set<CapacityUnit>().SingleAsync(x => x.Id == unit, Ct);
                var type = await db.Set<CapacityType>().SingleAsync(t => t.Code == u.TypeCode, Ct);
                db.Add(u.Hold(new HoldRequest("crash-" + unit, "test", null, Urgency.Acute, DateTime.UtcNow.AddHours(1), "TP-0666"), type, DateTime.UtcNow));
                await db.SaveChangesAsync(Ct);       // written inside the transaction…
                throw new InvalidOperationException("process dies before commit");
            }, Ct)));

        (await factory.WithDbAsync(db => db.Set<Reservation>().CountAsync(r => r.UnitId == unit, Ct))).ShouldBe(0);
        var after = await UnitAsync(unit);
        after.GetProperty("free").GetInt32().ShouldBe(2);
        after.GetProperty("version").GetInt32().ShouldBe(version);
    }

    [Fact]
    public async Task Dashboard_api_filters_and_totals_per_type_and_municipality()
    {
        var unit = await factory.CreateUnitAsync(open: 7, occupied: 2, type: "respijtzorg");
        var overview = await (await ReaderAsync()).GetFromJsonAsync<JsonElement>($"/api/v1/capacity?region={Region}&type=respijtzorg", Ct);
        overview.GetProperty("units").EnumerateArray().ShouldAllBe(u => u.GetProperty("typeCode").GetString() == "respijtzorg");
        overview.GetProperty("units").EnumerateArray().ShouldContain(u => u.GetProperty("id").GetGuid() == unit);
        var group = overview.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("municipalityCode").GetString() == "GM0193");
        group.GetProperty("municipalityName").GetString().ShouldBe("Zwolle");
        group.GetProperty("free").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        var types = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/capacity/types", Ct);
        types.GetArrayLength().ShouldBe(7);
    }

    [Fact]
    public async Task Public_totals_suppress_small_counts()
    {
        await factory.CreateUnitAsync(open: 3, occupied: 1, type: "elv-palliatief", organisation: OtherProvider);
        var rows = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/capacity/public?region={Region}", Ct);
        var row = rows.EnumerateArray().Single(r => r.GetProperty("typeCode").GetString() == "elv-palliatief");
        var free = row.TryGetProperty("free", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : (int?)null;
        if (free is null) row.GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        else free.Value.ShouldSatisfyAllConditions(v => (v == 0 || v >= 5).ShouldBeTrue());
    }

    [Fact]
    public async Task Waiting_request_gets_the_place_a_release_frees_most_urgent_first()
    {
        var unit = await factory.CreateUnitAsync(open: 1);
        var client = await factory.TokenClientAsync(Region, OtherProvider);
        var holder = (await (await client.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        object Waiting(string patient, string urgency) => new { unitId = unit, idempotencyKey = Guid.NewGuid().ToString("N"), patientReference = patient,
            urgency, expectedArrival = DateTime.UtcNow.AddHours(3), waitIfFull = true };

        var planned = await client.PostAsJsonAsync("/api/v1/reservations", Waiting("TP-0101", "planned"), Ct);
        var acute = await client.PostAsJsonAsync("/api/v1/reservations", Waiting("TP-0102", "acute"), Ct);

        planned.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var acuteBody = await acute.Content.ReadFromJsonAsync<JsonElement>(Ct);
        acuteBody.GetProperty("status").GetString().ShouldBe("requested");
        (await client.PostAsync($"/api/v1/reservations/{holder}/release", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var promoted = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reservations/{acuteBody.GetProperty("id").GetGuid()}", Ct);
        promoted.GetProperty("status").GetString().ShouldBe("held");
        promoted.TryGetProperty("expiresAt", out var e).ShouldBeTrue();
        var still = await client.GetFromJsonAsync<JsonElement>(planned.Headers.Location!.ToString(), Ct);
        still.GetProperty("status").GetString().ShouldBe("requested");
        (await UnitAsync(unit)).GetProperty("free").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Openapi_describes_the_capacity_endpoints()
    {
        var paths = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct)).GetProperty("paths");
        foreach (var path in new[] { "/api/v1/capacity", "/api/v1/reservations", "/api/v1/capacity/units/{id}/reports", "/api/v1/capacity/forecasts" })
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
    }

    [Fact]
    public async Task Fhir_export_gives_measure_reports_and_locations()
    {
        var unit = await factory.CreateUnitAsync(open: 4, occupied: 1);
        var bundle = await (await ReaderAsync()).GetFromJsonAsync<JsonElement>($"/api/v1/capacity/fhir/measure-reports?region={Region}", Ct);
        bundle.GetProperty("resourceType").GetString().ShouldBe("Bundle");
        var report = bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource"))
            .Single(r => r.GetProperty("id").GetString() == unit.ToString());
        report.GetProperty("resourceType").GetString().ShouldBe("MeasureReport");
        var populations = report.GetProperty("group")[0].GetProperty("population").EnumerateArray()
            .ToDictionary(p => p.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString()!, p => p.GetProperty("count").GetInt32());
        populations["open"].ShouldBe(4);
        populations["available"].ShouldBe(3);

        var locations = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/capacity/fhir/locations?region={Region}", Ct);
        var types = locations.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("resourceType").GetString()).ToHashSet();
        types.ShouldBe(["Location", "HealthcareService"], ignoreOrder: true);
    }
}

public sealed class CapacityApiTestsOnSqlite(SqliteAppFactory f) : CapacityApiTests(f), IClassFixture<SqliteAppFactory>;
public sealed class CapacityApiTestsOnPostgres(PostgresAppFactory f) : CapacityApiTests(f), IClassFixture<PostgresAppFactory>;
