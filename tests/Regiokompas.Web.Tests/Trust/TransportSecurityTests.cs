using System.Net;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Trust;

/// <summary>Over real Kestrel: no Server header; X-Forwarded-Proto counts only from a configured proxy.</summary>
public sealed class TrustedProxyTests(TrustedProxyFactory factory) : IClassFixture<TrustedProxyFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kestrel_sends_no_Server_header()
    {
        var response = await Raw(factory).GetAsync("/health/live", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Server.ShouldBeEmpty();
        response.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Behind_the_trusted_proxy_an_https_request_gets_HSTS_and_Secure_cookies()
    {
        var response = await SendViaProxyAsync(factory, "/inloggen");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => !c.Contains("expires=Thu, 01 Jan 1970")).ToList();
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    internal static HttpClient Raw(AppFactory f) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = f.ClientOptions.BaseAddress };

    internal static async Task<HttpResponseMessage> SendViaProxyAsync(AppFactory f, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "regiokompas.example"; // HSTS is never sent for localhost
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await Raw(f).SendAsync(request, Ct);
    }
}

public sealed class UntrustedProxyTests(NoProxyFactory factory) : IClassFixture<NoProxyFactory>
{
    [Fact]
    public async Task Without_a_configured_proxy_forwarded_headers_are_ignored()
    {
        var response = await TrustedProxyTests.SendViaProxyAsync(factory, "/inloggen");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        response.Headers.GetValues("Set-Cookie").ShouldAllBe(c => !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        response.Headers.Contains("Server").ShouldBeFalse();
    }
}

/// <summary>/taal only redirects inside the site, and never answers 500.</summary>
public sealed class LanguageSwitchTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("/hulp?q=eenzaam", "/hulp?q=eenzaam")]
    public async Task Return_url_must_be_local(string returnUrl, string expected)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/taal?c=en&returnUrl={returnUrl}", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(expected);
    }
}
