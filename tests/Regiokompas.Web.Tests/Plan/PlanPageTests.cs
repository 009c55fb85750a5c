using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Plan;

public abstract partial class PlanPageTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", "Samen Gezond IJssel-Vecht")]
    [InlineData("/regio/ijssel-vecht", "Mentaal Welbevinden")]
    [InlineData("/regio/flevoland", "Bouwstenen")]
    [InlineData("/regio/ijssel-vecht/werkagenda", "Kwartaal")]
    [InlineData("/regio/ijssel-vecht/gemeente/GM0193", "Wat het regioplan betekent voor Zwolle")]
    [InlineData("/regio/ijssel-vecht/organisatie/ggd-ijsselland", "Eigenaar van deze acties")]
    [InlineData("/regio/flevoland/transformatieplannen", "snelle toets")]
    [InlineData("/regio/ijssel-vecht/zoeken?q=valpreventie", "resultaten voor")]
    [InlineData("/regio/ijssel-vecht/resultaat/glp-d1-r1", "Wijzigingen")]
    [InlineData("/regio/ijssel-vecht/actie/glp-d1-a1", "Voortgang")]
    public async Task Public_pages_render_in_Dutch_without_an_account(string url, string expected)
    {
        var response = await factory.CreateClient().GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain(expected);
        html.ShouldContain("<html lang=\"nl\">");
    }

    [Fact]
    public async Task English_is_available_as_second_language()
    {
        var html = await factory.CreateClient().GetStringAsync("/regio/ijssel-vecht?culture=en", Ct);
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Work agenda");
    }

    [Fact]
    public async Task Unknown_pages_answer_404_with_a_Dutch_message()
    {
        var response = await factory.CreateClient().GetAsync("/regio/ijssel-vecht/gemeente/GM9999", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Pagina niet gevonden");
    }

    [Fact]
    public async Task Coordinator_corrects_a_deadline_and_the_audit_trail_shows_her_name()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: "ijssel-vecht");
        var form = await client.GetStringAsync("/regio/ijssel-vecht/resultaat/glp-d2-r1/bewerken", Ct);
        var post = await client.PostAsync("/regio/ijssel-vecht/resultaat/glp-d2-r1/bewerken", Form(form, ("Input.Deadline", "2026-06-30")), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.GetStringAsync("/regio/ijssel-vecht/resultaat/glp-d2-r1", Ct);
        page.ShouldContain("30 juni 2026");
        var name = DisplayName().Match(page).Groups[1].Value;
        name.ShouldStartWith("Test coordinator");
        var auditRow = page[page.IndexOf("Wijzigingen", StringComparison.Ordinal)..];
        auditRow.ShouldContain(name);
        auditRow.ShouldContain("Deadline");
        auditRow.ShouldContain("30 juni 2026");     // the audit trail reads dates in words, not "2026-06-30"
        auditRow.ShouldNotContain("2026-06-30");
    }

    [Fact]
    public async Task Recent_changes_are_listed_for_signed_in_users_only()
    {
        (await factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync("/regio/ijssel-vecht/wijzigingen", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var client = await factory.LoggedInClientAsync("coordinator", region: "ijssel-vecht");
        var form = await client.GetStringAsync("/regio/ijssel-vecht/resultaat/glp-d3-r1/bewerken", Ct);
        (await client.PostAsync("/regio/ijssel-vecht/resultaat/glp-d3-r1/bewerken", Form(form, ("Input.Title", "Nieuwe titel voor het overzicht")), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/regio/ijssel-vecht/wijzigingen", Ct));
        html.ShouldContain("Nieuwe titel voor het overzicht");
        html.ShouldContain("/regio/ijssel-vecht/resultaat/glp-d3-r1");
    }

    [Fact]
    public async Task A_stale_edit_shows_the_other_persons_change_instead_of_overwriting_it()
    {
        var first = await factory.LoggedInClientAsync("coordinator", region: "ijssel-vecht");
        var second = await factory.LoggedInClientAsync("coordinator", region: "ijssel-vecht");
        var firstForm = await first.GetStringAsync("/regio/ijssel-vecht/resultaat/glp-d2-r2/bewerken", Ct);
        var secondForm = await second.GetStringAsync("/regio/ijssel-vecht/resultaat/glp-d2-r2/bewerken", Ct);

        (await first.PostAsync("/regio/ijssel-vecht/resultaat/glp-d2-r2/bewerken", Form(firstForm, ("Input.Title", "Titel van de eerste")), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await second.PostAsync("/regio/ijssel-vecht/resultaat/glp-d2-r2/bewerken", Form(secondForm, ("Input.Title", "Titel van de tweede")), Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("Iemand anders was u voor");
        html.ShouldContain("Iemand anders heeft dit intussen gewijzigd."); // the error summary, as on every conflicting form
        html.ShouldContain("Titel van de eerste");
        html.ShouldContain("Titel van de tweede");
        html.ShouldContain("Test coordinator");

        var stored = await factory.WithDbAsync(db => Task.FromResult(db.Results.Single(r => r.Key == "glp-d2-r2").Title));
        stored.ShouldBe("Titel van de eerste");
    }

    [Fact]
    public async Task A_broken_rule_shows_the_form_again_with_the_Dutch_message_and_saves_nothing()
    {
        // No catch block on the page: the shared page filter turns the domain's RuleViolation into the error summary.
        var client = await factory.LoggedInClientAsync("coordinator", region: "ijssel-vecht");
        var form = await client.GetStringAsync("/regio/ijssel-vecht/resultaat/glp-d3-r2/bewerken", Ct);
        var before = await factory.WithDbAsync(db => Task.FromResult(db.Results.Single(r => r.Key == "glp-d3-r2").Version));
        var response = await client.PostAsync("/regio/ijssel-vecht/resultaat/glp-d3-r2/bewerken",
            Form(form, ("Input.TargetUnit", "percent"), ("Input.TargetValue", "150")), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("Een percentage ligt tussen 0 en 100.");
        html.ShouldContain("Titel"); // the form itself is shown again
        html.ShouldContain(">procent (%)</option>"); // units in words, not codes
        (await factory.WithDbAsync(db => Task.FromResult(db.Results.Single(r => r.Key == "glp-d3-r2").Version))).ShouldBe(before);
    }

    [Fact]
    public async Task Organisation_member_of_another_organisation_cannot_open_the_edit_page()
    {
        var client = await factory.LoggedInClientAsync("organisation-member", region: "ijssel-vecht", organisationKey: "zilveren-kruis");
        var response = await client.GetAsync("/regio/ijssel-vecht/actie/glp-d1-a1/bewerken", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/geen-toegang");
    }

    [Fact]
    public async Task Owner_reports_progress_through_the_page()
    {
        var client = await factory.LoggedInClientAsync("organisation-member", region: "ijssel-vecht", organisationKey: "ggd-ijsselland");
        var page = await client.GetStringAsync("/regio/ijssel-vecht/actie/glp-d1-a6", Ct);
        var post = await client.PostAsync("/regio/ijssel-vecht/actie/glp-d1-a6?handler=Note",
            Form(page, ("Note.Date", "2026-11-25"), ("Note.Text", "Scholen hebben de lesbrief ontvangen.")), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/regio/ijssel-vecht/actie/glp-d1-a6", Ct)).ShouldContain("Scholen hebben de lesbrief ontvangen.");
    }

    [Fact]
    public async Task Login_with_a_wrong_password_says_so()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/inloggen", Ct);
        var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "niemand@test.local", ["Input.Password"] = "fout", ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form),
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Inloggen is niet gelukt.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        const string email = "lockout@test.local";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            (await users.CreateAsync(new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email }, "Juist-wachtwoord-123")).Succeeded.ShouldBeTrue();
        }
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        async Task<HttpResponseMessage> TryAsync(string password)
        {
            var form = await client.GetStringAsync("/inloggen", Ct);
            return await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form),
            }), Ct);
        }
        for (var i = 0; i < 5; i++) (await TryAsync("fout-wachtwoord")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var locked = await TryAsync("Juist-wachtwoord-123");
        locked.StatusCode.ShouldBe(HttpStatusCode.OK, "even the right password does not get in");
        // The page says the same as for a wrong password (it must not reveal that the account exists); the lock is in the database.
        (await locked.Content.ReadAsStringAsync(Ct)).ShouldContain("Inloggen is niet gelukt.");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            (await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Posting_without_antiforgery_token_is_refused()
    {
        var response = await factory.CreateClient().PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "a@b.nl", ["Input.Password"] = "x",
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>All fields of the page's form as they were rendered, with some replaced.</summary>
    private static FormUrlEncodedContent Form(string html, params (string Name, string Value)[] changes)
    {
        var values = new Dictionary<string, string>();
        foreach (Match m in InputField().Matches(html))
        {
            var tag = m.Value;
            var name = Attr(tag, "name");
            if (name is null || values.ContainsKey(name)) continue;
            values[name] = WebUtility.HtmlDecode(Attr(tag, "value") ?? "");
        }
        foreach (Match m in TextArea().Matches(html)) values[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value.TrimStart('\n'));
        foreach (Match m in SelectField().Matches(html))
        {
            var selected = SelectedOption().Match(m.Groups[2].Value);
            values[m.Groups[1].Value] = selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : "";
        }
        foreach (var (name, value) in changes) values[name] = value;
        return new FormUrlEncodedContent(values);
    }

    private static string? Attr(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input[^>]*>")] private static partial Regex InputField();
    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")] private static partial Regex TextArea();
    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)] private static partial Regex SelectField();
    [GeneratedRegex("<option[^>]*value=\"([^\"]*)\"[^>]*selected")] private static partial Regex SelectedOption();
    [GeneratedRegex("<span class=\"who\">([^<]+)</span>")] private static partial Regex DisplayName();
}

public sealed class PlanPageTestsOnSqlite(SqliteAppFactory f) : PlanPageTests(f), IClassFixture<SqliteAppFactory>;
public sealed class PlanPageTestsOnPostgres(PostgresAppFactory f) : PlanPageTests(f), IClassFixture<PostgresAppFactory>;
