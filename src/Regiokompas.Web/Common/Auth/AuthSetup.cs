using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Common.Auth;

public static class AuthSetup
{
    public const string ApiTokenScheme = "ApiToken";
    private const string SmartScheme = "CookieOrToken";

    public static IServiceCollection AddAppAuth(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddDataProtection().SetApplicationName("Regiokompas").PersistKeysToDbContext<AppDbContext>();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenScheme, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "regiokompas.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/inloggen";
            o.LogoutPath = "/uitloggen";
            o.AccessDeniedPath = "/geen-toegang";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // API callers get status codes, not a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddAuthorization();
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NewToken() => "rk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}

/// <summary>Adds the scope claims (region, pillars, organisation) at sign-in.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName! : user.DisplayName));
        if (user.CoordinatorRegionId is { } region) identity.AddClaim(new Claim(AppClaims.CoordinatorRegion, region));
        if (user.OrganisationId is { } org) identity.AddClaim(new Claim(AppClaims.Organisation, org.ToString(CultureInfo.InvariantCulture)));
        var pillars = await db.PillarLeadAssignments.Where(p => p.UserId == user.Id).Select(p => p.PillarId).ToListAsync();
        foreach (var p in pillars) identity.AddClaim(new Claim(AppClaims.LeadPillar, p.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}

/// <summary>"Authorization: Bearer rk_…" for systems that act for one organisation.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = AuthSetup.HashToken(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAtUtc == null)
            .Join(db.Organisations, t => t.OrganisationId, o => o.Id, (t, o) => new { t.Id, t.Name, t.OrganisationId, Org = o.Name })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("Unknown or revoked API token.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"token:{token.Id}"),
            new Claim(ClaimTypes.Name, token.Name),
            new Claim(AppClaims.DisplayName, $"{token.Org} (API-token {token.Name})"),
            new Claim(AppClaims.Organisation, token.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Role, Roles.OrganisationMember),
        ], AuthSetup.ApiTokenScheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSetup.ApiTokenScheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
