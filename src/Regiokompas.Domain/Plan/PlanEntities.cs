using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Plan;

public sealed class Region : IVersioned, IAudited
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string? PlanTitle { get; set; }
    public string? Ambition { get; set; }
    public string? Summary { get; set; }
    public int Version { get; set; }
    public List<Municipality> Municipalities { get; } = [];
    string IAudited.AuditKey => Id;
    string? IAudited.AuditRegionId => Id;
}

public sealed class Municipality : IAudited
{
    /// <summary>CBS code such as GM0193.</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? RegionId { get; set; }
    public string? Note { get; set; }
    public int SortOrder { get; set; }
    string IAudited.AuditKey => Code;
    string? IAudited.AuditRegionId => RegionId;
}

/// <summary>Common shape of everything a plan file names with an id: unique per region.</summary>
public abstract class PlanItem : IVersioned, IAudited
{
    public int Id { get; set; }
    public required string RegionId { get; init; }
    public required string Key { get; init; }
    public int SortOrder { get; set; }
    public int Version { get; set; }

    /// <summary>Set when the item is retired: gone from current views, kept for versions, audit, decisions and figures.</summary>
    public DateTime? RetiredAtUtc { get; set; }
    public bool IsRetired => RetiredAtUtc is not null;
    string IAudited.AuditKey => Key;
    string? IAudited.AuditRegionId => RegionId;
}

public sealed class Organisation : PlanItem
{
    public required string Name { get; set; }
    public OrganisationType Type { get; set; }
    public string? Website { get; set; }
    public string? Contact { get; set; }
    public List<string> MunicipalityCodes { get; set; } = [];
}

public sealed class TargetGroup : PlanItem
{
    public required string Name { get; set; }
    public string? Description { get; set; }
}

public sealed class Pillar : PlanItem
{
    public PillarKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Ambition { get; set; }
    public string? Description { get; set; }
    public List<string> LeadKeys { get; set; } = [];
    public List<string> MemberKeys { get; set; } = [];
    public List<string> LinkKeys { get; set; } = [];
    public List<string> TargetGroupKeys { get; set; } = [];
    public List<Goal> Goals { get; } = [];
}

public sealed class Goal : PlanItem
{
    public int PillarId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public List<PlanResult> Results { get; } = [];
}

/// <summary>The SMART promise of a goal: what will be reached, by when, measured how.</summary>
public sealed class PlanResult : PlanItem
{
    public int GoalId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? Deadline { get; set; }
    public double? TargetValue { get; set; }
    public TargetUnit? TargetUnit { get; set; }
    public double? BaselineValue { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public string? TargetNote { get; set; }
    public List<string> MunicipalityCodes { get; set; } = [];

    public void ChangeDeadline(DateOnly? deadline, DateOnly? planStart)
    {
        if (deadline is { } d && planStart is { } s && d < s)
            throw new RuleViolation("plan.deadline-before-plan-start", d, s);
        Deadline = deadline;
    }

    public void ChangeTarget(double? value, TargetUnit? unit, double? baseline, DateOnly? baselineDate)
    {
        if (value is not null && unit is null) throw new RuleViolation("plan.target-needs-unit");
        if (unit == Plan.TargetUnit.Percent && (value is < 0 or > 100 || baseline is < 0 or > 100))
            throw new RuleViolation("plan.percentage-out-of-range");
        TargetValue = value;
        TargetUnit = value is null ? null : unit;
        BaselineValue = baseline;
        BaselineDate = baselineDate;
    }
}

/// <summary>"Zo pakken we dat aan": one thing an organisation will do, with its progress.</summary>
public sealed class PlanAction : PlanItem
{
    public int PillarId { get; set; }
    public int? GoalId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int? OwnerId { get; set; }
    public Organisation? Owner { get; set; }
    public List<string> PartnerKeys { get; set; } = [];
    public List<string> MunicipalityCodes { get; set; } = [];
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
    public ActionStatus Status { get; set; }
    public List<ProgressNote> Notes { get; } = [];

    /// <summary>Overdue: the due date has passed and the work is neither done nor stopped.</summary>
    public static bool IsOverdue(DateOnly? due, ActionStatus status, DateOnly today) =>
        due is { } d && d < today && status is not (ActionStatus.Done or ActionStatus.Stopped);

    public bool IsOverdue(DateOnly today) => IsOverdue(Due, Status, today);

    public void ChangeSchedule(DateOnly? start, DateOnly? due)
    {
        if (start is { } s && due is { } d && d < s)
            throw new RuleViolation("plan.due-before-start", s, d);
        Start = start;
        Due = due;
    }

    public ProgressNote AddNote(DateOnly date, string text, string author, DateTime nowUtc, int? authorOrganisationId = null)
    {
        text = text.Trim();
        if (text.Length == 0) throw new RuleViolation("plan.note-empty");
        if (text.Length > 4000) throw new RuleViolation("plan.note-too-long", 4000);
        var note = new ProgressNote
        {
            ActionId = Id, RegionId = RegionId, ActionKey = Key, Date = date, Text = text, Author = author, AuthorOrganisationId = authorOrganisationId, CreatedAtUtc = nowUtc,
        };
        Notes.Add(note);
        return note;
    }
}

public sealed class ProgressNote : IAudited
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public required string RegionId { get; init; }
    public required string ActionKey { get; init; }
    public DateOnly Date { get; set; }
    public required string Text { get; set; }
    public string? Author { get; set; }

    /// <summary>The author's organisation: what the public sees instead of a person's name.</summary>
    public int? AuthorOrganisationId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    string IAudited.AuditKey => $"{ActionKey}/{Date:yyyy-MM-dd}";
    string? IAudited.AuditRegionId => RegionId;
}

public sealed class TransformationPlan : PlanItem
{
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int? PillarId { get; set; }
    public List<string> ApplicantKeys { get; set; } = [];
    public FundingRoute FundingRoute { get; set; }
    /// <summary>The budget asked for.</summary>
    public decimal? Budget { get; set; }
    public decimal? GrantedBudget { get; set; }
    public DateOnly? QuickCheckOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? DecisionOn { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    /// <summary>The results the plan should move.</summary>
    public List<string> ResultKeys { get; set; } = [];
    public TransformationPlanStatus Status { get; set; }

    /// <summary>Dates follow the funding path; money granted is never more than asked.</summary>
    public void SetMoneyAndDates(decimal? requested, decimal? granted, DateOnly? quickCheck, DateOnly? submitted, DateOnly? decision, DateOnly? start, DateOnly? end)
    {
        if (requested < 0 || granted < 0) throw new RuleViolation("plan.budget-negative");
        if (requested > 1_000_000_000m || granted > 1_000_000_000m) throw new RuleViolation("plan.budget-too-large");
        if (granted is { } g && requested is { } r && g > r) throw new RuleViolation("plan.granted-above-requested");
        if (start is { } s && end is { } e && e < s) throw new RuleViolation("plan.due-before-start", s, e);
        if (submitted is { } sub && decision is { } dec && dec < sub) throw new RuleViolation("plan.decision-before-submission");
        (Budget, GrantedBudget, QuickCheckOn, SubmittedOn, DecisionOn, StartOn, EndOn) = (requested, granted, quickCheck, submitted, decision, start, end);
    }

    /// <summary>The funding path is one-way: idea → quick check → submitted → approved or rejected → running → finished.</summary>
    public static bool CanMove(TransformationPlanStatus from, TransformationPlanStatus to) => (from, to) switch
    {
        (TransformationPlanStatus.Idea, TransformationPlanStatus.QuickCheck) => true,
        (TransformationPlanStatus.QuickCheck, TransformationPlanStatus.Submitted) => true,
        (TransformationPlanStatus.QuickCheck, TransformationPlanStatus.Idea) => true,
        (TransformationPlanStatus.Submitted, TransformationPlanStatus.Approved) => true,
        (TransformationPlanStatus.Submitted, TransformationPlanStatus.Rejected) => true,
        (TransformationPlanStatus.Approved, TransformationPlanStatus.Running) => true,
        (TransformationPlanStatus.Running, TransformationPlanStatus.Finished) => true,
        _ => false,
    };

    public void MoveTo(TransformationPlanStatus to)
    {
        if (to == Status) return;
        if (!CanMove(Status, to)) throw new RuleViolation("plan.transformation-status-not-allowed", Status, to);
        Status = to;
    }
}

public sealed class ChainApproach : PlanItem
{
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? RegionalTarget { get; set; }
    public DateOnly? Deadline { get; set; }
    public List<ChainRollout> Rollout { get; } = [];
}

/// <summary>Where one municipality stands with one prevention chain.</summary>
public sealed class ChainRollout : IVersioned, IAudited
{
    public int Id { get; set; }
    public int ChainApproachId { get; set; }
    public required string RegionId { get; init; }
    public required string ApproachKey { get; init; }
    public required string MunicipalityCode { get; init; }
    public RolloutStatus Status { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
    string IAudited.AuditKey => $"{ApproachKey}/{MunicipalityCode}";
    string? IAudited.AuditRegionId => RegionId;
}

public sealed class Precondition : PlanItem
{
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? AddressedTo { get; set; }
    public int? PillarId { get; set; }
    /// <summary>What the region did or heard about it, dated: the follow-up shown on the public page.</summary>
    public string? FollowUpNote { get; set; }
    public DateOnly? FollowUpOn { get; set; }
}

public sealed class Initiative : PlanItem
{
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int? PillarId { get; set; }
    public List<string> OrganisationKeys { get; set; } = [];
    public List<string> MunicipalityCodes { get; set; } = [];
}
