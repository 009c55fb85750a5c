using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>
/// Directory write rules: an organisation keeps its own entries; administrators keep all.
/// An entry whose organisation is linked to no plan organisation only administrators edit.
/// </summary>
public static class CareDirectoryPermissions
{
    public static bool CanEdit(Actor actor, int? ownerPlanOrganisationId) =>
        actor.IsAdministrator
        || (actor.OrganisationId is { } org && ownerPlanOrganisationId == org);

    public static bool CanEdit(Actor actor, CareOrganisation owner) => CanEdit(actor, owner.PlanOrganisationId);
}
