using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Account.Users;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Account;

/// <summary>Invitations, roles within a region, deactivation and a new region, through the pages, on both databases.</summary>
public abstract partial class UserAdministrationTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string GoodPassword = "Blauwe-reiger-bij-de-IJssel-7";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_invitation_link_creates_the_account_once_with_the_invited_role_and_is_audited()
    {
        var coordinator = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var email = $"inv-{Guid.NewGuid():N}@test.local";
        var sent = await InviteAsync(coordinator, Region, email, Roles.OrganisationMember, organisationKey: "ggd-ijsselland");
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync(Ct));
        var path = await InvitationPathAsync(email);
        (await factory.WithDbAsync(db => db.Set<UserInvitation>().AnyAsync(i => i.Email == email && i.TokenHash.Length == 64 && !i.TokenHash.Contains(path.Split('/').Last()), Ct)))
            .ShouldBeTrue("only the token's hash is stored");

        var anonymous = Client();
        var page = await anonymous.GetStringAsync(path, Ct);
        page.ShouldContain("lid van een organisatie");

        // A common password is refused with the common-password text, and nothing is created.
        var weak = await PostAsync(anonymous, path, page, ("Input.DisplayName", "Nieuwe Collega"), ("Input.Password", "Welkom2026!!"), ("Input.ConfirmPassword", "Welkom2026!!"));
        weak.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync(Ct)).ShouldContain("te gangbaar");
        (await FindUserAsync(email)).ShouldBeNull();

        var accepted = await PostAsync(anonymous, path, page, ("Input.DisplayName", "Nieuwe Collega"), ("Input.Password", GoodPassword), ("Input.ConfirmPassword", GoodPassword));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = (await FindUserAsync(email)).ShouldNotBeNull();
        user.OrganisationId.ShouldNotBeNull();
        (await factory.WithDbAsync(db => db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .AnyAsync(x => x.UserId == user.Id && x.Name == Roles.OrganisationMember, Ct))).ShouldBeTrue();
        await AppFactory.LoginAsync(Client(), email, GoodPassword);

        // The link works once.
        var again = Client();
        var second = await again.GetStringAsync(path, Ct);
        WebUtility.HtmlDecode(second).ShouldContain("verlopen, ingetrokken of al gebruikt");
        second.ShouldNotContain("Input.Password");

        // Audited: the invitation, its use, and the joining, in the region's trail.
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == email).ToListAsync(Ct));
        audit.ShouldContain(a => a.EntityType == nameof(UserInvitation) && a.Operation == "created" && a.RegionId == Region);
        audit.ShouldContain(a => a.EntityType == nameof(UserInvitation) && a.Field == nameof(UserInvitation.AcceptedAtUtc));
        audit.ShouldContain(a => a.EntityType == nameof(UserAccessChange) && a.Operation == "created" && a.NewValue!.Contains("Joined"));
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_and_creates_nothing()
    {
        var coordinator = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var email = $"exp-{Guid.NewGuid():N}@test.local";
        (await InviteAsync(coordinator, Region, email, Roles.Coordinator)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var path = await InvitationPathAsync(email);
        var anonymous = Client();
        var page = await anonymous.GetStringAsync(path, Ct);
        page.ShouldContain("Input.Password");

        await factory.WithDbAsync(db => db.Set<UserInvitation>().Where(i => i.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1)), Ct));
        WebUtility.HtmlDecode(await anonymous.GetStringAsync(path, Ct)).ShouldContain("verlopen, ingetrokken of al gebruikt");
        var late = await PostAsync(anonymous, path, page, ("Input.Password", GoodPassword), ("Input.ConfirmPassword", GoodPassword));
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FindUserAsync(email)).ShouldBeNull();
    }

    [Fact]
    public async Task A_coordinator_grants_only_in_her_own_region_and_never_makes_administrators()
    {
        var coordinator = await factory.LoggedInClientAsync(Roles.Coordinator, Region);

        // Another region's user pages and invitation form are closed to her.
        foreach (var url in new[] { "/regio/flevoland/gebruikers", "/regio/flevoland/gebruikers/uitnodigen", "/beheer/regio-toevoegen" })
        {
            var refused = await coordinator.GetAsync(url, Ct);
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            refused.Headers.Location!.OriginalString.ShouldContain("geen-toegang");
        }
        var form = await coordinator.GetStringAsync($"/regio/{Region}/gebruikers/uitnodigen", Ct);
        var crossPost = await PostAsync(coordinator, "/regio/flevoland/gebruikers/uitnodigen", form,
            ("Input.Email", $"x-{Guid.NewGuid():N}@test.local"), ("Input.DisplayName", "X"), ("Input.Role", Roles.Coordinator));
        crossPost.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        crossPost.Headers.Location!.OriginalString.ShouldContain("geen-toegang");

        // No administrator through an invitation, nor a pillar of another region.
        var adminEmail = $"adm-{Guid.NewGuid():N}@test.local";
        var admin = await InviteAsync(coordinator, Region, adminEmail, Roles.Administrator);
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await admin.Content.ReadAsStringAsync(Ct)).ShouldContain("Deze rol kunt u hier niet geven");
        var flevoPillar = await factory.WithDbAsync(db => db.Pillars.Where(p => p.RegionId == "flevoland").Select(p => p.Key).FirstAsync(Ct));
        var foreign = await InviteAsync(coordinator, Region, $"pl-{Guid.NewGuid():N}@test.local", Roles.PillarLead, pillarKey: flevoPillar);
        foreign.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync(Ct)).ShouldContain("Kies een pijler van deze regio");
        (await factory.WithDbAsync(db => db.Set<UserInvitation>().AnyAsync(i => i.Email == adminEmail, Ct))).ShouldBeFalse();

        // On a person of her region: no administrator role; and a Flevoland person is not hers to see.
        var (memberId, _) = await CreateUserAsync(Roles.OrganisationMember, Region, organisationKey: "ggd-ijsselland");
        var details = await coordinator.GetStringAsync($"/regio/{Region}/gebruikers/{memberId}", Ct);
        var grantAdmin = await PostAsync(coordinator, $"/regio/{Region}/gebruikers/{memberId}?handler=Grant", details, ("Role", Roles.Administrator));
        grantAdmin.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await grantAdmin.Content.ReadAsStringAsync(Ct)).ShouldContain("Deze rol kunt u hier niet geven");
        var grantForeignPillar = await PostAsync(coordinator, $"/regio/{Region}/gebruikers/{memberId}?handler=Grant", details, ("Role", Roles.PillarLead), ("PillarKey", flevoPillar));
        grantForeignPillar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => x.UserId == memberId).Select(x => x.Name).ToListAsync(Ct))).ShouldBe([Roles.OrganisationMember]);

        var (flevoId, _) = await CreateUserAsync(Roles.PillarLead, "flevoland", pillarKey: flevoPillar);
        (await coordinator.GetAsync($"/regio/{Region}/gebruikers/{flevoId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var sneaky = await PostAsync(coordinator, $"/regio/{Region}/gebruikers/{flevoId}?handler=Deactivate", details);
        sneaky.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await FindUserByIdAsync(flevoId)).LockoutEnd.ShouldBeNull();

        // Within her region she can make the member a pillar lead too; that is audited.
        var ownPillar = await factory.WithDbAsync(db => db.Pillars.Where(p => p.RegionId == Region).Select(p => p.Key).FirstAsync(Ct));
        (await PostAsync(coordinator, $"/regio/{Region}/gebruikers/{memberId}?handler=Grant", details, ("Role", Roles.PillarLead), ("PillarKey", ownPillar)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(UserAccessChange) && a.RegionId == Region
            && a.NewValue!.Contains("Granted") && a.NewValue.Contains(ownPillar) && a.NewValue.Contains(memberId), Ct))).ShouldBeTrue();
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_sessions_and_its_sign_in()
    {
        var coordinator = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var (memberId, email) = await CreateUserAsync(Roles.OrganisationMember, Region, organisationKey: "ggd-ijsselland");
        var member = Client();
        await AppFactory.LoginAsync(member, email, GoodPassword);
        (await member.GetAsync("/capaciteit/reserveringen", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var details = await coordinator.GetStringAsync($"/regio/{Region}/gebruikers/{memberId}", Ct);
        (await PostAsync(coordinator, $"/regio/{Region}/gebruikers/{memberId}?handler=Deactivate", details)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await member.GetAsync("/capaciteit/reserveringen", Ct);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain("inloggen");
        var again = Client();
        var form = await again.GetStringAsync("/inloggen", Ct);
        (await PostAsync(again, "/inloggen", form, ("Input.Email", email), ("Input.Password", GoodPassword))).StatusCode.ShouldBe(HttpStatusCode.OK, "a deactivated account cannot sign in");
        WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/regio/{Region}/gebruikers", Ct)).ShouldContain("uitgezet");
        (await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(UserAccessChange) && a.EntityKey == email && a.NewValue!.Contains("Deactivated"), Ct)))
            .ShouldBeTrue();

        // Withdrawing a role also ends the session of whoever held it.
        var (leadId, leadEmail) = await CreateUserAsync(Roles.OrganisationMember, Region, organisationKey: "ggd-ijsselland");
        var lead = Client();
        await AppFactory.LoginAsync(lead, leadEmail, GoodPassword);
        details = await coordinator.GetStringAsync($"/regio/{Region}/gebruikers/{leadId}", Ct);
        (await PostAsync(coordinator, $"/regio/{Region}/gebruikers/{leadId}?handler=Withdraw", details, ("Role", Roles.OrganisationMember), ("ScopeKey", "ggd-ijsselland")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindUserByIdAsync(leadId)).OrganisationId.ShouldBeNull();
        (await lead.GetAsync("/capaciteit/reserveringen", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_administrator_creates_a_region_that_works_at_once_with_an_empty_plan()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var key = $"proef-{Guid.NewGuid():N}"[..14];
        var form = await admin.GetStringAsync("/beheer/regio-toevoegen?jaar=2023", Ct);
        form.ShouldContain("GM0200");   // Apeldoorn in the CBS list of 2023

        // A municipality of IJssel-Vecht cannot join a second region.
        var taken = await PostAsync(admin, "/beheer/regio-toevoegen", form, ("Input.Name", "Proefregio"), ("Input.Key", key), ("Input.Year", "2023"),
            ("Input.Municipalities", "GM0193"));
        taken.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync(Ct)).ShouldContain("hoort al bij regio");
        var badKey = await PostAsync(admin, "/beheer/regio-toevoegen", form, ("Input.Name", "Proefregio"), ("Input.Key", "Geen Sleutel"), ("Input.Year", "2023"),
            ("Input.Municipalities", "GM0200"));
        badKey.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Regions.AnyAsync(r => r.Name == "Proefregio", Ct))).ShouldBeFalse();

        var created = await PostAsync(admin, "/beheer/regio-toevoegen", form, ("Input.Name", "Proefregio"), ("Input.Key", key), ("Input.Year", "2023"),
            ("Input.Municipalities", "GM0200"), ("Input.Municipalities", "GM0203"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(Ct));
        created.Headers.Location!.OriginalString.ShouldBe($"/regio/{key}/gebruikers/uitnodigen");

        var anonymous = Client();
        WebUtility.HtmlDecode(await anonymous.GetStringAsync("/", Ct)).ShouldContain("Proefregio");
        foreach (var url in new[] { $"/regio/{key}", $"/regio/{key}/monitor", $"/regio/{key}/werkagenda", $"/regio/{key}/gemeente/GM0200",
                     $"/regio/{key}/transformatieplannen", $"/regio/{key}/monitor/rapport", $"/regio/{key}/besluiten", $"/regio/{key}/regiotafel", "/hulp", $"/api/v1/regions/{key}/plan" })
        {
            var response = await anonymous.GetAsync(url, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
        (await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Region" && a.EntityKey == key && a.Operation == "created", Ct))).ShouldBeTrue();

        // The administrator invites its first coordinator right away.
        var email = $"coord-{Guid.NewGuid():N}@test.local";
        (await InviteAsync(admin, key, email, Roles.Coordinator)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InvitationPathAsync(email)).ShouldStartWith("/uitnodiging/");
    }

    // ---- helpers ----

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient client, string region, string email, string role, string? pillarKey = null, string? organisationKey = null)
    {
        var form = await client.GetStringAsync($"/regio/{region}/gebruikers/uitnodigen", Ct);
        return await PostAsync(client, $"/regio/{region}/gebruikers/uitnodigen", form, ("Input.Email", email), ("Input.DisplayName", "Nieuwe Collega"),
            ("Input.Role", role), ("PillarKey", pillarKey ?? ""), ("OrganisationKey", organisationKey ?? ""));
    }

    /// <summary>The link from the invitation e-mail, read from the app's mail drop (no SMTP server in tests).</summary>
    private async Task<string> InvitationPathAsync(string email)
    {
        var folder = Path.Combine(factory.Services.GetRequiredService<IConfiguration>()["DataFolder"]!, "mail");
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            var text = await File.ReadAllTextAsync(file, Ct);
            if (text.Contains(email, StringComparison.OrdinalIgnoreCase) && LinkPattern().Match(text) is { Success: true } m) return m.Value;
        }
        throw new InvalidOperationException($"No invitation mail for {email}.");
    }

    private async Task<(string Id, string Email)> CreateUserAsync(string role, string region, string? pillarKey = null, string? organisationKey = null)
    {
        var email = $"u-{Guid.NewGuid():N}@test.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Regiokompas.Web.Common.Data.AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Collega " + email[2..8] };
        if (organisationKey is not null) user.OrganisationId = await db.Organisations.Where(o => o.RegionId == region && o.Key == organisationKey).Select(o => o.Id).SingleAsync(Ct);
        (await users.CreateAsync(user, GoodPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        if (pillarKey is not null)
        {
            db.PillarLeadAssignments.Add(new PillarLeadAssignment { UserId = user.Id, PillarId = await db.Pillars.Where(p => p.RegionId == region && p.Key == pillarKey).Select(p => p.Id).SingleAsync(Ct) });
            await db.SaveChangesAsync(Ct);
        }
        return (user.Id, email);
    }

    private Task<AppUser?> FindUserAsync(string email) =>
        factory.WithDbAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email, Ct));

    private async Task<AppUser> FindUserByIdAsync(string id) =>
        (await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, Ct)))!;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string pageWithToken, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", AppFactory.AntiforgeryToken(pageWithToken)));
        return client.PostAsync(url, new FormUrlEncodedContent(values), Ct);
    }

    [GeneratedRegex("/uitnodiging/[A-Za-z0-9_-]{20,}")]
    private static partial Regex LinkPattern();
}

public sealed class UserAdministrationTestsOnSqlite(SqliteAppFactory f) : UserAdministrationTests(f), IClassFixture<SqliteAppFactory>;
public sealed class UserAdministrationTestsOnPostgres(PostgresAppFactory f) : UserAdministrationTests(f), IClassFixture<PostgresAppFactory>;
