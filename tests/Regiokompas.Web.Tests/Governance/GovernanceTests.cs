using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Governance;

/// <summary>The Regiotafel slice over HTTP: bodies, meetings, decisions by consent, the public list, the feed and who may write.</summary>
public abstract partial class GovernanceTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string Result = "glp-d1-r1";                // under pillar gezond-leven-preventie
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coordinator_runs_a_meeting_to_a_decision_by_consent_that_shows_on_the_result_page_and_the_public_list()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var name = $"Regiotafel {Guid.NewGuid():N}"[..22];

        // A body, through the form.
        var form = await coordinator.GetStringAsync($"/regio/{Region}/regiotafel/bewerken", Ct);
        var created = await PostAsync(coordinator, $"/regio/{Region}/regiotafel/bewerken", form,
            ("Input.Name", name), ("Input.Kind", "regiotafel"), ("Input.Pillars", "gezond-leven-preventie"),
            ("Input.MemberOrganisations", "ggd-ijsselland"), ("Input.MemberNames", "Jan Jansen"), ("Input.ContactRole", "netwerkcoördinator"),
            ("Input.ContactEmail", "tafel@example.nl"), ("Input.Active", "true"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(Ct));
        var bodyUrl = created.Headers.Location!.OriginalString;

        // A meeting of that body.
        var bodyPage = await coordinator.GetStringAsync(bodyUrl, Ct);
        var meeting = await PostAsync(coordinator, bodyUrl + "?handler=Meeting", bodyPage,
            ("Meeting.Starts", "2026-11-20T14:00"), ("Meeting.Ends", "2026-11-20T16:00"), ("Meeting.Location", "Zwolle"));
        meeting.StatusCode.ShouldBe(HttpStatusCode.Redirect, await meeting.Content.ReadAsStringAsync(Ct));
        var meetingUrl = meeting.Headers.Location!.OriginalString;

        // An agenda item on a result.
        var meetingPage = await coordinator.GetStringAsync(meetingUrl, Ct);
        (await PostAsync(coordinator, meetingUrl + "?handler=AgendaItem", meetingPage,
            ("Item.Version", Hidden(meetingPage, "Item.Version")), ("Item.Title", "Voortgang scholing professionals"), ("Item.PlanItem", $"result:{Result}")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        meetingPage = await coordinator.GetStringAsync(meetingUrl, Ct);
        meetingPage.ShouldContain($"/regio/{Region}/monitor/resultaat/{Result}");

        // A proposal on that agenda item.
        var agendaItemId = AgendaOption().Match(meetingPage).Groups[1].Value;
        var title = $"Scholing voor professionals {Guid.NewGuid():N}"[..36];
        var proposed = await PostAsync(coordinator, meetingUrl + "?handler=Proposal", meetingPage,
            ("Proposal.AgendaItemId", agendaItemId), ("Proposal.Title", title),
            ("Proposal.Proposal", "Stemt de tafel in met een gezamenlijk scholingsaanbod?"), ("Proposal.ProposedBy", "coalitie preventie"));
        proposed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await proposed.Content.ReadAsStringAsync(Ct));
        var decisionUrl = proposed.Headers.Location!.OriginalString;

        // One objection; consent fails while it is open, then it is met with an amended text, then decided.
        var page = await coordinator.GetStringAsync(decisionUrl, Ct);
        (await PostAsync(coordinator, decisionUrl + "?handler=Object", page, ("Change.Version", Hidden(page, "Change.Version")),
            ("Change.RaisedBy", "Zilveren Kruis"), ("Change.Text", "De kosten per gemeente ontbreken."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await coordinator.GetStringAsync(decisionUrl, Ct);
        var today = DecideDate().Match(page).Groups[1].Value;
        var refused = await PostAsync(coordinator, decisionUrl + "?handler=Decide", page, ("Change.Version", Hidden(page, "Change.Version")), ("Change.DecidedOn", today));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("Er staan nog 1 bezwaren open");
        (await PostAsync(coordinator, decisionUrl + "?handler=Meet", page, ("Change.Version", Hidden(page, "Change.Version")), ("Change.Objection", "1"),
            ("Change.HowMet", "Kostenverdeling per gemeente toegevoegd."), ("Change.AmendedProposal", "Stemt de tafel in met het scholingsaanbod en de kostenverdeling?")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await coordinator.GetStringAsync(decisionUrl, Ct);
        (await PostAsync(coordinator, decisionUrl + "?handler=Decide", page, ("Change.Version", Hidden(page, "Change.Version")), ("Change.DecidedOn", today)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Anyone sees it: on the result's page, in the decision list filtered by pillar, and the decision with its objection.
        var anonymous = factory.CreateClient();
        WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/resultaat/{Result}", Ct)).ShouldContain(title);
        WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/besluiten?pillar=gezond-leven-preventie", Ct)).ShouldContain(title);
        WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/besluiten?pillar=mentaal-welbevinden", Ct)).ShouldNotContain(title);
        var publicDecision = WebUtility.HtmlDecode(await anonymous.GetStringAsync(decisionUrl, Ct));
        publicDecision.ShouldContain("De kosten per gemeente ontbreken.");
        publicDecision.ShouldContain("Kostenverdeling per gemeente toegevoegd.");
        publicDecision.ShouldContain("besloten");
        // Staff names stay with signed-in users; the public sees organisations and the contact role.
        var publicBody = WebUtility.HtmlDecode(await anonymous.GetStringAsync(bodyUrl, Ct));
        publicBody.ShouldContain("GGD IJsselland");
        publicBody.ShouldNotContain("Jan Jansen");
        WebUtility.HtmlDecode(await coordinator.GetStringAsync(bodyUrl, Ct)).ShouldContain("Jan Jansen");

        // Every step is in the audit trail.
        var decisionKey = decisionUrl.Split('/')[^1].Replace("-", "");
        var statuses = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "Decision" && a.EntityKey == decisionKey && a.Field == "Status")
            .OrderBy(a => a.Id).Select(a => a.NewValue).ToListAsync(Ct));
        statuses.ShouldBe(["Amended", "Decided"]);
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == "Objection" && a.EntityKey.StartsWith(decisionKey), Ct))).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task An_open_proposal_is_not_public_until_decided()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var (_, meetingId, agendaItemId) = await BodyWithMeetingAsync(coordinator);
        var title = $"Nog open {Guid.NewGuid():N}"[..20];
        var response = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings/{meetingId}/decisions",
            new { agendaItemId, title, proposal = "Akkoord?", proposedBy = "coalitie" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = decision.GetProperty("id").GetString();
        decision.GetProperty("status").GetString().ShouldBe("open");

        var anonymous = factory.CreateClient();
        (await anonymous.GetAsync($"/regio/{Region}/besluit/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/v1/regions/{Region}/decisions/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync($"/api/v1/regions/{Region}/decisions", Ct)).ShouldNotContain(title);
        (await coordinator.GetStringAsync($"/regio/{Region}/besluiten", Ct)).ShouldContain(title);

        var decided = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/decisions/{id}/decide",
            new { version = decision.GetProperty("version").GetInt32() }, Ct);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync(Ct));
        (await anonymous.GetStringAsync($"/api/v1/regions/{Region}/decisions", Ct)).ShouldContain(title);
    }

    [Fact]
    public async Task Consent_through_the_api_refuses_a_decision_while_an_objection_is_open_and_shows_it_on_the_action_page()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var (_, meetingId, _) = await BodyWithMeetingAsync(coordinator);
        var withItem = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings/{meetingId}/agenda-items",
            new { title = "Actie bespreken", planItem = "action:glp-d1-a5" }, Ct);
        withItem.StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = (await withItem.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("agenda").EnumerateArray()
            .Single(a => a.GetProperty("title").GetString() == "Actie bespreken");
        item.GetProperty("planItem").GetProperty("url").GetString().ShouldBe($"/regio/{Region}/actie/glp-d1-a5");
        var title = $"Actie versnellen {Guid.NewGuid():N}"[..28];
        var d = await (await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings/{meetingId}/decisions",
            new { agendaItemId = item.GetProperty("id").GetGuid(), title, proposal = "Versnellen?", proposedBy = "GGD IJsselland" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = d.GetProperty("id").GetString();

        async Task<JsonElement> StepAsync(string action, object body, HttpStatusCode expected)
        {
            var response = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/decisions/{id}/{action}", body, Ct);
            response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(Ct));
            return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }
        d = await StepAsync("object", new { version = d.GetProperty("version").GetInt32(), raisedBy = "Gemeente Kampen", text = "Capaciteit ontbreekt." }, HttpStatusCode.OK);
        var refused = await StepAsync("decide", new { version = d.GetProperty("version").GetInt32() }, HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("governance.objections-unmet");
        refused.GetProperty("title").GetString()!.ShouldStartWith("Er staan nog 1 bezwaren open.");
        var stale = await StepAsync("withdraw", new { version = 0, reason = "oud" }, HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("edit.conflict");
        d = await StepAsync("meet", new { version = d.GetProperty("version").GetInt32(), objection = 1, howMet = "Kampen levert later in." }, HttpStatusCode.OK);
        d.GetProperty("status").GetString().ShouldBe("open");
        d = await StepAsync("decide", new { version = d.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        d.GetProperty("status").GetString().ShouldBe("decided");
        d.GetProperty("objections")[0].GetProperty("howMet").GetString().ShouldBe("Kampen levert later in.");
        (await StepAsync("withdraw", new { version = d.GetProperty("version").GetInt32(), reason = "te laat" }, HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("governance.decision-closed");

        WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/regio/{Region}/actie/glp-d1-a5", Ct)).ShouldContain(title);
    }

    [Fact]
    public async Task A_coordinator_of_another_region_gets_403_on_every_write()
    {
        var owner = await factory.LoggedInClientAsync("coordinator", Region);
        var (bodyKey, meetingId, agendaItemId) = await BodyWithMeetingAsync(owner);
        var other = await factory.LoggedInClientAsync("coordinator", "flevoland");

        (await other.PostAsJsonAsync($"/api/v1/regions/{Region}/bodies", new { name = "Indringer", kind = "regiotafel" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings",
            new { body = bodyKey, starts = "2026-12-20T14:00:00", ends = "2026-12-20T15:00:00", location = "Lelystad" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings/{meetingId}/decisions",
            new { agendaItemId, title = "x", proposal = "y", proposedBy = "z" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Pages answer a refusal with the "no access" page.
        ShouldBeRefused(await other.GetAsync($"/regio/{Region}/regiotafel/bewerken/{bodyKey}", Ct));
        // Their own region's page gives the form and token; posting it to this region's meeting is refused.
        var ownPage = await other.GetStringAsync("/regio/flevoland/regiotafel/bewerken", Ct);
        ShouldBeRefused(await PostAsync(other, $"/regio/{Region}/vergadering/{meetingId}?handler=Minutes", ownPage, ("MinutesInput.Minutes", "gekaapt")));
        // Nor can it reach the meeting through its own region's route.
        (await other.PostAsJsonAsync($"/api/v1/regions/flevoland/meetings/{meetingId}/agenda-items", new { title = "x" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithDbAsync(db => db.Set<Regiokompas.Domain.Governance.Meeting>().Where(m => m.Id == meetingId).Select(m => m.Minutes).SingleAsync(Ct)))
            .ShouldBeNull();
    }

    [Fact]
    public async Task Anonymous_writes_get_401_and_change_nothing()
    {
        var anonymous = factory.CreateClient();
        var before = await factory.WithDbAsync(db => db.Set<Regiokompas.Domain.Governance.GovernanceBody>().CountAsync(Ct));
        var response = await anonymous.PostAsJsonAsync($"/api/v1/regions/{Region}/bodies", new { name = "Anoniem", kind = "regiotafel" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await anonymous.PostAsJsonAsync($"/api/v1/regions/{Region}/decisions/{Guid.NewGuid()}/decide", new { version = 0 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.WithDbAsync(db => db.Set<Regiokompas.Domain.Governance.GovernanceBody>().CountAsync(Ct))).ShouldBe(before);
    }

    [Fact]
    public async Task The_calendar_feed_parses_as_iCalendar_without_the_video_link()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var bodyKey = await CreateBodyAsync(coordinator, $"Werkgroep {Guid.NewGuid():N}"[..20], "working-group");
        (await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings",
            new { body = bodyKey, starts = "2027-01-21T13:00:00Z", ends = "2027-01-21T15:00:00Z", location = "Kampen", videoLink = "https://video.example/geheim" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings",
            new { body = bodyKey, starts = "2027-03-04T10:00:00", ends = "2027-03-04T11:30:00", videoLink = "https://video.example/geheim" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await factory.CreateClient().GetAsync($"/api/v1/regions/{Region}/bodies/{bodyKey}/calendar.ics", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var text = await response.Content.ReadAsStringAsync(Ct);
        text.ShouldNotContain("video.example");

        var calendar = Ical.Net.Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        events.Count.ShouldBe(2);
        events[0].DtStart!.AsUtc.ShouldBe(new DateTime(2027, 1, 21, 13, 0, 0, DateTimeKind.Utc));
        events[0].Location.ShouldBe("Kampen");
        // Entered without an offset: Dutch winter time, one hour ahead of UTC.
        events[1].DtStart!.AsUtc.ShouldBe(new DateTime(2027, 3, 4, 9, 0, 0, DateTimeKind.Utc));
        events.Select(e => e.Uid).Distinct().Count().ShouldBe(2);

        (await factory.CreateClient().GetAsync($"/api/v1/regions/{Region}/bodies/bestaat-niet/calendar.ics", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_apis_answer_json_with_public_data_only()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var name = $"Coalitietafel {Guid.NewGuid():N}"[..24];
        var bodyKey = await CreateBodyAsync(coordinator, name, "coalition-table", memberNames: ["Piet Privé"], publicContact: "Anna Openbaar");

        var anonymous = factory.CreateClient();
        var bodies = await anonymous.GetAsync($"/api/v1/regions/{Region}/bodies", Ct);
        bodies.StatusCode.ShouldBe(HttpStatusCode.OK);
        bodies.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var list = await bodies.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var body = list.EnumerateArray().Single(b => b.GetProperty("key").GetString() == bodyKey);
        body.GetProperty("name").GetString().ShouldBe(name);
        body.GetProperty("kind").GetString().ShouldBe("coalition-table");
        body.GetProperty("pillars").EnumerateArray().Single().GetProperty("key").GetString().ShouldBe("gezond-leven-preventie");
        body.GetProperty("publicContactName").GetString().ShouldBe("Anna Openbaar");
        body.TryGetProperty("memberNames", out _).ShouldBeFalse();
        (await bodies.Content.ReadAsStringAsync(Ct)).ShouldNotContain("Piet Priv");

        var decisions = await anonymous.GetAsync($"/api/v1/regions/{Region}/decisions?body={bodyKey}&from=2020-01-01&to=2030-12-31", Ct);
        decisions.StatusCode.ShouldBe(HttpStatusCode.OK);
        decisions.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await decisions.Content.ReadFromJsonAsync<JsonElement>(Ct)).ValueKind.ShouldBe(JsonValueKind.Array);
        (await anonymous.GetAsync("/api/v1/regions/bestaat-niet/decisions", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var paths = (await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct)).GetProperty("paths");
        paths.TryGetProperty("/api/v1/regions/{regionId}/bodies", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/regions/{regionId}/decisions", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/regions/{regionId}/bodies/{bodyKey}/calendar.ics", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Bad_input_gets_a_dutch_problem_and_changes_nothing()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var unknownPillar = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/bodies",
            new { name = "Tafel met fout", kind = "regiotafel", pillars = new[] { "bestaat-niet" } }, Ct);
        unknownPillar.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await unknownPillar.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("title").GetString().ShouldBe("Pijler 'bestaat-niet' bestaat niet in deze regio.");
        (await factory.WithDbAsync(db => db.Set<Regiokompas.Domain.Governance.GovernanceBody>().AnyAsync(b => b.Name == "Tafel met fout", Ct))).ShouldBeFalse();

        var noName = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/bodies", new { kind = "regiotafel" }, Ct);
        noName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noName.Content.ReadAsStringAsync(Ct)).ShouldContain("Geef het overlegorgaan een naam.");

        var bodyKey = await CreateBodyAsync(coordinator, $"Regiegroep {Guid.NewGuid():N}"[..20], "regiegroep");
        var backwards = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings",
            new { body = bodyKey, starts = "2027-01-21T15:00:00", ends = "2027-01-21T13:00:00", location = "Zwolle" }, Ct);
        backwards.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await backwards.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("governance.meeting-ends-before-start");
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_not_a_silent_overwrite()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var name = $"Bestuurlijk {Guid.NewGuid():N}"[..22];
        var bodyKey = await CreateBodyAsync(coordinator, name, "bestuurlijk-overleg");
        var first = await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/bodies/{bodyKey}",
            new { version = 0, name, kind = "bestuurlijk-overleg", mandate = "Eerste versie" }, Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        var stale = await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/bodies/{bodyKey}",
            new { version = 0, name, kind = "bestuurlijk-overleg", mandate = "Tweede versie" }, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("edit.conflict");
        (await factory.WithDbAsync(db => db.Set<Regiokompas.Domain.Governance.GovernanceBody>().Where(b => b.Key == bodyKey).Select(b => b.Mandate).SingleAsync(Ct)))
            .ShouldBe("Eerste versie");
    }

    [Fact]
    public async Task Demo_seeding_adds_fictitious_bodies_meetings_and_a_decision_marked_as_such_once()
    {
        await SeedDemoAsync();
        var bodies = await factory.WithDbAsync(db => db.Set<Regiokompas.Domain.Governance.GovernanceBody>().CountAsync(b => b.Fictitious, Ct));
        bodies.ShouldBeGreaterThanOrEqualTo(3);
        await SeedDemoAsync();
        (await factory.WithDbAsync(db => db.Set<Regiokompas.Domain.Governance.GovernanceBody>().CountAsync(b => b.Fictitious, Ct))).ShouldBe(bodies);

        var anonymous = factory.CreateClient();
        var whoIsWho = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/regiotafel", Ct));
        whoIsWho.ShouldContain("Regiotafel (demo)");
        whoIsWho.ShouldContain("fictief (demo)");
        whoIsWho.ShouldNotContain("Demo Bestuurder A");
        var list = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/besluiten?body=regiotafel-demo", Ct));
        list.ShouldContain("Scholingsaanbod voor professionals (fictief)");
        list.ShouldContain("fictief (demo)");
        var feed = await anonymous.GetStringAsync($"/api/v1/regions/{Region}/bodies/regiotafel-demo/calendar.ics", Ct);
        Ical.Net.Calendar.Load(feed)!.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void Every_governance_rule_code_has_dutch_and_english_text()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Regiokompas.sln"))) root = Path.GetDirectoryName(root)!;
        var sources = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("Governance", StringComparison.Ordinal) && !f.EndsWith("GovernanceTexts.cs", StringComparison.Ordinal));
        var codes = sources.SelectMany(f => RuleCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().ToList();
        codes.Count.ShouldBeGreaterThan(20);
        foreach (var code in codes)
        {
            Regiokompas.Web.Modules.Governance.GovernanceTexts.Messages.ShouldContainKey(code);
            var (nl, en) = Regiokompas.Web.Modules.Governance.GovernanceTexts.Messages[code];
            nl.ShouldNotBeNullOrWhiteSpace();
            en.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [GeneratedRegex("\"(governance\\.[a-z-]+)\"")]
    private static partial Regex RuleCode();

    private async Task SeedDemoAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Regiokompas.Web.Modules.Governance.GovernanceDemoSeeder>().SeedAsync(Ct);
    }

    private static async Task<string> CreateBodyAsync(HttpClient client, string name, string kind, string[]? memberNames = null, string? publicContact = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/bodies", new
        {
            name, kind, pillars = new[] { "gezond-leven-preventie" }, memberOrganisations = new[] { "ggd-ijsselland" },
            memberNames = memberNames ?? [], contactRole = "secretaris", contactEmail = "tafel@example.nl", publicContactName = publicContact, active = true,
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("key").GetString()!;
    }

    private static async Task<(string BodyKey, Guid MeetingId, Guid AgendaItemId)> BodyWithMeetingAsync(HttpClient client)
    {
        var bodyKey = await CreateBodyAsync(client, $"Tafel {Guid.NewGuid():N}"[..16], "regiotafel");
        var meeting = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings",
            new { body = bodyKey, starts = "2026-11-20T14:00:00", ends = "2026-11-20T16:00:00", location = "Zwolle" }, Ct);
        meeting.StatusCode.ShouldBe(HttpStatusCode.Created, await meeting.Content.ReadAsStringAsync(Ct));
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var withItem = await client.PostAsJsonAsync($"/api/v1/regions/{Region}/meetings/{meetingId}/agenda-items",
            new { title = "Voortgang", planItem = $"result:{Result}" }, Ct);
        withItem.StatusCode.ShouldBe(HttpStatusCode.Created, await withItem.Content.ReadAsStringAsync(Ct));
        var agenda = (await withItem.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("agenda");
        return (bodyKey, meetingId, agenda[0].GetProperty("id").GetGuid());
    }

    private static void ShouldBeRefused(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/geen-toegang");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string pageWithToken, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", AppFactory.AntiforgeryToken(pageWithToken)));
        return client.PostAsync(url, new FormUrlEncodedContent(values), Ct);
    }

    private static string Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value
            : Regex.Match(html, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } m2 ? m2.Groups[1].Value
            : throw new InvalidOperationException($"No field {name} in the page.");

    [GeneratedRegex("<select[^>]*name=\"Proposal.AgendaItemId\"[^>]*>\\s*<option value=\"([0-9a-f-]{36})\"")]
    private static partial Regex AgendaOption();

    [GeneratedRegex("name=\"Change.DecidedOn\" type=\"date\" value=\"([0-9-]{10})\"")]
    private static partial Regex DecideDate();
}

public sealed class GovernanceTestsOnSqlite(SqliteAppFactory f) : GovernanceTests(f), IClassFixture<SqliteAppFactory>;
public sealed class GovernanceTestsOnPostgres(PostgresAppFactory f) : GovernanceTests(f), IClassFixture<PostgresAppFactory>;
