using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.Capacity;

/// <summary>
/// Who may do what with capacity, asked the same way by pages and API: a provider reports and
/// receives for its own units; the requester (or their organisation) confirms, releases and
/// cancels its own reservations; the region's coordinator (transferpunt) may do all of it.
/// </summary>
public static class CapacityPermissions
{
    public static bool IsCoordinator(Actor actor, string regionId) =>
        actor.IsAdministrator || actor.CoordinatorRegions.Contains(regionId);

    public static bool CanReport(Actor actor, CapacityUnit unit) =>
        IsCoordinator(actor, unit.RegionId) || actor.OrganisationId is { } org && org == unit.OrganisationId;

    public static bool IsProvider(Actor actor, string regionId, int unitOrganisationId) =>
        IsCoordinator(actor, regionId) || actor.OrganisationId is { } org && org == unitOrganisationId;

    public static bool IsRequester(Actor actor, string? userId, Reservation r) =>
        IsCoordinator(actor, r.RegionId)
        || userId is not null && userId == r.RequesterUserId
        || actor.OrganisationId is { } org && org == r.RequesterOrganisationId;

    /// <summary>The parties of a reservation, the only ones who see its patient reference.</summary>
    public static bool IsParty(Actor actor, string? userId, Reservation r, int unitOrganisationId) =>
        IsRequester(actor, userId, r) || IsProvider(actor, r.RegionId, unitOrganisationId);

    /// <summary>
    /// Holding a place is for the region's coordinator (transferpunt) and for organisations registered as
    /// requesting organisation in that region; a provider that only reports its beds cannot hold.
    /// </summary>
    public static bool CanHold(Actor actor, string regionId, bool organisationMayRequestInRegion) =>
        IsCoordinator(actor, regionId) || actor.OrganisationId is not null && organisationMayRequestInRegion;

    public static bool CanChange(Actor actor, string? userId, Reservation r, int unitOrganisationId, string action) => action switch
    {
        "confirm" or "release" or "withdraw" => IsRequester(actor, userId, r),
        "arrive" or "decline" => IsProvider(actor, r.RegionId, unitOrganisationId),
        "cancel" => IsRequester(actor, userId, r) || IsProvider(actor, r.RegionId, unitOrganisationId),
        _ => false,
    };
}
