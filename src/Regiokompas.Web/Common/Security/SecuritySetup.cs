using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Security;

/// <summary>
/// Transport and abuse protection in one place: forwarded headers from a configured proxy only,
/// HSTS, no Server header, rate limits, password rules and server-side session ending.
/// </summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddAppSecurity(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; we trust only what the operator names.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in KnownProxies(config)) o.KnownProxies.Add(proxy);
            foreach (var network in config.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Antiforgery's cookie is not Secure by default even over https; all cookies follow the request.
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // Logout and password changes update the security stamp; checking it on every request ends the other sessions at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(config.GetValue("Auth:SecurityStampCheckSeconds", 0)));
        builder.Services.AddScoped<IPasswordValidator<AppUser>, CommonPasswordValidator>();

        var limits = RateLimitSettings.From(config, builder.Environment);
        builder.Services.AddSingleton(limits);
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = AppRateLimits.Create(limits);
            o.AddPolicy(AppRateLimits.ProposalPolicy, http => AppRateLimits.Proposals(limits, http));
            o.OnRejected = AppRateLimits.RejectAsync;
        });
        return builder;
    }

    /// <summary>Goes first in the pipeline: the client address and scheme as the trusted proxy saw them.</summary>
    public static WebApplication UseAppTransportSecurity(this WebApplication app)
    {
        if (KnownProxies(app.Configuration).Any() || app.Configuration.GetSection("ReverseProxy:KnownNetworks").Exists())
            app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        return app;
    }

    /// <summary>After authentication, so API writes are counted per token or user.</summary>
    public static WebApplication UseAppRateLimits(this WebApplication app)
    {
        // The per-account login limit reads the e-mail address from the form; read it first so the limiter can.
        app.Use(async (http, next) =>
        {
            if (AppRateLimits.IsLoginPost(http.Request) && http.Request.HasFormContentType) await http.Request.ReadFormAsync(http.RequestAborted);
            await next();
        });
        app.UseRateLimiter();
        return app;
    }

    private static IEnumerable<IPAddress> KnownProxies(IConfiguration config) =>
        (config.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? []).Select(IPAddress.Parse);
}

/// <summary>Requests per window; "RateLimits" in configuration. The Testing environment raises the defaults so the suite, which logs in hundreds of times, is not throttled.</summary>
public sealed record RateLimitSettings(int WindowSeconds, int LoginPerIp, int LoginPerAccount, int AnonymousPostsPerIp, int ApiWritesPerClient)
{
    public static RateLimitSettings From(IConfiguration config, IHostEnvironment env)
    {
        var testing = env.IsEnvironment("Testing");
        var s = config.GetSection("RateLimits");
        return new RateLimitSettings(
            s.GetValue("WindowSeconds", 60),
            s.GetValue("LoginPerIp", testing ? 100_000 : 20),
            s.GetValue("LoginPerAccount", testing ? 100_000 : 10),
            s.GetValue("AnonymousPostsPerIp", testing ? 100_000 : 30),
            s.GetValue("ApiWritesPerClient", testing ? 100_000 : 300))
        {
            ProposalsPerIp = s.GetValue("ProposalsPerIp", testing ? 100_000 : 5),
        };
    }

    /// <summary>Public initiative proposals ("Initiatief aanmelden") per address and window: a person proposes a few, a script many.</summary>
    public int ProposalsPerIp { get; init; } = 5;
}

public static class AppRateLimits
{
    /// <summary>The limit on the public form where anyone proposes an informal initiative; the page names it with [EnableRateLimiting].</summary>
    public const string ProposalPolicy = "proposal";

    public static bool IsLoginPost(HttpRequest r) => HttpMethods.IsPost(r.Method) && r.Path.Equals("/inloggen", StringComparison.OrdinalIgnoreCase);

    /// <summary>Choosing a password through an invitation link: limited per address like the login (the token is the account).</summary>
    public static bool IsInvitationPost(HttpRequest r) => HttpMethods.IsPost(r.Method) && r.Path.StartsWithSegments("/uitnodiging", StringComparison.OrdinalIgnoreCase);

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitSettings s)
    {
        var window = TimeSpan.FromSeconds(s.WindowSeconds);
        return PartitionedRateLimiter.CreateChained(
            Limit(s.LoginPerIp, window, http => IsLoginPost(http.Request) ? "login-ip:" + Ip(http) : null),
            Limit(s.LoginPerAccount, window, http => IsLoginPost(http.Request) ? "login-account:" + Account(http) : null),
            Limit(s.LoginPerIp, window, http => IsInvitationPost(http.Request) ? "invitation-ip:" + Ip(http) : null),
            Limit(s.LoginPerAccount, window, http => IsInvitationPost(http.Request) ? "invitation:" + http.Request.Path.Value : null),
            Limit(s.AnonymousPostsPerIp, window, http => IsWrite(http) && http.User.Identity?.IsAuthenticated != true ? "anonymous:" + Ip(http) : null),
            Limit(s.ApiWritesPerClient, window, http => IsWrite(http) && http.User.Identity?.IsAuthenticated == true && http.Request.Path.StartsWithSegments("/api")
                ? "api:" + http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
                : null));
    }

    private static PartitionedRateLimiter<HttpContext> Limit(int permits, TimeSpan window, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
            key(http) is { } k
                ? RateLimitPartition.GetFixedWindowLimiter(k, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("none"));

    /// <summary>Proposals sent per address and window; reading the form is not limited.</summary>
    public static RateLimitPartition<string> Proposals(RateLimitSettings s, HttpContext http) =>
        IsWrite(http)
            ? RateLimitPartition.GetFixedWindowLimiter("proposal:" + Ip(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = s.ProposalsPerIp, Window = TimeSpan.FromSeconds(s.WindowSeconds), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("none");

    // The error page re-executes the rejected request; it must not be limited a second time.
    private static bool IsWrite(HttpContext http) =>
        !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
        && http.Features.Get<IStatusCodeReExecuteFeature>() is null;

    private static string Ip(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string Account(HttpContext http) =>
        (http.Request.HasFormContentType ? http.Request.Form["Input.Email"].ToString() : "").Trim().ToUpperInvariant();

    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var settings = http.RequestServices.GetRequiredService<RateLimitSettings>();
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(settings.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api")) return; // the status-code page renders the Dutch page
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = Texts.Get("request.too-many"),
            Detail = Texts.Get("request.retry-after", seconds),
            Instance = http.Request.Path,
        };
        problem.Extensions["code"] = "request.too-many";
        problem.Extensions["retryAfterSeconds"] = seconds;
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
    }
}
