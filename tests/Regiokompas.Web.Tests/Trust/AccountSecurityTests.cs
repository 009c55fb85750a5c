using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Security;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Trust;

/// <summary>Login answers, password rules and the end of a session, on both databases.</summary>
public abstract class AccountSecurityTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string GoodPassword = "Paars-fietspad-onder-de-brug";

    private async Task<string> CreateUserAsync(string? password = null)
    {
        var email = $"acc-{Guid.NewGuid():N}@test.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test", CoordinatorRegionId = "ijssel-vecht" }, password ?? GoodPassword);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Roles.Coordinator)).Succeeded.ShouldBeTrue();
        return email;
    }

    private async Task<(HttpStatusCode Status, string Error)> TryLoginAsync(string email, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/inloggen", Ct);
        var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form),
        }), Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        var error = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"error-box[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        return (response.StatusCode, System.Text.RegularExpressions.Regex.Replace(error, "<[^>]+>", "").Trim());
    }

    [Fact]
    public async Task Unknown_account_wrong_password_and_locked_account_get_the_same_answer()
    {
        var email = await CreateUserAsync();
        var unknown = await TryLoginAsync($"nobody-{Guid.NewGuid():N}@test.local", "Verkeerd-wachtwoord-123");
        var wrong = await TryLoginAsync(email, "Verkeerd-wachtwoord-123");
        for (var i = 0; i < 5; i++) await TryLoginAsync(email, "Verkeerd-wachtwoord-123");
        var lockedWrong = await TryLoginAsync(email, "Verkeerd-wachtwoord-123");
        var lockedRight = await TryLoginAsync(email, GoodPassword);

        unknown.Status.ShouldBe(HttpStatusCode.OK);
        unknown.Error.ShouldNotBeEmpty();
        wrong.ShouldBe(unknown);
        lockedWrong.ShouldBe(unknown);
        lockedRight.ShouldBe(unknown, "a locked account must not be told apart, not even with the right password");
    }

    [Theory]
    [InlineData("Welkom2026!!")]
    [InlineData("W3lkom!!2026")]
    [InlineData("Wachtwoord123")]
    [InlineData("zomer2026zomer2026")]
    [InlineData("Regiokompas2026")]
    [InlineData("123456789012")]
    [InlineData("aaaaaaaaaaaaaaa")]
    public async Task A_common_password_is_refused_with_a_Dutch_reason(string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"pw-{Guid.NewGuid():N}@test.local";
        var result = await users.CreateAsync(new AppUser { UserName = email, Email = email }, password);
        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Code == "PasswordTooCommon" && e.Description.Contains("te gangbaar"));
        (await users.FindByEmailAsync(email)).ShouldBeNull();
    }

    [Fact]
    public async Task A_password_containing_the_account_name_is_refused()
    {
        CommonPasswordValidator.IsCommon("janssen-zorgt-voor-2026", "janssen@zorg.example").ShouldBeTrue();
        CommonPasswordValidator.IsCommon(GoodPassword, "janssen@zorg.example").ShouldBeFalse();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Logging_out_ends_the_session_for_every_copy_of_the_cookie()
    {
        var email = await CreateUserAsync();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await browser.GetAsync("/inloggen", Ct);
        var antiforgeryCookie = Cookies(form);
        var login = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = GoodPassword,
                ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(await form.Content.ReadAsStringAsync(Ct)),
            }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var loggedIn = await browser.SendAsync(login, Ct);
        loggedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = Cookies(loggedIn).Split("; ").Single(c => c.StartsWith("regiokompas.auth="));

        // A copy of the cookie (another tab, or a stolen one) works before logout...
        (await ReplayAsync(session)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var logoutPage = new HttpRequestMessage(HttpMethod.Get, "/uitloggen");
        logoutPage.Headers.Add("Cookie", $"{antiforgeryCookie}; {session}");
        var logoutHtml = await (await browser.SendAsync(logoutPage, Ct)).Content.ReadAsStringAsync(Ct);
        var logout = new HttpRequestMessage(HttpMethod.Post, "/uitloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(logoutHtml) }),
        };
        logout.Headers.Add("Cookie", $"{antiforgeryCookie}; {session}");
        (await browser.SendAsync(logout, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // ...and not after: the server no longer accepts it.
        var replay = await ReplayAsync(session);
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.Headers.Location!.ToString().ShouldContain("/inloggen");
    }

    /// <summary>A private page (the region's audit trail) with only the given session cookie.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string sessionCookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/regio/ijssel-vecht/wijzigingen");
        request.Headers.Add("Cookie", sessionCookie);
        return await client.SendAsync(request, Ct);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}

public sealed class AccountSecurityTestsOnSqlite(SqliteAppFactory f) : AccountSecurityTests(f), IClassFixture<SqliteAppFactory>;
public sealed class AccountSecurityTestsOnPostgres(PostgresAppFactory f) : AccountSecurityTests(f), IClassFixture<PostgresAppFactory>;
