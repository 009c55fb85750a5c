using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Capacity.Reports;
using Regiokompas.Web.Tests.Infrastructure;
using static Regiokompas.Web.Tests.Capacity.CapacityTestSupport;

namespace Regiokompas.Web.Tests.Capacity;

/// <summary>The waiting-list page, joining it from a full unit, and the CSV upload form, over HTTP as a browser without JavaScript.</summary>
public abstract class CapacityWaitingListPageTests(AppFactory factory)
{
    private const string ThirdOrganisation = "ggd-ijsselland";
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(formPage);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields), Ct);
    }

    private static bool HasWithdrawForm(string html, Guid id) =>
        Regex.IsMatch(html, $"action=\"[^\"]*(handler=Withdraw[^\"]*{id}|{id}[^\"]*handler=Withdraw)");

    private Task<ReservationStatus> StatusAsync(Guid id) =>
        factory.WithDbAsync(db => db.Set<Reservation>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct));

    /// <summary>Fills the unit's one place and puts two requests of the given organisation on its waiting list: planned first, acute later.</summary>
    private async Task<(Guid Unit, Guid Holder, Guid Planned, Guid Acute)> FullUnitWithWaitingAsync(string requesterOrganisation)
    {
        var unit = await factory.CreateUnitAsync(open: 1);
        var api = await factory.TokenClientAsync(Region, requesterOrganisation);
        async Task<Guid> Post(object body) =>
            (await (await api.PostAsJsonAsync("/api/v1/reservations", body, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        object Waiting(string patient, string urgency) => new
        {
            unitId = unit, idempotencyKey = Guid.NewGuid().ToString("N"), patientReference = patient, urgency,
            expectedArrival = DateTime.UtcNow.AddHours(3), waitIfFull = true,
        };
        var holder = await Post(HoldBody(unit, patient: "TP-7000"));
        var planned = await Post(Waiting($"TP-71{Random.Shared.Next(10, 99)}", "planned"));
        var acute = await Post(Waiting($"TP-72{Random.Shared.Next(10, 99)}", "acute"));
        return (unit, holder, planned, acute);
    }

    [Fact]
    public async Task Requesting_organisation_sees_its_entries_in_order_and_withdraws_one_another_organisation_cannot()
    {
        var (_, _, planned, acute) = await FullUnitWithWaitingAsync(OtherProvider);
        var plannedRef = await factory.WithDbAsync(db => db.Set<Reservation>().Where(r => r.Id == planned).Select(r => r.PatientReference).SingleAsync(Ct));
        var own = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: OtherProvider);
        var stranger = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: ThirdOrganisation);

        var ownPage = await own.GetStringAsync("/capaciteit/wachtlijst", Ct);
        ownPage.ShouldContain("<h1>Wachtlijst</h1>");
        ownPage.ShouldContain(plannedRef);
        ownPage.IndexOf($"id=\"r-{acute}\"", StringComparison.Ordinal)
            .ShouldBeLessThan(ownPage.IndexOf($"id=\"r-{planned}\"", StringComparison.Ordinal)); // acute first, although it came later
        ownPage.ShouldContain("Als eerste aan de beurt bij deze afdeling");
        ownPage.ShouldContain("Nummer 2 in de rij bij deze afdeling");
        HasWithdrawForm(ownPage, planned).ShouldBeTrue();

        var strangerPage = await stranger.GetStringAsync("/capaciteit/wachtlijst", Ct);
        strangerPage.ShouldContain("Nummer 2 in de rij bij deze afdeling"); // the region's queue is visible ...
        strangerPage.ShouldNotContain(plannedRef);                          // ... but not the reference
        strangerPage.ShouldNotContain(planned.ToString());                  // nor the id that opens the reservation
        HasWithdrawForm(strangerPage, planned).ShouldBeFalse();

        var refused = await PostFormAsync(stranger, $"/capaciteit/wachtlijst?handler=Withdraw&id={planned}", strangerPage, []);
        refused.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (refused.StatusCode == HttpStatusCode.Redirect) refused.Headers.Location!.ToString().ShouldContain("geen-toegang");
        (await StatusAsync(planned)).ShouldBe(ReservationStatus.Requested);

        var withdrawn = await PostFormAsync(own, $"/capaciteit/wachtlijst?handler=Withdraw&id={planned}", ownPage, []);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync(planned)).ShouldBe(ReservationStatus.Cancelled);
        var after = await own.GetStringAsync("/capaciteit/wachtlijst", Ct);
        after.ShouldContain("De aanvraag is van de wachtlijst gehaald.");
        after.ShouldNotContain($"id=\"r-{planned}\"");
        var audit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Reservation" && a.EntityKey == planned.ToString() && a.Field == "Status")
            .Select(a => new { a.OldValue, a.NewValue, a.UserName }).ToListAsync(Ct));
        audit.ShouldHaveSingleItem().NewValue.ShouldBe("Cancelled");
    }

    [Fact]
    public async Task Nurse_puts_the_request_on_the_waiting_list_from_the_full_unit_and_sees_the_promotion()
    {
        var unit = await factory.CreateUnitAsync(open: 1);
        var provider = await factory.TokenClientAsync(Region, Provider);
        var holder = (await (await provider.PostAsJsonAsync("/api/v1/reservations", HoldBody(unit, patient: "TP-8000"), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var nurse = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: OtherProvider);
        var form = await nurse.GetStringAsync($"/capaciteit/reserveren/{unit}", Ct);
        var key = Regex.Match(form, "name=\"Input.IdempotencyKey\" value=\"([^\"]+)\"").Groups[1].Value;
        var arrival = DateTime.UtcNow.AddHours(3).ToString("yyyy-MM-ddTHH:mm");

        var full = await PostFormAsync(nurse, $"/capaciteit/reserveren/{unit}", form, new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = key, ["Input.PatientReference"] = "TP-2026-0815", ["Input.Urgency"] = "urgent",
            ["Input.ExpectedArrivalLocal"] = arrival,
        });
        full.StatusCode.ShouldBe(HttpStatusCode.OK);
        var offer = await full.Content.ReadAsStringAsync(Ct);
        offer.ShouldContain("Er is op dit moment geen plek vrij");
        offer.ShouldContain("Zet op de wachtlijst");
        // The offer carries what the nurse already typed, so she does not start again.
        offer.ShouldContain("name=\"Input.PatientReference\" value=\"TP-2026-0815\"");
        offer.ShouldContain($"name=\"Input.IdempotencyKey\" value=\"{key}\"");
        (await factory.WithDbAsync(db => db.Set<Reservation>().CountAsync(r => r.UnitId == unit, Ct))).ShouldBe(1);

        var joined = await PostFormAsync(nurse, $"/capaciteit/reserveren/{unit}?handler=Wait", offer, new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = Regex.Match(offer, "name=\"Input.IdempotencyKey\" value=\"([^\"]+)\"").Groups[1].Value,
            ["Input.PatientReference"] = "TP-2026-0815", ["Input.Urgency"] = "acute", ["Input.ExpectedArrivalLocal"] = arrival,
            ["Input.ProviderConfirmed"] = "false",
        });
        joined.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var waiting = await factory.WithDbAsync(db => db.Set<Reservation>().SingleAsync(r => r.UnitId == unit && r.PatientReference == "TP-2026-0815", Ct));
        waiting.Status.ShouldBe(ReservationStatus.Requested);
        waiting.Urgency.ShouldBe(Urgency.Acute);
        joined.Headers.Location!.ToString().ShouldBe($"/capaciteit/wachtlijst#r-{waiting.Id}");
        var list = await nurse.GetStringAsync("/capaciteit/wachtlijst", Ct);
        list.ShouldContain("staat op de wachtlijst");
        list.ShouldContain($"id=\"r-{waiting.Id}\"");

        (await provider.PostAsync($"/api/v1/reservations/{holder}/release", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await StatusAsync(waiting.Id)).ShouldBe(ReservationStatus.Held);
        var promoted = await nurse.GetStringAsync("/capaciteit/wachtlijst", Ct);
        promoted.ShouldContain("Er is een plek vrijgekomen");
        promoted.ShouldContain("Aanvraag TP-2026-0815 heeft nu een plek");
        var details = await nurse.GetStringAsync($"/capaciteit/reserveringen/{waiting.Id}", Ct);
        details.ShouldContain("Via de wachtlijst");
        var api = await nurse.GetFromJsonAsync<JsonElement>($"/api/v1/reservations/{waiting.Id}", Ct);
        api.GetProperty("fromWaitingList").GetBoolean().ShouldBeTrue();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string csv, bool dryRun, byte[]? raw = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(AppFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(dryRun ? "true" : "false"), "dryRun" },
        };
        var file = new ByteArrayContent(raw ?? Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        content.Add(file, "CsvFile", "melding.csv");
        return await client.PostAsync("/capaciteit/melden?handler=Csv", content, Ct);
    }

    private Task<int> ReportCountAsync(Guid unit) => factory.WithDbAsync(db => db.Set<AvailabilityReport>().CountAsync(r => r.UnitId == unit, Ct));

    [Fact]
    public async Task Csv_form_with_one_bad_line_names_it_and_changes_nothing()
    {
        var one = await factory.CreateUnitAsync(open: 5);
        var two = await factory.CreateUnitAsync(open: 5);
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: Provider);
        var page = await client.GetStringAsync("/capaciteit/melden", Ct);
        page.ShouldContain("/capaciteit/melden/csv-formaat");

        var response = await UploadAsync(client, page, $"unit_id;open;occupied\n{one};5;2\n{two};5;zeven\n", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Er is niets opgeslagen. Het bestand bevat 1 fouten.");
        html.ShouldContain("<tr><td>3</td><td>occupied</td><td>&#x27;zeven&#x27; is geen heel getal van 0 of meer.</td></tr>");
        (await ReportCountAsync(one)).ShouldBe(1);
        (await ReportCountAsync(two)).ShouldBe(1);
    }

    [Fact]
    public async Task Csv_form_checks_first_then_imports_with_audit()
    {
        var one = await factory.CreateUnitAsync(open: 5);
        var two = await factory.CreateUnitAsync(open: 5);
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: Provider);
        var page = await client.GetStringAsync("/capaciteit/melden", Ct);
        var csv = $"unit_id,open,occupied,blocked,blocked_reason,expected_24h\n{one},7,2,1,\"lekkage, kamer 4\",1\n{two},6,6,0,,\n";

        var check = await UploadAsync(client, page, csv, dryRun: true);
        check.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await check.Content.ReadAsStringAsync(Ct)).ShouldContain("Het bestand is in orde: 2 meldingen. Er is nog niets opgeslagen.");
        (await ReportCountAsync(one)).ShouldBe(1);

        var import = await UploadAsync(client, page, csv, dryRun: false);
        import.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportCountAsync(one)).ShouldBe(2);
        (await ReportCountAsync(two)).ShouldBe(2);
        (await client.GetStringAsync("/capaciteit/melden", Ct)).ShouldContain("2 meldingen uit het bestand zijn opgeslagen.");
        var stored = await factory.WithDbAsync(db => db.Set<CapacityUnit>().SingleAsync(u => u.Id == one, Ct));
        (stored.Open, stored.Occupied, stored.Blocked, stored.BlockedReason).ShouldBe((7, 2, 1, "lekkage, kamer 4"));
        var audit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "CapacityUnit" && a.EntityKey == one.ToString() && a.Field == "Open")
            .Select(a => new { a.OldValue, a.NewValue }).ToListAsync(Ct));
        audit.ShouldContain(a => a.OldValue == "5" && a.NewValue == "7");
    }

    [Fact]
    public async Task Csv_form_refuses_a_file_above_the_size_limit_with_a_clear_message()
    {
        var unit = await factory.CreateUnitAsync(open: 5);
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: Provider);
        var page = await client.GetStringAsync("/capaciteit/melden", Ct);
        var valid = Encoding.UTF8.GetBytes($"unit_id,open,occupied\n{unit},5,1\n");
        var big = valid.Concat(Enumerable.Repeat((byte)'\n', ImportReportsCsvHandler.MaxBytes)).ToArray();

        var response = await UploadAsync(client, page, "", dryRun: false, raw: big);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Het mag hoogstens 2 MB zijn. Er is niets opgeslagen.");
        (await ReportCountAsync(unit)).ShouldBe(1);
    }
}

public sealed class CapacityWaitingListPageTestsOnSqlite(SqliteAppFactory f) : CapacityWaitingListPageTests(f), IClassFixture<SqliteAppFactory>;
public sealed class CapacityWaitingListPageTestsOnPostgres(PostgresAppFactory f) : CapacityWaitingListPageTests(f), IClassFixture<PostgresAppFactory>;
