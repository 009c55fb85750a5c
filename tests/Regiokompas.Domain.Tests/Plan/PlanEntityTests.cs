using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Domain.Tests.Plan;

public class PlanEntityTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(TransformationPlanStatus.Idea, TransformationPlanStatus.QuickCheck, true)]
    [InlineData(TransformationPlanStatus.QuickCheck, TransformationPlanStatus.Submitted, true)]
    [InlineData(TransformationPlanStatus.Submitted, TransformationPlanStatus.Approved, true)]
    [InlineData(TransformationPlanStatus.Submitted, TransformationPlanStatus.Rejected, true)]
    [InlineData(TransformationPlanStatus.Approved, TransformationPlanStatus.Running, true)]
    [InlineData(TransformationPlanStatus.Running, TransformationPlanStatus.Finished, true)]
    [InlineData(TransformationPlanStatus.Idea, TransformationPlanStatus.Approved, false)]
    [InlineData(TransformationPlanStatus.Rejected, TransformationPlanStatus.Running, false)]
    [InlineData(TransformationPlanStatus.Finished, TransformationPlanStatus.Running, false)]
    public void Transformation_plan_follows_the_funding_path(TransformationPlanStatus from, TransformationPlanStatus to, bool allowed)
    {
        var plan = new TransformationPlan { RegionId = "r", Key = "t", Title = "T", Status = from };
        if (allowed)
        {
            plan.MoveTo(to);
            plan.Status.ShouldBe(to);
        }
        else
        {
            Should.Throw<RuleViolation>(() => plan.MoveTo(to)).Code.ShouldBe("plan.transformation-status-not-allowed");
            plan.Status.ShouldBe(from);
        }
    }

    [Fact]
    public void Action_due_date_cannot_precede_its_start()
    {
        var action = new PlanAction { RegionId = "r", Key = "a", Title = "A" };
        Should.Throw<RuleViolation>(() => action.ChangeSchedule(new DateOnly(2025, 6, 1), new DateOnly(2025, 1, 1)))
            .Code.ShouldBe("plan.due-before-start");
        action.ChangeSchedule(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1));
        action.Due.ShouldBe(new DateOnly(2025, 6, 1));
    }

    [Fact]
    public void Progress_note_is_trimmed_and_must_not_be_empty()
    {
        var action = new PlanAction { RegionId = "r", Key = "a", Title = "A" };
        Should.Throw<RuleViolation>(() => action.AddNote(new DateOnly(2026, 3, 1), "   ", "X", Now)).Code.ShouldBe("plan.note-empty");
        var note = action.AddNote(new DateOnly(2026, 3, 1), "  Eerste bijeenkomst gehouden ", "X", Now);
        note.Text.ShouldBe("Eerste bijeenkomst gehouden");
        note.ActionKey.ShouldBe("a");
        action.Notes.Count.ShouldBe(1);
    }

    [Fact]
    public void Percentage_target_must_lie_between_0_and_100()
    {
        var result = new PlanResult { RegionId = "r", Key = "x", Title = "X" };
        Should.Throw<RuleViolation>(() => result.ChangeTarget(120, TargetUnit.Percent, null, null)).Code.ShouldBe("plan.percentage-out-of-range");
        Should.Throw<RuleViolation>(() => result.ChangeTarget(20, null, null, null)).Code.ShouldBe("plan.target-needs-unit");
        result.ChangeTarget(20, TargetUnit.Percent, 12, new DateOnly(2023, 1, 1));
        result.TargetValue.ShouldBe(20);
    }
}
