using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Capacity;

/// <summary>What a provider said about one unit at one moment. Append-only: never changed after it is stored.</summary>
public sealed class AvailabilityReport : IAudited
{
    public long Id { get; set; }
    public Guid UnitId { get; init; }
    public required string RegionId { get; init; }
    public DateTime AsOfUtc { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public ReportSource Source { get; init; }
    public required string Reporter { get; init; }
    public int Open { get; init; }
    public int Occupied { get; init; }
    public int Blocked { get; init; }
    public string? BlockedReason { get; init; }
    public bool AcceptingAdmissions { get; init; } = true;
    public string? AdmissionStopReason { get; init; }
    public DateTime? AdmissionStopUntilUtc { get; init; }
    public int? ExpectedExtra24h { get; init; }
    public int? ExpectedExtra72h { get; init; }
    /// <summary>True when the provider confirmed "ongewijzigd": same figures, fresh time.</summary>
    public bool Unchanged { get; init; }

    /// <summary>Places the provider can give to new patients, before reservations are taken off.</summary>
    public int Bookable => Math.Max(0, Open - Occupied - Blocked);

    string IAudited.AuditKey => $"{UnitId}/{AsOfUtc:O}";
    string? IAudited.AuditRegionId => RegionId;
}

/// <summary>The figures a provider sends; the unit turns them into an <see cref="AvailabilityReport"/>.</summary>
public sealed record ReportFigures(
    int Open,
    int Occupied,
    int Blocked,
    string? BlockedReason = null,
    bool AcceptingAdmissions = true,
    string? AdmissionStopReason = null,
    DateTime? AdmissionStopUntilUtc = null,
    int? ExpectedExtra24h = null,
    int? ExpectedExtra72h = null)
{
    public const int MaxPlaces = 10_000;

    public void Validate()
    {
        if (Open is < 0 or > MaxPlaces || Occupied is < 0 or > MaxPlaces || Blocked is < 0 or > MaxPlaces)
            throw new RuleViolation("capacity.report-figure-out-of-range", 0, MaxPlaces);
        if (Occupied + Blocked > Open)
            throw new RuleViolation("capacity.report-exceeds-open", Occupied, Blocked, Open);
        if (Blocked > 0 && string.IsNullOrWhiteSpace(BlockedReason))
            throw new RuleViolation("capacity.blocked-needs-reason");
        if (!AcceptingAdmissions && string.IsNullOrWhiteSpace(AdmissionStopReason))
            throw new RuleViolation("capacity.admission-stop-needs-reason");
        if (ExpectedExtra24h is < 0 or > MaxPlaces || ExpectedExtra72h is < 0 or > MaxPlaces)
            throw new RuleViolation("capacity.report-figure-out-of-range", 0, MaxPlaces);
        if (ExpectedExtra24h is { } e24 && ExpectedExtra72h is { } e72 && e72 < e24)
            throw new RuleViolation("capacity.expected-72h-below-24h", e24, e72);
    }
}

/// <summary>The answer to a report: stored, and whether live reservations now exceed what is open.</summary>
public sealed record ReportOutcome(AvailabilityReport Report, bool Conflict, int LiveReservations, int Bookable);
