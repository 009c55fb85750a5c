using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.Tests.Plan;

public class PlanPermissionsTests
{
    private const string Region = "ijssel-vecht";

    [Fact]
    public void Coordinator_edits_only_her_own_region()
    {
        var coordinator = new Actor("Ans", CoordinatorOfRegions: new HashSet<string> { Region });
        PlanPermissions.CanEditRegion(coordinator, Region).ShouldBeTrue();
        PlanPermissions.CanEditRegion(coordinator, "flevoland").ShouldBeFalse();
    }

    [Fact]
    public void Pillar_lead_edits_her_pillar_but_not_another()
    {
        var lead = new Actor("Bram", LeadOfPillars: new HashSet<int> { 7 });
        PlanPermissions.CanEditPillar(lead, Region, 7).ShouldBeTrue();
        PlanPermissions.CanEditPillar(lead, Region, 8).ShouldBeFalse();
        PlanPermissions.CanEditRegion(lead, Region).ShouldBeFalse();
    }

    [Fact]
    public void Organisation_member_reports_progress_only_on_owned_actions()
    {
        var member = new Actor("Cor", OrganisationId: 3);
        PlanPermissions.CanReportActionProgress(member, Region, 1, ownerId: 3).ShouldBeTrue();
        PlanPermissions.CanReportActionProgress(member, Region, 1, ownerId: 4).ShouldBeFalse();
        PlanPermissions.CanReportActionProgress(member, Region, 1, ownerId: null).ShouldBeFalse();
        PlanPermissions.CanEditAction(member, Region, 1).ShouldBeFalse();
    }

    [Fact]
    public void Anonymous_can_do_nothing_and_administrator_everything()
    {
        PlanPermissions.CanEditRegion(Actor.Anonymous, Region).ShouldBeFalse();
        PlanPermissions.CanReportActionProgress(Actor.Anonymous, Region, 1, null).ShouldBeFalse();
        var admin = new Actor("Root", IsAdministrator: true);
        PlanPermissions.CanEditPillar(admin, "flevoland", 99).ShouldBeTrue();
    }
}
