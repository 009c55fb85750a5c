using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.Tests.Monitoring;

public class IndicatorOwnerTests
{
    [Theory]
    // A quarter is due one month after it ends: on 30 October, Q3 is due; the day before, Q2 is the latest.
    [InlineData(Frequency.Quarterly, "2025-10-29", "2025KW02")]
    [InlineData(Frequency.Quarterly, "2025-10-30", "2025KW03")]
    [InlineData(Frequency.Quarterly, "2026-01-15", "2025KW03")]
    [InlineData(Frequency.Monthly, "2025-03-01", "2025MM01")]
    [InlineData(Frequency.Monthly, "2025-03-28", "2025MM02")]
    // A year is due six months after it ends.
    [InlineData(Frequency.Yearly, "2026-06-29", "2024JJ00")]
    [InlineData(Frequency.Yearly, "2026-06-30", "2025JJ00")]
    [InlineData(Frequency.Daily, "2025-05-10", "2025-05-09")]
    public void The_last_due_period_leaves_a_grace_time_after_the_period_ends(Frequency frequency, string asOf, string expected)
    {
        var due = ReportingDue.LastDuePeriod(frequency, DateOnly.Parse(asOf));
        due.Code.ShouldBe(expected);
        ReportingDue.DueDate(due, frequency).ShouldBeLessThanOrEqualTo(DateOnly.Parse(asOf));
        ReportingDue.DueDate(due.Next(), frequency).ShouldBeGreaterThan(DateOnly.Parse(asOf));
    }

    [Fact]
    public void An_owner_submits_only_for_areas_of_its_own_region()
    {
        // Zilveren Kruis exists in both regions under the same key; the region decides.
        var shared = new Indicator { Code = "ggz-wachttijd-boven-treeknorm", Name = "Wachttijd" };
        var partner = new Actor("partner", OrganisationId: 7);
        MonitoringPermissions.CanSubmit(partner, shared, "flevoland", "zilveren-kruis", "flevoland", "zilveren-kruis").ShouldBeTrue();
        MonitoringPermissions.CanSubmit(partner, shared, "ijssel-vecht", "zilveren-kruis", "flevoland", "zilveren-kruis").ShouldBeFalse();
        MonitoringPermissions.CanSubmit(partner, shared, "flevoland", "ggd-flevoland", "flevoland", "zilveren-kruis").ShouldBeFalse();
        MonitoringPermissions.CanSubmit(partner, shared, null, null, "flevoland", "zilveren-kruis").ShouldBeFalse();
        var coordinator = new Actor("coordinator", CoordinatorOfRegions: new HashSet<string> { "ijssel-vecht" });
        MonitoringPermissions.CanSubmit(coordinator, shared, "ijssel-vecht", "zilveren-kruis", null, null).ShouldBeTrue();
    }

    [Fact]
    public void A_coordinator_submits_only_for_areas_of_her_own_region()
    {
        var national = new Indicator { Code = "valrisico-65plus", Name = "Valrisico" };
        var coordinator = new Actor("coordinator", CoordinatorOfRegions: new HashSet<string> { "ijssel-vecht" });
        MonitoringPermissions.CanSubmit(coordinator, national, "ijssel-vecht", null, null, null).ShouldBeTrue();
        MonitoringPermissions.CanSubmit(coordinator, national, "flevoland", null, null, null).ShouldBeFalse();
        // The country and provinces belong to no region: only administrators keep those figures.
        MonitoringPermissions.CanSubmit(coordinator, national, null, null, null, null).ShouldBeFalse();
        MonitoringPermissions.CanSubmit(new Actor("admin", IsAdministrator: true), national, null, null, null, null).ShouldBeTrue();
        var flevolandOnly = new Indicator { Code = "eigen", Name = "Eigen", RegionId = "flevoland" };
        MonitoringPermissions.CanSubmit(coordinator, flevolandOnly, "ijssel-vecht", null, null, null).ShouldBeFalse();
    }
}
