using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Trust;

internal static class LoginPosts
{
    public static async Task<HttpResponseMessage> PostAsync(AppFactory factory, string email, CancellationToken ct)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/inloggen", ct);
        return await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "Verkeerd-wachtwoord-123", ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form),
        }), ct);
    }

    public static async Task ShouldBeTooManyPageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        ((int)response.StatusCode).ShouldBe(429);
        int.Parse(response.Headers.GetValues("Retry-After").Single()).ShouldBeGreaterThan(0);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct)).ShouldContain("Te veel verzoeken");
    }
}

public sealed class LoginPerAccountLimitTests(LoginPerAccountLimitFactory factory) : IClassFixture<LoginPerAccountLimitFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_fourth_login_for_one_account_within_the_window_gets_429_while_another_account_may_still_try()
    {
        var target = $"target-{Guid.NewGuid():N}@test.local";
        for (var i = 0; i < 3; i++) (await LoginPosts.PostAsync(factory, target, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await LoginPosts.ShouldBeTooManyPageAsync(await LoginPosts.PostAsync(factory, target.ToUpperInvariant(), Ct), Ct);
        (await LoginPosts.PostAsync(factory, $"other-{Guid.NewGuid():N}@test.local", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class LoginPerIpLimitTests(LoginPerIpLimitFactory factory) : IClassFixture<LoginPerIpLimitFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logins_from_one_address_for_many_accounts_are_limited_too()
    {
        for (var i = 0; i < 4; i++) (await LoginPosts.PostAsync(factory, $"spray-{i}-{Guid.NewGuid():N}@test.local", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await LoginPosts.ShouldBeTooManyPageAsync(await LoginPosts.PostAsync(factory, $"spray-x-{Guid.NewGuid():N}@test.local", Ct), Ct);
    }
}

public sealed class WriteLimitTests(WriteLimitFactory factory) : IClassFixture<WriteLimitFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_mistake_reports_from_one_address_are_limited()
    {
        var id = ThemeTerms.NameBased("seed:service:ease");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync($"/hulp/dienst/{id}", Ct);
        Task<HttpResponseMessage> Post() => client.PostAsync($"/hulp/dienst/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Report.Message"] = "Het telefoonnummer klopt niet.", ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        for (var i = 0; i < 3; i++) (await Post()).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await LoginPosts.ShouldBeTooManyPageAsync(await Post(), Ct);
    }

    [Fact]
    public async Task Api_writes_are_limited_per_token_with_a_Dutch_problem_and_Retry_After()
    {
        var busy = await factory.TokenClientAsync("ijssel-vecht", "ggd-ijsselland");
        var other = await factory.TokenClientAsync("ijssel-vecht", "ggd-ijsselland");
        for (var i = 0; i < 3; i++) ((int)(await busy.PostAsJsonAsync("/api/v1/reservations", new { }, Ct)).StatusCode).ShouldNotBe(429);
        var limited = await busy.PostAsJsonAsync("/api/v1/reservations", new { }, Ct);
        ((int)limited.StatusCode).ShouldBe(429);
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeGreaterThan(0);
        using var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync(Ct));
        body.RootElement.GetProperty("title").GetString().ShouldBe("Te veel verzoeken in korte tijd.");
        body.RootElement.GetProperty("code").GetString().ShouldBe("request.too-many");
        ((int)(await other.PostAsJsonAsync("/api/v1/reservations", new { }, Ct)).StatusCode).ShouldNotBe(429, "another token has its own budget");
    }
}

public sealed class ProposalLimitTests(ProposalLimitFactory factory) : IClassFixture<ProposalLimitFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_third_initiative_proposal_from_one_address_gets_429_while_the_form_still_opens()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/hulp/initiatief-aanmelden", Ct);
        Task<HttpResponseMessage> Post() => client.PostAsync("/hulp/initiatief-aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        for (var i = 0; i < 2; i++) (await Post()).StatusCode.ShouldBe(HttpStatusCode.OK);
        await LoginPosts.ShouldBeTooManyPageAsync(await Post(), Ct);
        (await client.GetAsync("/hulp/initiatief-aanmelden", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>The suite's own environment raises the limits, so many logins in a row are not throttled.</summary>
public sealed class DefaultLimitTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Twenty_logins_in_the_test_environment_are_not_throttled()
    {
        for (var i = 0; i < 20; i++)
            (await LoginPosts.PostAsync(factory, "same@test.local", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
