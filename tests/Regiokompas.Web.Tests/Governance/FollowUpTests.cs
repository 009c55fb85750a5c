using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using netDumbster.smtp;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Governance;

/// <summary>The work agenda follows itself up: overdue marks, milestones, the weekly digest with its links, readable audit, chains matrix.</summary>
public abstract partial class FollowUpTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string OverdueAction = "glp-d4-a3";     // owned by GGD IJsselland, due end of 2024, still planned in the seed
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_overdue_action_is_marked_on_the_work_agenda_and_the_action_page()
    {
        var anonymous = factory.CreateClient();
        var agenda = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/werkagenda", Ct));
        const string marked = "glp-d4-a5";                  // GGD IJsselland, due end of 2024, still planned; no other test changes it
        var row = Regex.Match(agenda, $"<tr>\\s*<td[^>]*><a href=\"/regio/{Region}/actie/{marked}\">.*?</tr>", RegexOptions.Singleline).Value;
        row.ShouldContain("te laat");
        // An action due later (end of 2026) is not marked.
        var future = Regex.Match(agenda, $"<tr>\\s*<td[^>]*><a href=\"/regio/{Region}/actie/glp-d3-a5\">.*?</tr>", RegexOptions.Singleline).Value;
        future.ShouldContain("2026");
        future.ShouldNotContain("te laat");
        WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/actie/{marked}", Ct)).ShouldContain("te laat");
    }

    [Fact]
    public async Task The_owner_gets_the_overdue_action_in_the_weekly_digest_and_marks_it_done_with_the_link()
    {
        using var smtp = SimpleSmtpServer.Start(FreePort());
        var mail = factory.Services.GetRequiredService<IOptions<Regiokompas.Web.Common.Mail.MailOptions>>().Value;
        (mail.SmtpHost, mail.SmtpPort, mail.SmtpSsl) = ("127.0.0.1", smtp.Configuration.Port, false);

        await factory.LoggedInClientAsync("organisation-member", Region, organisationKey: "ggd-ijsselland");
        var ownerEmails = await factory.WithDbAsync(db => db.Users.Where(u => u.OrganisationId == db.Organisations
            .Where(o => o.RegionId == Region && o.Key == "ggd-ijsselland").Select(o => o.Id).First()).Select(u => u.Email!).ToListAsync(Ct));
        var admin = await factory.LoggedInClientAsync("administrator");

        var sent = await admin.PostAsync("/api/v1/work-agenda/digests", null, Ct);
        sent.StatusCode.ShouldBe(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync(Ct));
        var digest = smtp.ReceivedEmail.First(m => m.ToAddresses.Any(a => ownerEmails.Contains(a.Address)));
        var body = digest.MessageParts[0].BodyData;
        var title = await factory.WithDbAsync(db => db.Actions.Where(a => a.RegionId == Region && a.Key == OverdueAction).Select(a => a.Title).SingleAsync(Ct));
        body.ShouldContain("TE LAAT");
        body.ShouldContain(title);
        // Only what the organisation owns: an overdue action of another owner is not in it.
        var other = await factory.WithDbAsync(db => db.Actions.Where(a => a.RegionId == Region && a.Due < new DateOnly(2025, 1, 1)
            && a.Status == ActionStatus.Planned && a.Owner != null && a.Owner.Key != "ggd-ijsselland").Select(a => a.Title).FirstOrDefaultAsync(Ct));
        if (other is not null && other != title) body.ShouldNotContain(other);

        // The link for this action: opening it changes nothing; the button marks it done, audited in the owner's name.
        var lines = body.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(title));
        var link = lines.Skip(index).First(l => l.Contains("/werkagenda/opvolgen?t=")).Trim();
        var path = link[link.IndexOf("/werkagenda/opvolgen", StringComparison.Ordinal)..];
        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await anonymous.GetStringAsync(path, Ct);
        WebUtility.HtmlDecode(page).ShouldContain(title);
        (await StatusAsync()).ShouldBe(ActionStatus.Planned);
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"t\" value=\"([^\"]+)\"").Groups[1].Value);
        var done = await anonymous.PostAsync("/werkagenda/opvolgen?handler=Done", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["t"] = token, ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync(Ct)).ShouldContain("Het staat nu op klaar");
        (await StatusAsync()).ShouldBe(ActionStatus.Done);
        var audit = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "PlanAction" && a.EntityKey == OverdueAction && a.Field == "Status")
            .OrderByDescending(a => a.Id).FirstAsync(Ct));
        audit.NewValue.ShouldBe("Done");
        audit.UserName.ShouldStartWith("Test organisation-member");

        // A damaged link does nothing.
        var broken = await anonymous.GetStringAsync("/werkagenda/opvolgen?t=" + Uri.EscapeDataString(token[..^4] + "AAAA"), Ct);
        WebUtility.HtmlDecode(broken).ShouldContain("Deze link werkt niet meer");

        // At most one digest a week.
        var again = await (await admin.PostAsync("/api/v1/work-agenda/digests", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        again.GetProperty("sent").GetInt32().ShouldBe(0);

        Task<ActionStatus> StatusAsync() =>
            factory.WithDbAsync(db => db.Actions.Where(a => a.RegionId == Region && a.Key == OverdueAction).Select(a => a.Status).SingleAsync(Ct));
    }

    [Fact]
    public async Task Coordinator_adds_a_milestone_that_shows_overdue_and_then_missed_when_done_late()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var title = $"Mijlpaal {Guid.NewGuid():N}"[..20];
        var created = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/milestones",
            new { title, action = "glp-d3-a5", due = "2025-03-01" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var milestone = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        milestone.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        milestone.GetProperty("pillarKey").GetString().ShouldBe("gezond-leven-preventie");

        var anonymous = factory.CreateClient();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/mijlpalen", Ct));
        Regex.Match(page, $"<td>{title}</td>.*?</tr>", RegexOptions.Singleline).Value.ShouldContain("te laat");

        var id = milestone.GetProperty("id").GetGuid();
        var done = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/milestones/{id}",
            new { change = "done", version = milestone.GetProperty("version").GetInt32() }, Ct);
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync(Ct));
        var after = await done.Content.ReadFromJsonAsync<JsonElement>(Ct);
        after.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        after.GetProperty("outcome").GetString().ShouldBe("missed");

        // A stale version is refused and changes nothing; a milestone without pillar or action is refused.
        var stale = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/milestones/{id}", new { change = "reopen", version = 0 }, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var loose = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/milestones", new { title = "Los", due = "2027-01-01" }, Ct);
        loose.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await loose.Content.ReadAsStringAsync(Ct)).ShouldContain("Kies de pijler of de actie");

        // Others may read but not write.
        var member = await factory.LoggedInClientAsync("organisation-member", Region, organisationKey: "ggd-ijsselland");
        (await member.PostAsJsonAsync($"/api/v1/regions/{Region}/milestones", new { title, pillar = "gezond-leven-preventie", due = "2027-01-01" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Coordinator_sees_the_actions_without_owner_and_others_do_not()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var unowned = await factory.WithDbAsync(db => db.Actions.Where(a => a.RegionId == Region && a.OwnerId == null).Select(a => a.Title).ToListAsync(Ct));
        unowned.Count.ShouldBeGreaterThan(0);
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/regio/{Region}/werkagenda/zonder-eigenaar", Ct));
        page.ShouldContain($"{unowned.Count} acties hebben nog geen organisatie");
        page.ShouldContain(unowned[0]);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/work-agenda/unowned", Ct);
        api.GetArrayLength().ShouldBe(unowned.Count);

        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync($"/regio/{Region}/werkagenda/zonder-eigenaar", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var otherCoordinator = await factory.LoggedInClientAsync("coordinator", "flevoland");
        (await otherCoordinator.GetAsync($"/api/v1/regions/{Region}/work-agenda/unowned", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_audit_trail_reads_in_words_with_organisations_by_name()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        const string action = "glp-d3-a4";
        var current = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/plan", Ct);
        var version = FindAction(current, action).GetProperty("version").GetInt32();
        var edit = await coordinator.PatchAsJsonAsync($"/api/v1/regions/{Region}/actions/{action}",
            new { version, status = "running", owner = "zilveren-kruis" }, Ct);
        edit.StatusCode.ShouldBe(HttpStatusCode.OK, await edit.Content.ReadAsStringAsync(Ct));

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/regio/{Region}/actie/{action}", Ct));
        var audit = page[page.IndexOf("id=\"audit-h\"", StringComparison.Ordinal)..];
        audit.ShouldMatch(@"<td[^>]*>gepland</td>"); // cells carry data-label for the phone layout
        audit.ShouldMatch(@"<td[^>]*>loopt</td>"); // cells carry data-label for the phone layout
        audit.ShouldMatch(@"<td[^>]*>Eigenaar</td>"); // cells carry data-label for the phone layout
        audit.ShouldContain("GGD IJsselland");
        audit.ShouldContain("Zilveren Kruis");
        audit.ShouldNotContain("Running");
        audit.ShouldNotContain("OwnerId");

        var changes = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/regio/{Region}/wijzigingen", Ct));
        changes.ShouldContain("Vrijwilligers trainen");
        changes.ShouldNotMatch(@"<td[^>]*>Planned</td>");
    }

    [Fact]
    public async Task The_plan_api_lists_the_partners_of_an_action()
    {
        var plan = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/plan", Ct);
        var partners = FindAction(plan, "glp-d3-a6").GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        partners.ShouldContain("zilveren-kruis");
        partners.ShouldContain("gemeente-zwolle");
        partners.Count.ShouldBe(9);
    }

    [Fact]
    public async Task Editing_the_chains_matrix_changes_the_monitor_count_and_only_the_municipality_or_coordinator_may()
    {
        const string chain = "keten-valpreventie";
        var anonymous = factory.CreateClient();
        var before = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/prevention-chains", Ct);
        before.GetProperty("municipalities").GetArrayLength().ShouldBe(8);
        int Implemented(JsonElement m) => m.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("chain").GetString() == chain).GetProperty("implemented").GetInt32();
        var count = Implemented(before);
        string Cell(JsonElement m, string code) => m.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("chain").GetString() == chain && c.GetProperty("municipality").GetString() == code)
            .Select(c => c.GetProperty("status").GetString()!).FirstOrDefault() ?? "unknown";
        var monitor = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/monitor", Ct));
        monitor.ShouldContain($"<th scope=\"row\">Valpreventie</th><td>{count} van 8</td>");

        // Zwolle's own member sets Zwolle; a member of Kampen may not; the coordinator may set any.
        var zwolle = await factory.TokenClientAsync(Region, "gemeente-zwolle");
        var cellVersion = before.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("chain").GetString() == chain && c.GetProperty("municipality").GetString() == "GM0193")
            .Select(c => c.GetProperty("version").GetInt32()).FirstOrDefault();
        var set = await zwolle.PutAsJsonAsync($"/api/v1/regions/{Region}/prevention-chains/{chain}/GM0193",
            new { status = "implemented", date = "2026-10-01", version = cellVersion }, Ct);
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync(Ct));
        var kampen = await factory.TokenClientAsync(Region, "gemeente-kampen");
        (await kampen.PutAsJsonAsync($"/api/v1/regions/{Region}/prevention-chains/{chain}/GM0193", new { status = "not-started" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var wrong = await zwolle.PutAsJsonAsync($"/api/v1/regions/{Region}/prevention-chains/{chain}/GM0193", new { status = "klaar" }, Ct);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var after = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/prevention-chains", Ct);
        Cell(after, "GM0193").ShouldBe("implemented");
        Implemented(after).ShouldBe(Cell(before, "GM0193") == "implemented" ? count : count + 1);
        monitor = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/monitor", Ct));
        monitor.ShouldContain($"<th scope=\"row\">Valpreventie</th><td>{Implemented(after)} van 8</td>");

        // The coordinator edits through the page.
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var form = await coordinator.GetStringAsync($"/regio/{Region}/ketenaanpakken?chain={chain}&code=GM0166", Ct);
        var posted = await coordinator.PostAsync($"/regio/{Region}/ketenaanpakken", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Chain"] = chain, ["Code"] = "GM0166", ["Input.Status"] = "preparing", ["Input.Date"] = "2026-11-01",
            ["Input.Version"] = Regex.Match(form, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value,
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form),
        }), Ct);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Ct));
        Cell(await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/prevention-chains", Ct), "GM0166").ShouldBe("preparing");
    }

    [Fact]
    public async Task Coordinator_creates_a_transformation_plan_in_the_browser_with_budget_and_results_and_the_pipeline_shows_them()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var title = $"Valpreventie thuis {Guid.NewGuid():N}"[..30];
        var form = await coordinator.GetStringAsync($"/regio/{Region}/transformatieplannen/bewerken", Ct);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", title), new("Input.Pillar", "gezond-leven-preventie"), new("Input.FundingRoute", "spuk-iza"),
            new("Input.RequestedBudget", "250000"), new("Input.GrantedBudget", "200000"), new("Input.SubmittedOn", "2026-03-01"),
            new("Input.DecisionOn", "2026-05-01"), new("Input.StartOn", "2026-06-01"), new("Input.EndOn", "2027-12-31"),
            new("Input.Applicants", "ggd-ijsselland"), new("Input.Applicants", "zilveren-kruis"),
            new("Input.Results", "glp-d1-r1"), new("__RequestVerificationToken", AppFactory.AntiforgeryToken(form)),
        };
        var created = await coordinator.PostAsync($"/regio/{Region}/transformatieplannen/bewerken", new FormUrlEncodedContent(fields), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(Ct));
        var key = created.Headers.Location!.OriginalString.Split("#tp-")[1];

        var pipeline = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/regio/{Region}/transformatieplannen", Ct));
        var card = Regex.Match(pipeline, $"<li class=\"card\" id=\"tp-{key}\">.*?</li>", RegexOptions.Singleline).Value;
        card.ShouldContain(title);
        card.ShouldContain("250");
        card.ShouldContain("200");
        card.ShouldContain($"/regio/{Region}/resultaat/glp-d1-r1");
        card.ShouldContain("2027");

        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/transformation-plans/{key}", Ct);
        api.GetProperty("grantedBudget").GetDecimal().ShouldBe(200000m);
        api.GetProperty("applicants").GetArrayLength().ShouldBe(2);

        // Granted above requested is refused with a Dutch message and changes nothing; others may not edit.
        var wrong = await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/transformation-plans/{key}", new
        {
            title, fundingRoute = "spuk-iza", requestedBudget = 100, grantedBudget = 200, version = api.GetProperty("version").GetInt32(),
        }, Ct);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain("hoger dan het gevraagde budget");
        (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/transformation-plans/{key}", Ct)).GetProperty("grantedBudget").GetDecimal().ShouldBe(200000m);
        var member = await factory.LoggedInClientAsync("organisation-member", Region, organisationKey: "ggd-ijsselland");
        (await member.PostAsJsonAsync($"/api/v1/regions/{Region}/transformation-plans", new { title = "Niet van mij", fundingRoute = "other" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Coordinator_enters_the_budget_with_totals_per_pillar_and_a_wrong_line_changes_nothing()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var year = 2031;
        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/budget", new { year, fund = "spuk-iza", part = "coordination", allocated = 300000, committed = 200000, spent = 100000 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/budget", new { year, fund = "gala", part = "execution", pillar = "gezond-leven-preventie", allocated = 500000, committed = 400000, spent = 50000 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrong = await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/budget", new { year, fund = "gala", part = "execution", pillar = "gezond-leven-preventie", allocated = 1, committed = 2, spent = 0 }, Ct);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var budget = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/budget", Ct);
        var y = budget.GetProperty("years").EnumerateArray().Single(x => x.GetProperty("year").GetInt32() == year);
        y.GetProperty("total").GetProperty("allocated").GetDecimal().ShouldBe(800000m);
        y.GetProperty("total").GetProperty("spent").GetDecimal().ShouldBe(150000m);
        y.GetProperty("perPillar").EnumerateArray().Single(p => p.GetProperty("label").GetString() == "Gezond leven en preventie" || p.GetProperty("allocated").GetDecimal() == 500000m)
            .GetProperty("committed").GetDecimal().ShouldBe(400000m);
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == "BudgetLine" && a.EntityKey.StartsWith(year + "/"), Ct))).ShouldBe(2);

        var member = await factory.LoggedInClientAsync("organisation-member", Region, organisationKey: "ggd-ijsselland");
        (await member.PutAsJsonAsync($"/api/v1/regions/{Region}/budget", new { year, fund = "gala", part = "execution", allocated = 1, committed = 0, spent = 0 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_preconditions_are_public_with_their_addressee_and_dated_follow_up()
    {
        var anonymous = factory.CreateClient();
        var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/preconditions", Ct);
        list.GetArrayLength().ShouldBeGreaterThan(0);
        var first = list[0];
        var key = first.GetProperty("key").GetString()!;
        var coordinator = await factory.LoggedInClientAsync("coordinator", Region);
        var note = $"Besproken met VWS {Guid.NewGuid():N}"[..30];
        var set = await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/preconditions/{key}/follow-up",
            new { note, date = "2026-11-15", version = first.GetProperty("version").GetInt32() }, Ct);
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync(Ct));
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/regio/{Region}/randvoorwaarden", Ct));
        page.ShouldContain(first.GetProperty("title").GetString()!);
        page.ShouldContain(note);
        page.ShouldContain("15 november 2026");
        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/preconditions/{key}/follow-up", new { note = "Zonder datum", version = first.GetProperty("version").GetInt32() + 1 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private static JsonElement FindAction(JsonElement plan, string key) =>
        plan.GetProperty("pillars").EnumerateArray()
            .SelectMany(p => p.GetProperty("goals").EnumerateArray().SelectMany(g => g.GetProperty("actions").EnumerateArray())
                .Concat(p.GetProperty("actions").EnumerateArray()))
            .Single(a => a.GetProperty("id").GetString() == key);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class FollowUpTestsOnSqlite(SqliteAppFactory f) : FollowUpTests(f), IClassFixture<SqliteAppFactory>;
public sealed class FollowUpTestsOnPostgres(PostgresAppFactory f) : FollowUpTests(f), IClassFixture<PostgresAppFactory>;
