using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Capacity.Forecasting;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Capacity.Forecasts;
using Regiokompas.Web.Tests.Infrastructure;
using static Regiokompas.Web.Tests.Capacity.CapacityTestSupport;

namespace Regiokompas.Web.Tests.Capacity;

/// <summary>The capacity pages over HTTP, with forms posted as a browser without JavaScript would.</summary>
public abstract class CapacityPageTests(AppFactory factory)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(formPage);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields), Ct);
    }

    [Fact]
    public async Task Public_dashboard_shows_totals_without_provider_detail()
    {
        await factory.CreateUnitAsync(open: 9, occupied: 1, type: "wlz-opname");
        var html = await factory.CreateClient().GetStringAsync($"/capaciteit?region={Region}", Ct);
        html.ShouldContain("<h1>Vrije plekken in de regio</h1>");
        html.ShouldContain("Verpleeghuisopname (Wlz)");
        html.ShouldNotContain("Testafdeling");
        html.ShouldNotContain("Reserveren");
    }

    [Fact]
    public async Task Coordinator_sees_units_with_age_and_a_reserve_link()
    {
        var unit = await factory.CreateUnitAsync(open: 5, occupied: 1);
        var client = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var html = await client.GetStringAsync($"/capaciteit?region={Region}&type=elv-hoog", Ct);
        html.ShouldContain("Carinova");
        html.ShouldContain("min geleden");
        html.ShouldContain($"/capaciteit/reserveren/{unit}");
        html.ShouldContain("id=\"capacity-live\"");
        var table = await client.GetStringAsync($"/capaciteit?region={Region}&type=elv-hoog&handler=Table", Ct);
        table.ShouldNotContain("<html");
        table.ShouldContain($"/capaciteit/reserveren/{unit}");
    }

    [Fact]
    public async Task Reserving_through_the_form_holds_a_place_and_shows_its_expiry()
    {
        var unit = await factory.CreateUnitAsync(open: 2);
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: OtherProvider);
        var form = await client.GetStringAsync($"/capaciteit/reserveren/{unit}", Ct);
        var key = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.IdempotencyKey\" value=\"([^\"]+)\"").Groups[1].Value;
        key.ShouldNotBeNullOrEmpty();
        var fields = new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = key, ["Input.PatientReference"] = "TP-2026-0413", ["Input.Urgency"] = "acute",
            ["Input.ExpectedArrivalLocal"] = DateTime.UtcNow.AddHours(3).ToString("yyyy-MM-ddTHH:mm"),
        };

        var response = await PostFormAsync(client, $"/capaciteit/reserveren/{unit}", form, fields);
        var again = await PostFormAsync(client, $"/capaciteit/reserveren/{unit}", form, new Dictionary<string, string>(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.Headers.Location.ShouldBe(response.Headers.Location); // a double click holds one place
        var details = await client.GetStringAsync(response.Headers.Location!.ToString(), Ct);
        details.ShouldContain("vastgehouden");
        details.ShouldContain("Bevestig op tijd");
        (await factory.WithDbAsync(db => db.Set<Reservation>().CountAsync(r => r.UnitId == unit, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Reserve_form_shows_the_rule_in_dutch_when_nothing_is_free()
    {
        var unit = await factory.CreateUnitAsync(open: 2, occupied: 2);
        var client = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var form = await client.GetStringAsync($"/capaciteit/reserveren/{unit}", Ct);
        var response = await PostFormAsync(client, $"/capaciteit/reserveren/{unit}", form, new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = Guid.NewGuid().ToString("N"), ["Input.PatientReference"] = "TP-0001", ["Input.Urgency"] = "urgent",
            ["Input.ExpectedArrivalLocal"] = DateTime.UtcNow.AddHours(3).ToString("yyyy-MM-ddTHH:mm"),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Er is op dit moment geen plek vrij bij deze eenheid.");
    }

    [Fact]
    public async Task Provider_confirms_unchanged_in_one_click_and_cannot_see_other_units()
    {
        var own = await factory.CreateUnitAsync(open: 6, occupied: 2, reportedAgo: TimeSpan.FromHours(20));
        var other = await factory.CreateUnitAsync(open: 6, organisation: OtherProvider);
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: Provider);
        var page = await client.GetStringAsync("/capaciteit/melden", Ct);
        page.ShouldContain($"id=\"unit-{own}\"");
        page.ShouldNotContain($"id=\"unit-{other}\"");
        page.ShouldContain("verouderd");

        var response = await PostFormAsync(client, $"/capaciteit/melden?handler=Unchanged&unitId={own}", page, []);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetStringAsync("/capaciteit/melden", Ct);
        after.ShouldContain("Uw melding is opgeslagen.");
        var unit = await client.GetFromJsonAsync<JsonElement>($"/api/v1/capacity/units/{own}", Ct);
        unit.GetProperty("stale").GetBoolean().ShouldBeFalse();

        var forbidden = await PostFormAsync(client, $"/capaciteit/melden?handler=Unchanged&unitId={other}", page, []);
        forbidden.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (forbidden.StatusCode == HttpStatusCode.Redirect) forbidden.Headers.Location!.ToString().ShouldContain("geen-toegang");
    }

    [Fact]
    public async Task Report_form_with_impossible_figures_explains_and_saves_nothing()
    {
        var unit = await factory.CreateUnitAsync(open: 4);
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: Provider);
        var page = await client.GetStringAsync("/capaciteit/melden", Ct);
        var response = await PostFormAsync(client, $"/capaciteit/melden?handler=Report&unitId={unit}", page, new Dictionary<string, string>
        {
            ["Input.Open"] = "4", ["Input.Occupied"] = "3", ["Input.Blocked"] = "2", ["Input.BlockedReason"] = "Lekkage",
            ["Input.AcceptingAdmissions"] = "true",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Bezet (3) plus geblokkeerd (2) is meer dan open (4).");
        (await factory.WithDbAsync(db => db.Set<AvailabilityReport>().CountAsync(r => r.UnitId == unit, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Forecasts_are_made_from_report_history_and_shown_with_their_score()
    {
        var unit = await factory.CreateUnitAsync(open: 30, type: "ggz-intake", reportedAgo: TimeSpan.FromDays(70));
        var series = SyntheticHistory.Generate(70, seed: 4, baseLevel: 12);
        await factory.WithDbAsync(async db =>
        {
            var u = await db.Set<CapacityUnit>().SingleAsync(x => x.Id == unit, Ct);
            var start = DateTime.UtcNow.Date.AddDays(-69).AddHours(8);
            for (var d = 0; d < 70; d++)
            {
                var at = start.AddDays(d);
                if (at > DateTime.UtcNow) break;
                var free = (int)Math.Min(30, series[d]);
                db.Add(u.Report(new ReportFigures(30, 30 - free, 0), ReportSource.File, "test", at, at).Report);
            }
            return await db.SaveChangesAsync(Ct);
        });

        // The hosted forecast round may get there first; either way the forecasts must exist afterwards.
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ForecastService>().RunAsync(Ct);
        (await factory.WithDbAsync(db => db.Set<CapacityForecast>().CountAsync(f => f.RegionId == Region && f.TypeCode == "ggz-intake", Ct)))
            .ShouldBeGreaterThanOrEqualTo(6);
        var panel = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/capacity/forecasts?region={Region}&type=ggz-intake", Ct);
        var latest = panel.GetProperty("latest").EnumerateArray().ToList();
        latest.Select(l => l.GetProperty("method").GetString()).Distinct().ShouldBe(["holt-winters", "seasonal-naive"], ignoreOrder: true);
        latest.Select(l => l.GetProperty("horizon").GetInt32()).Distinct().ShouldBe([1, 7, 14], ignoreOrder: true);
        latest.ShouldAllBe(l => l.GetProperty("lower80").GetDouble() <= l.GetProperty("point").GetDouble()
            && l.GetProperty("point").GetDouble() <= l.GetProperty("upper80").GetDouble());
        var html = await factory.CreateClient().GetStringAsync($"/capaciteit/voorspellingen?region={Region}&type=ggz-intake", Ct);
        html.ShouldContain("Holt-Winters");
        html.ShouldContain("Marge (80%)");
    }
}

public sealed class CapacityPageTestsOnSqlite(SqliteAppFactory f) : CapacityPageTests(f), IClassFixture<SqliteAppFactory>;
public sealed class CapacityPageTestsOnPostgres(PostgresAppFactory f) : CapacityPageTests(f), IClassFixture<PostgresAppFactory>;
