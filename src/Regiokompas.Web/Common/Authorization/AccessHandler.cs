using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Common.Authorization;

/// <summary>
/// The one check behind every <see cref="Scope"/>: who the actor is (claims) against the region, unit or
/// reservation the route names. Record-level rules inside a region stay in the domain permissions
/// (PlanPermissions, CapacityPermissions, …), which the handlers ask with the loaded record.
/// </summary>
public sealed class AccessHandler(AppDbContext db) : AuthorizationHandler<AccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        if (await AllowsAsync(requirement.Scope, context.User, http?.Request.RouteValues ?? new RouteValueDictionary(),
                http?.RequestAborted ?? CancellationToken.None))
            context.Succeed(requirement);
    }

    public async Task<bool> AllowsAsync(Scope scope, System.Security.Claims.ClaimsPrincipal user, RouteValueDictionary route, CancellationToken ct)
    {
        if (scope == Scope.Public) return true;
        if (user.Identity?.IsAuthenticated != true) return false;
        var actor = AppClaims.ToActor(user);
        if (actor.IsAdministrator) return true;
        var regionId = route.TryGetValue("regionId", out var r) ? r as string : null;
        return scope switch
        {
            Scope.SignedIn => true,
            Scope.Coordinator => IsCoordinator(actor, regionId),
            Scope.PillarLead => IsCoordinator(actor, regionId) || await LeadsInAsync(actor, regionId, ct),
            Scope.Organisation => IsCoordinator(actor, regionId) || await LeadsInAsync(actor, regionId, ct)
                || await MemberInAsync(actor, regionId, ct),
            Scope.UnitOwner => await OwnsUnitAsync(actor, RouteGuid(route, "id") ?? RouteGuid(route, "unitId"), ct),
            Scope.Requester => await IsPartyAsync(actor, user, RouteGuid(route, "id"), ct),
            Scope.RequestingOrganisation => await MayRequestAsync(actor, RouteGuid(route, "unitId"), ct),
            _ => false,
        };
    }

    private static bool IsCoordinator(Actor actor, string? regionId) =>
        regionId is null ? actor.CoordinatorRegions.Count > 0 : actor.CoordinatorRegions.Contains(regionId);

    private async Task<bool> LeadsInAsync(Actor actor, string? regionId, CancellationToken ct)
    {
        if (actor.LeadPillars.Count == 0) return false;
        if (regionId is null) return true;
        var pillars = actor.LeadPillars.ToList();
        return await db.Pillars.AnyAsync(p => pillars.Contains(p.Id) && p.RegionId == regionId, ct);
    }

    private async Task<bool> MemberInAsync(Actor actor, string? regionId, CancellationToken ct) =>
        actor.OrganisationId is { } org
        && (regionId is null || await db.Organisations.AnyAsync(o => o.Id == org && o.RegionId == regionId, ct));

    private async Task<bool> OwnsUnitAsync(Actor actor, Guid? unitId, CancellationToken ct)
    {
        if (unitId is null) return actor.OrganisationId is not null || actor.CoordinatorRegions.Count > 0;
        var unit = await db.Set<CapacityUnit>().AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.RegionId, u.OrganisationId }).SingleOrDefaultAsync(ct);
        // An unknown id is the handler's 404; there is nothing to protect.
        return unit is null || CapacityPermissions.IsProvider(actor, unit.RegionId, unit.OrganisationId);
    }

    private async Task<bool> IsPartyAsync(Actor actor, System.Security.Claims.ClaimsPrincipal user, Guid? reservationId, CancellationToken ct)
    {
        if (reservationId is null) return false;
        var found = await db.Set<Reservation>().AsNoTracking().Where(x => x.Id == reservationId)
            .Join(db.Set<CapacityUnit>(), x => x.UnitId, u => u.Id, (x, u) => new { Reservation = x, u.OrganisationId })
            .SingleOrDefaultAsync(ct);
        if (found is null) return true;
        var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return CapacityPermissions.IsParty(actor, userId, found.Reservation, found.OrganisationId);
    }

    private async Task<bool> MayRequestAsync(Actor actor, Guid? unitId, CancellationToken ct)
    {
        if (unitId is null) return actor.CoordinatorRegions.Count > 0
            || actor.OrganisationId is { } org && await db.Set<RequestingOrganisation>().AnyAsync(x => x.OrganisationId == org, ct);
        var regionId = await db.Set<CapacityUnit>().Where(u => u.Id == unitId).Select(u => u.RegionId).SingleOrDefaultAsync(ct);
        return regionId is null || await MayHoldAsync(db, actor, regionId, ct);
    }

    /// <summary>Asked again by the hold handler for the unit in the request body.</summary>
    public static async Task<bool> MayHoldAsync(AppDbContext db, Actor actor, string regionId, CancellationToken ct) =>
        CapacityPermissions.CanHold(actor, regionId, actor.OrganisationId is { } org
            && await db.Set<RequestingOrganisation>().AnyAsync(x => x.OrganisationId == org && x.RegionId == regionId, ct));

    private static Guid? RouteGuid(RouteValueDictionary route, string name) =>
        route.TryGetValue(name, out var v) && Guid.TryParse(v?.ToString(), out var g) ? g : null;
}
