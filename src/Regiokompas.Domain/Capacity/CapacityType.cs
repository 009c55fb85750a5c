using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Capacity;

/// <summary>A kind of scarce place (ELV high complex, respite care, GGZ intake slot…) with its rules.</summary>
public sealed class CapacityType : IVersioned, IAudited
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public CapacityKind Kind { get; set; }

    // Whole minutes, because both databases store and compare an int the same way.
    public int FreshnessMinutes { get; set; } = 24 * 60;
    public int HoldMinutes { get; set; } = 60;
    public int NoShowGraceMinutes { get; set; } = 4 * 60;
    public int SortOrder { get; set; }
    public int Version { get; set; }

    public TimeSpan FreshnessLimit => TimeSpan.FromMinutes(FreshnessMinutes);
    public TimeSpan HoldTime => TimeSpan.FromMinutes(HoldMinutes);
    public TimeSpan NoShowGrace => TimeSpan.FromMinutes(NoShowGraceMinutes);

    string IAudited.AuditKey => Code;
    string? IAudited.AuditRegionId => null;

    public void ChangeRules(int freshnessMinutes, int holdMinutes, int noShowGraceMinutes)
    {
        if (freshnessMinutes < 5 || freshnessMinutes > 60 * 24 * 31)
            throw new RuleViolation("capacity.freshness-out-of-range", 5, 60 * 24 * 31);
        if (holdMinutes < 5 || holdMinutes > 60 * 24 * 3)
            throw new RuleViolation("capacity.hold-time-out-of-range", 5, 60 * 24 * 3);
        if (noShowGraceMinutes < 0 || noShowGraceMinutes > 60 * 24 * 7)
            throw new RuleViolation("capacity.grace-out-of-range", 0, 60 * 24 * 7);
        FreshnessMinutes = freshnessMinutes;
        HoldMinutes = holdMinutes;
        NoShowGraceMinutes = noShowGraceMinutes;
    }

    /// <summary>The types the regional plans name, with sensible defaults; regions change the rules.</summary>
    public static IReadOnlyList<CapacityType> Defaults() =>
    [
        new() { Code = "elv-laag", Name = "ELV laagcomplex", Kind = CapacityKind.BedPool, FreshnessMinutes = 12 * 60, HoldMinutes = 60, SortOrder = 1 },
        new() { Code = "elv-hoog", Name = "ELV hoogcomplex", Kind = CapacityKind.BedPool, FreshnessMinutes = 12 * 60, HoldMinutes = 60, SortOrder = 2 },
        new() { Code = "elv-palliatief", Name = "ELV palliatief", Kind = CapacityKind.BedPool, FreshnessMinutes = 12 * 60, HoldMinutes = 45, SortOrder = 3 },
        new() { Code = "respijtzorg", Name = "Respijtzorg", Kind = CapacityKind.BedPool, FreshnessMinutes = 24 * 60, HoldMinutes = 4 * 60, SortOrder = 4 },
        new() { Code = "wlz-opname", Name = "Verpleeghuisopname (Wlz)", Kind = CapacityKind.BedPool, FreshnessMinutes = 48 * 60, HoldMinutes = 24 * 60, NoShowGraceMinutes = 24 * 60, SortOrder = 5 },
        new() { Code = "ggz-intake", Name = "GGZ-intakeplek", Kind = CapacityKind.TimeSlot, FreshnessMinutes = 24 * 60, HoldMinutes = 2 * 60, NoShowGraceMinutes = 30, SortOrder = 6 },
        new() { Code = "wijkverpleging-intake", Name = "Intake wijkverpleging per week", Kind = CapacityKind.WeeklyThroughput, FreshnessMinutes = 7 * 24 * 60, HoldMinutes = 4 * 60, NoShowGraceMinutes = 24 * 60, SortOrder = 7 },
    ];
}
