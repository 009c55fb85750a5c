namespace Regiokompas.Domain.Plan;

/// <summary>Who is acting, reduced to what plan permissions depend on.</summary>
public sealed record Actor(
    string Name,
    bool IsAdministrator = false,
    IReadOnlySet<string>? CoordinatorOfRegions = null,
    IReadOnlySet<int>? LeadOfPillars = null,
    int? OrganisationId = null)
{
    public static readonly Actor Anonymous = new("anoniem");
    public IReadOnlySet<string> CoordinatorRegions => CoordinatorOfRegions ?? EmptyRegions;
    public IReadOnlySet<int> LeadPillars => LeadOfPillars ?? EmptyPillars;
    private static readonly HashSet<string> EmptyRegions = [];
    private static readonly HashSet<int> EmptyPillars = [];
}

/// <summary>
/// The plan's write rules in one place, so pages and API ask the same question:
/// a coordinator edits her region's whole plan, a pillar lead that pillar, an organisation
/// member only the status and progress notes of actions its organisation owns.
/// </summary>
public static class PlanPermissions
{
    public static bool CanEditRegion(Actor actor, string regionId) =>
        actor.IsAdministrator || actor.CoordinatorRegions.Contains(regionId);

    public static bool CanEditPillar(Actor actor, string regionId, int pillarId) =>
        CanEditRegion(actor, regionId) || actor.LeadPillars.Contains(pillarId);

    /// <summary>Full edit of an action: title, schedule, owner.</summary>
    public static bool CanEditAction(Actor actor, string regionId, int pillarId) =>
        CanEditPillar(actor, regionId, pillarId);

    /// <summary>Status and progress notes only.</summary>
    public static bool CanReportActionProgress(Actor actor, string regionId, int pillarId, int? ownerId) =>
        CanEditAction(actor, regionId, pillarId)
        || (actor.OrganisationId is { } org && ownerId == org);
}
