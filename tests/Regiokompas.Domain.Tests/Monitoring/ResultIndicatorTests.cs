using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.Tests.Monitoring;

public class ResultIndicatorTests
{
    private static readonly PlanResult Acp = new()
    {
        RegionId = "ijssel-vecht", Key = "zt-d1-r1", Title = "20 procent van de 75-plussers heeft een ACP-gesprek gehad",
        Deadline = new DateOnly(2025, 12, 31), TargetValue = 20, TargetUnit = TargetUnit.Percent,
        BaselineValue = 8, BaselineDate = new DateOnly(2023, 1, 1),
    };

    [Fact]
    public void The_status_input_takes_the_results_promise_and_the_indicators_polarity_and_range()
    {
        var link = new ResultIndicator { RegionId = "ijssel-vecht", ResultKey = "zt-d1-r1", IndicatorCode = "acp-75plus", AreaCode = "ijssel-vecht" };
        var input = link.ToStatusInput(Acp, TestCatalogue.AcpShare, [new(new DateOnly(2025, 1, 1), 12)], new DateOnly(2025, 6, 1));
        input.Target.ShouldBe(20);
        input.Deadline.ShouldBe(new DateOnly(2025, 12, 31));
        input.BaselineValue.ShouldBe(8);
        input.MinValue.ShouldBe(0);
        input.MaxValue.ShouldBe(100);

        var outcome = ResultStatusRule.Evaluate(input);
        outcome.Status.ShouldBe(ResultStatus.OffTrack);
        ((double)outcome.Explanation.Arguments[0]).ShouldBe(14, 0.05);
    }

    [Fact]
    public void A_link_can_state_its_own_target_and_baseline()
    {
        var link = new ResultIndicator
        {
            RegionId = "ijssel-vecht", ResultKey = "zt-d1-r1", IndicatorCode = "acp-75plus", AreaCode = "GM0193",
            TargetValue = 12, BaselineValue = 10, BaselineDate = new DateOnly(2024, 1, 1),
        };
        var input = link.ToStatusInput(Acp, TestCatalogue.AcpShare, [new(new DateOnly(2025, 1, 1), 12)], new DateOnly(2025, 6, 1));
        input.Target.ShouldBe(12);
        input.BaselineValue.ShouldBe(10);
        ResultStatusRule.Evaluate(input).Status.ShouldBe(ResultStatus.Achieved);
    }

    [Fact]
    public void Organisations_submit_only_what_they_deliver_and_only_coordinators_publish()
    {
        var indicator = new Indicator { Code = "ggz-wachttijd", Name = "Wachttijd", RegionId = "ijssel-vecht", OwnerKey = "dimence" };
        var partner = new Actor("partner", OrganisationId: 3);
        MonitoringPermissions.CanSubmit(partner, indicator, "dimence").ShouldBeTrue();
        MonitoringPermissions.CanSubmit(partner, indicator, "ggd-ijsselland").ShouldBeFalse();
        MonitoringPermissions.CanSubmit(Actor.Anonymous, indicator, null).ShouldBeFalse();

        var coordinator = new Actor("coordinator", CoordinatorOfRegions: new HashSet<string> { "ijssel-vecht" });
        var otherCoordinator = new Actor("coordinator", CoordinatorOfRegions: new HashSet<string> { "flevoland" });
        MonitoringPermissions.CanSubmit(coordinator, indicator, null).ShouldBeTrue();
        MonitoringPermissions.CanSubmit(otherCoordinator, indicator, null).ShouldBeFalse();

        MonitoringPermissions.CanPublish(coordinator, "ijssel-vecht").ShouldBeTrue();
        MonitoringPermissions.CanPublish(partner, "ijssel-vecht").ShouldBeFalse();
        MonitoringPermissions.CanPublish(new Actor("admin", IsAdministrator: true), "flevoland").ShouldBeTrue();
    }

    [Theory]
    [InlineData("gm0193", "GM0193")]
    [InlineData(" IJssel-Vecht ", "ijssel-vecht")]
    [InlineData("nl01", "NL01")]
    public void Area_codes_are_normalised(string code, string normalised) => AreaCodes.Normalize(code).ShouldBe(normalised);
}
