using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.CareDirectory;

/// <summary>Adding to the directory: an organisation's own services, and informal initiatives through moderation. Run once per database.</summary>
public abstract class DirectoryContributionTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> PageAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var form = await client.GetStringAsync(formUrl, Ct);
        fields["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields), Ct);
    }

    private static Dictionary<string, string> NewService(string name) => new()
    {
        ["Input.Name"] = name, ["Input.Summary"] = "Samen koken en eten. Iedereen is welkom.", ["Input.Kind"] = "Welfare",
        ["Input.Status"] = "Active", ["Input.Themes"] = "eenzaamheid",
        ["Input.Contact.Phone"] = "0320 123 456", ["Input.Contact.Street"] = "Stationsplein 12", ["Input.Contact.PostalCode"] = "8232ab",
        ["Input.Contact.City"] = "Lelystad", ["Input.Contact.MunicipalityCode"] = "GM0995",
        ["Input.Contact.OpenDays"] = "TU", ["Input.Contact.OpensAt"] = "9:00", ["Input.Contact.ClosesAt"] = "12:30",
    };

    [Fact]
    public async Task Organisation_member_adds_a_service_that_search_finds_at_once_and_a_second_one_with_that_name_is_warned()
    {
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "vmca");
        var name = $"Kookclub Het Open Fornuis {Guid.NewGuid():N}"[..34];
        var response = await PostAsync(client, "/hulp/beheer/dienst/nieuw", "/hulp/beheer/dienst/nieuw", NewService(name));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = response.Headers.Location!.ToString();
        detail.ShouldStartWith("/hulp/dienst/");

        var page = await PageAsync(client, detail);
        page.ShouldContain("tel:0320123456");
        page.ShouldContain("Stationsplein 12");
        page.ShouldContain("8232 AB");
        page.ShouldContain("di 9:00–12:30");

        var results = await PageAsync(factory.CreateClient(), $"/hulp?q={Uri.EscapeDataString("kookclub open fornuis")}&gemeente=GM0995");
        results.ShouldContain($">{name}</a></h3>");

        // The same name in the same municipality: a warning with a link to the entry, and nothing stored.
        var before = await factory.WithDbAsync(db => db.Set<CareService>().CountAsync(s => s.Name == name, Ct));
        var again = await PostAsync(client, "/hulp/beheer/dienst/nieuw", "/hulp/beheer/dienst/nieuw", NewService(name.ToUpperInvariant()));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var warned = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync(Ct));
        warned.ShouldContain("Staat dit er al in?");
        warned.ShouldContain($"href=\"{detail}\"");
        (await factory.WithDbAsync(db => db.Set<CareService>().CountAsync(s => s.Name == name, Ct))).ShouldBe(before);

        var confirmed = NewService(name.ToUpperInvariant());
        confirmed["NotTheSame"] = "true";
        (await PostAsync(client, "/hulp/beheer/dienst/nieuw", "/hulp/beheer/dienst/nieuw", confirmed)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Bad_contact_fields_get_a_Dutch_error_summary_and_change_nothing()
    {
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "vmca");
        var name = $"Fietsmaatjes {Guid.NewGuid():N}"[..24];
        var fields = NewService(name);
        fields["Input.Contact.PostalCode"] = "12345";
        fields["Input.Contact.ClosesAt"] = "8:00";
        var response = await PostAsync(client, "/hulp/beheer/dienst/nieuw", "/hulp/beheer/dienst/nieuw", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("<title>Fout: ");
        html.ShouldContain("class=\"error-summary\"");
        html.ShouldContain("Een postcode is vier cijfers en twee letters");
        html.ShouldContain("aria-invalid=\"true\"");
        (await factory.WithDbAsync(db => db.Set<CareService>().AnyAsync(s => s.Name == name, Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task Owner_edits_phone_address_and_hours_of_its_own_service()
    {
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "vmca");
        var name = $"Taalcafé {Guid.NewGuid():N}"[..20];
        var created = await PostAsync(client, "/hulp/beheer/dienst/nieuw", "/hulp/beheer/dienst/nieuw", NewService(name));
        var id = created.Headers.Location!.ToString()["/hulp/dienst/".Length..];
        var edit = $"/hulp/beheer/dienst/{id}";
        var form = await PageAsync(client, edit);
        form.ShouldContain("value=\"Stationsplein 12\"");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.Version\"[^>]*value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"Input.Version\"");
        var fields = NewService(name);
        fields["Input.Version"] = version.Groups[1].Success ? version.Groups[1].Value : version.Groups[2].Value;
        fields["Input.Contact.Phone"] = "06 12345678";
        fields["Input.Contact.OpenDays"] = "MO";
        fields.Remove("Input.Contact.Street");
        fields.Remove("Input.Contact.PostalCode");
        fields.Remove("Input.Contact.City");
        (await PostAsync(client, edit, edit, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await PageAsync(client, $"/hulp/dienst/{id}");
        page.ShouldContain("tel:0612345678");
        page.ShouldNotContain("Stationsplein 12");
        page.ShouldContain("ma 9:00–12:30");
    }

    [Fact]
    public async Task A_proposed_initiative_is_public_only_after_approval_and_the_proposer_is_mailed()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var name = $"Buurtkring Zilverpark {Guid.NewGuid():N}"[..30];
        var email = $"aanmelder-{Guid.NewGuid():N}@test.local";
        var proposal = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.What"] = "Wij drinken elke week koffie met buren die alleen zijn.", ["Input.ForWhom"] = "Ouderen in de wijk",
            ["Input.MunicipalityCode"] = "GM0995", ["Input.Place"] = "Buurthuis Zilverpark", ["Input.ContactName"] = "Anna",
            ["Input.ContactEmail"] = email, ["Input.ContactPhone"] = "0320 654 321",
        };
        var sent = await PostAsync(anonymous, "/hulp/initiatief-aanmelden", "/hulp/initiatief-aanmelden", proposal);
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PageAsync(anonymous, "/hulp/initiatief-aanmelden")).ShouldContain("Uw aanmelding is verstuurd");

        var search = $"/hulp?q={Uri.EscapeDataString("buurtkring zilverpark")}&gemeente=GM0995";
        (await PageAsync(anonymous, search)).ShouldNotContain($">{name}</a></h3>");

        var proposalId = await factory.WithDbAsync(db => db.Set<InitiativeProposal>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync(Ct));
        (await anonymous.GetAsync($"/hulp/beheer/initiatieven/{proposalId}", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var member = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "vmca");
        (await member.GetAsync($"/hulp/beheer/initiatieven/{proposalId}", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        (await PageAsync(admin, "/hulp/beheer/initiatieven")).ShouldContain(name);
        var review = $"/hulp/beheer/initiatieven/{proposalId}";
        var approve = new Dictionary<string, string>(proposal) { ["Version"] = "0", ["Input.What"] = "Elke week koffie drinken met buren die alleen zijn." };
        var approved = await PostAsync(admin, review, review + "?handler=Approve", approve);
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var found = await PageAsync(anonymous, search);
        found.ShouldContain($">{name}</a></h3>");
        var entry = await PageAsync(anonymous, approved.Headers.Location!.ToString());
        entry.ShouldContain("Elke week koffie drinken met buren die alleen zijn.");
        entry.ShouldContain("tel:0320654321");

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == proposalId.ToString()).Select(a => a.Operation).ToListAsync(Ct));
        audit.ShouldContain("created");
        audit.ShouldContain("updated");
        (await MailsToAsync(email)).Count.ShouldBe(2); // received, approved
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_proposer_receives_and_the_initiative_stays_hidden()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var name = $"Wandelgroep {Guid.NewGuid():N}"[..22];
        var email = $"aanmelder-{Guid.NewGuid():N}@test.local";
        var proposal = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.What"] = "Samen wandelen.", ["Input.MunicipalityCode"] = "GM0303", ["Input.ContactEmail"] = email,
        };
        (await PostAsync(anonymous, "/hulp/initiatief-aanmelden", "/hulp/initiatief-aanmelden", proposal)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await factory.WithDbAsync(db => db.Set<InitiativeProposal>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync(Ct));
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var review = $"/hulp/beheer/initiatieven/{id}";
        var empty = await PostAsync(admin, review, review + "?handler=Reject", new() { ["Version"] = "0", ["Reason"] = "" });
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync(Ct)).ShouldContain("Schrijf waarom de aanmelding niet wordt opgenomen.");
        (await factory.WithDbAsync(db => db.Set<InitiativeProposal>().Where(p => p.Id == id).Select(p => p.Status).SingleAsync(Ct))).ShouldBe(ProposalStatus.Pending);

        (await PostAsync(admin, review, review + "?handler=Reject", new() { ["Version"] = "0", ["Reason"] = "Dit is een commercieel bedrijf." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Set<InitiativeProposal>().Where(p => p.Id == id).Select(p => p.Status).SingleAsync(Ct))).ShouldBe(ProposalStatus.Rejected);
        (await PageAsync(anonymous, $"/hulp?q={Uri.EscapeDataString(name)}")).ShouldNotContain($">{name}</a></h3>");
        (await factory.WithDbAsync(db => db.Set<CareService>().AnyAsync(s => s.Name == name, Ct))).ShouldBeFalse();
        var mails = await MailsToAsync(email);
        mails.ShouldContain(m => m.Contains("Dit is een commercieel bedrijf."));
    }

    [Fact]
    public async Task An_incomplete_proposal_gets_Dutch_errors_and_stores_nothing()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await PostAsync(anonymous, "/hulp/initiatief-aanmelden", "/hulp/initiatief-aanmelden",
            new() { ["Input.Name"] = "", ["Input.What"] = "", ["Input.MunicipalityCode"] = "GM9999", ["Input.ContactEmail"] = "geen-adres" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("<title>Fout: ");
        html.ShouldContain("<a href=\"#Input_Name\">Geef de dienst een naam.</a>");
        html.ShouldContain("<a href=\"#Input_What\">Schrijf kort wat het initiatief doet.</a>");
        html.ShouldContain("<a href=\"#Input_MunicipalityCode\">Kies een gemeente uit de lijst.</a>");
        html.ShouldContain("<a href=\"#Input_ContactEmail\">Dit is geen geldig e-mailadres.</a>");
        html.ShouldNotContain("field is required");
    }

    private async Task<List<string>> MailsToAsync(string email)
    {
        var config = factory.Services.GetRequiredService<IConfiguration>();
        var folder = Path.Combine(DatabaseSetup.DataFolder(config, AppContext.BaseDirectory), "mail");
        if (!Directory.Exists(folder)) return [];
        var mails = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            var text = await File.ReadAllTextAsync(file, Ct);
            if (text.Contains(email, StringComparison.OrdinalIgnoreCase)) mails.Add(text);
        }
        return mails;
    }
}

public sealed class DirectoryContributionTestsOnSqlite(SqliteAppFactory f) : DirectoryContributionTests(f), IClassFixture<SqliteAppFactory>;
public sealed class DirectoryContributionTestsOnPostgres(PostgresAppFactory f) : DirectoryContributionTests(f), IClassFixture<PostgresAppFactory>;
