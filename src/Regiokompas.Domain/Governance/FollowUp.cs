using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Governance;

/// <summary>A dated step on the work agenda, for a pillar or an action, ticked off with the date it was reached.</summary>
public sealed class Milestone : IVersioned, IAudited
{
    public const int MaxTitleLength = 300;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionId { get; init; }
    public required string Title { get; set; }
    public string? PillarKey { get; set; }
    public string? ActionKey { get; set; }
    public DateOnly Due { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public int Version { get; set; }
    string IAudited.AuditKey => Id.ToString("N");
    string? IAudited.AuditRegionId => RegionId;

    public static Milestone Create(string regionId, string title, string? pillarKey, string? actionKey, DateOnly due)
    {
        var milestone = new Milestone { RegionId = regionId, Title = CleanTitle(title), PillarKey = Clean(pillarKey), ActionKey = Clean(actionKey), Due = due };
        if (milestone.PillarKey is null && milestone.ActionKey is null) throw new RuleViolation("governance.milestone-needs-plan-item");
        return milestone;
    }

    public void Rename(string title) => Title = CleanTitle(title);

    public void Reschedule(DateOnly due)
    {
        if (DoneOn is not null) throw new RuleViolation("governance.milestone-already-done");
        Due = due;
    }

    public void MarkDone(DateOnly doneOn, DateOnly today)
    {
        if (doneOn > today) throw new RuleViolation("governance.done-in-future");
        DoneOn = doneOn;
    }

    public void Reopen() => DoneOn = null;

    public bool IsOverdue(DateOnly today) => DoneOn is null && Due < today;

    /// <summary>Met when it was done by its due date; missed when done late or still open after it.</summary>
    public bool? WasMet(DateOnly today) => DoneOn is { } d ? d <= Due : Due < today ? false : null;

    private static string CleanTitle(string? title)
    {
        title = Clean(title) ?? throw new RuleViolation("governance.milestone-title-required");
        return title.Length > MaxTitleLength ? throw new RuleViolation("governance.text-too-long", MaxTitleLength) : title;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>When a person last got the weekly work-agenda digest; claimed before sending so two instances never both send it.</summary>
public sealed class DigestReceipt : IVersioned
{
    public required string UserId { get; init; }
    public DateTime LastSentUtc { get; set; }
    public int Version { get; set; }
}
