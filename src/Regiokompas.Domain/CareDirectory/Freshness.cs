using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>
/// When an entry's assured date becomes old. Defaults follow the 211 practice of a yearly check:
/// a reminder a month before the year is up, a visible flag after a year, gone from resident
/// search after eighteen months. Configurable per installation.
/// </summary>
public sealed record FreshnessPolicy
{
    public int ReminderAfterMonths { get; }
    public int FlagAfterMonths { get; }
    public int HideAfterMonths { get; }

    public static readonly FreshnessPolicy Default = new(11, 12, 18);

    public FreshnessPolicy(int reminderAfterMonths, int flagAfterMonths, int hideAfterMonths)
    {
        if (reminderAfterMonths < 1 || reminderAfterMonths > flagAfterMonths || flagAfterMonths > hideAfterMonths)
            throw new RuleViolation("caredirectory.freshness-policy-invalid", reminderAfterMonths, flagAfterMonths, hideAfterMonths);
        ReminderAfterMonths = reminderAfterMonths;
        FlagAfterMonths = flagAfterMonths;
        HideAfterMonths = hideAfterMonths;
    }

    /// <summary>An entry never checked counts as flagged: residents see it with a warning until the owner confirms it.</summary>
    public Freshness Evaluate(DateOnly? assuredDate, DateOnly today)
    {
        if (assuredDate is not { } assured) return Freshness.Flagged;
        // Counted back from today, so the SQL cut-off below gives exactly the same answer at month ends.
        if (assured <= today.AddMonths(-HideAfterMonths)) return Freshness.Hidden;
        if (assured <= today.AddMonths(-FlagAfterMonths)) return Freshness.Flagged;
        if (assured <= today.AddMonths(-ReminderAfterMonths)) return Freshness.ReminderDue;
        return Freshness.Fresh;
    }

    /// <summary>Entries assured on or before this day are hidden from resident search; lets the database filter in SQL.</summary>
    public DateOnly HiddenIfAssuredOnOrBefore(DateOnly today) => today.AddMonths(-HideAfterMonths);

    /// <summary>Entries assured on or before this day need a reminder (or are already past it).</summary>
    public DateOnly ReminderIfAssuredOnOrBefore(DateOnly today) => today.AddMonths(-ReminderAfterMonths);

    public bool IsVisibleToResidents(DateOnly? assuredDate, DateOnly today) => Evaluate(assuredDate, today) != Freshness.Hidden;
}
