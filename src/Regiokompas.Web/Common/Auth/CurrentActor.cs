using System.Security.Claims;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Common.Auth;

/// <summary>Who is acting in this scope: the signed-in user, an API token, or the system (CLI, seeding).</summary>
public interface ICurrentActor
{
    string? UserId { get; }
    string Name { get; }
    Actor Actor { get; }
}

public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;
    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string Name => User?.Identity?.IsAuthenticated == true
        ? User.FindFirstValue(AppClaims.DisplayName) ?? User.Identity.Name ?? "onbekend"
        : "systeem";
    public Actor Actor => User is { } u ? AppClaims.ToActor(u) : Actor.Anonymous;
}

/// <summary>Claim names we add at sign-in, so permission checks need no extra queries.</summary>
public static class AppClaims
{
    public const string DisplayName = "rk:name";
    public const string CoordinatorRegion = "rk:coordinator-region";
    public const string LeadPillar = "rk:lead-pillar";
    public const string Organisation = "rk:organisation";

    public static Actor ToActor(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Actor.Anonymous;
        var org = user.FindFirstValue(Organisation);
        return new Actor(
            user.FindFirstValue(DisplayName) ?? user.Identity.Name ?? "?",
            user.IsInRole(Roles.Administrator),
            user.FindAll(CoordinatorRegion).Select(c => c.Value).ToHashSet(),
            user.FindAll(LeadPillar).Select(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
            org is null ? null : int.Parse(org, System.Globalization.CultureInfo.InvariantCulture));
    }
}
