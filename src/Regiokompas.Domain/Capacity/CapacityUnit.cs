using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Capacity;

/// <summary>A building or team of an organisation where places are offered.</summary>
public sealed class CapacityLocation : IVersioned, IAudited
{
    public int Id { get; set; }
    public required string RegionId { get; init; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    /// <summary>CBS code such as GM0193.</summary>
    public required string MunicipalityCode { get; set; }
    public string? Address { get; set; }
    public int Version { get; set; }
    string IAudited.AuditKey => $"{OrganisationId}/{Name}";
    string? IAudited.AuditRegionId => RegionId;
}

/// <summary>
/// A pool of interchangeable places of one capacity type at one location. It keeps the figures
/// of its latest report, so availability and holds need only this row and its live reservations,
/// and the row is what a hold locks.
/// </summary>
public sealed class CapacityUnit : IVersioned, IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionId { get; init; }
    public int OrganisationId { get; init; }
    public int LocationId { get; init; }
    public required string MunicipalityCode { get; init; }
    public required string TypeCode { get; init; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }

    public DateTime? LastReportAtUtc { get; private set; }
    public int Open { get; private set; }
    public int Occupied { get; private set; }
    public int Blocked { get; private set; }
    public string? BlockedReason { get; private set; }
    public bool AcceptingAdmissions { get; private set; } = true;
    public string? AdmissionStopReason { get; private set; }
    public DateTime? AdmissionStopUntilUtc { get; private set; }
    public int? ExpectedExtra24h { get; private set; }
    public int? ExpectedExtra72h { get; private set; }
    /// <summary>Set when a report left live reservations above what is open; the provider must act.</summary>
    public bool HasConflict { get; private set; }

    /// <summary>The reservations the caller loaded: at least every live one (held, confirmed, arrived since the last report).</summary>
    public List<Reservation> Reservations { get; } = [];

    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => RegionId;

    public bool IsStale(CapacityType type, DateTime nowUtc) =>
        LastReportAtUtc is not { } at || nowUtc - at > type.FreshnessLimit;

    public TimeSpan? Age(DateTime nowUtc) => LastReportAtUtc is { } at ? nowUtc - at : null;

    public Availability Availability(CapacityType type, DateTime nowUtc) =>
        Capacity.Availability.Compute(this, Reservations, type, nowUtc);

    /// <summary>Stores new figures. A report below live reservations is accepted and flagged, never silently overbooked.</summary>
    public ReportOutcome Report(ReportFigures figures, ReportSource source, string reporter, DateTime asOfUtc, DateTime nowUtc)
    {
        figures.Validate();
        if (asOfUtc > nowUtc.AddMinutes(5)) throw new RuleViolation("capacity.report-in-future");
        if (LastReportAtUtc is { } last && asOfUtc < last)
            throw new RuleViolation("capacity.report-out-of-order", last);
        return Apply(figures, source, reporter, asOfUtc, nowUtc, unchanged: false);
    }

    /// <summary>"Ongewijzigd": the provider confirms the last figures are still right.</summary>
    public ReportOutcome ConfirmUnchanged(ReportSource source, string reporter, DateTime nowUtc)
    {
        if (LastReportAtUtc is null) throw new RuleViolation("capacity.nothing-to-confirm");
        var figures = new ReportFigures(Open, Occupied, Blocked, BlockedReason, AcceptingAdmissions,
            AdmissionStopReason, AdmissionStopUntilUtc, ExpectedExtra24h, ExpectedExtra72h);
        return Apply(figures, source, reporter, nowUtc, nowUtc, unchanged: true);
    }

    private ReportOutcome Apply(ReportFigures f, ReportSource source, string reporter, DateTime asOfUtc, DateTime nowUtc, bool unchanged)
    {
        var report = new AvailabilityReport
        {
            UnitId = Id, RegionId = RegionId, AsOfUtc = asOfUtc, ReceivedAtUtc = nowUtc, Source = source,
            Reporter = reporter, Open = f.Open, Occupied = f.Occupied, Blocked = f.Blocked,
            BlockedReason = f.Blocked > 0 ? f.BlockedReason?.Trim() : null,
            AcceptingAdmissions = f.AcceptingAdmissions,
            AdmissionStopReason = f.AcceptingAdmissions ? null : f.AdmissionStopReason?.Trim(),
            AdmissionStopUntilUtc = f.AcceptingAdmissions ? null : f.AdmissionStopUntilUtc,
            ExpectedExtra24h = f.ExpectedExtra24h, ExpectedExtra72h = f.ExpectedExtra72h, Unchanged = unchanged,
        };
        LastReportAtUtc = asOfUtc;
        Open = report.Open;
        Occupied = report.Occupied;
        Blocked = report.Blocked;
        BlockedReason = report.BlockedReason;
        AcceptingAdmissions = report.AcceptingAdmissions;
        AdmissionStopReason = report.AdmissionStopReason;
        AdmissionStopUntilUtc = report.AdmissionStopUntilUtc;
        ExpectedExtra24h = report.ExpectedExtra24h;
        ExpectedExtra72h = report.ExpectedExtra72h;

        // Patients who arrived before this report are in its "occupied" figure now.
        var live = Reservations.Count(r => r.IsLive(nowUtc, asOfUtc));
        HasConflict = live > report.Bookable;
        Version++;
        return new ReportOutcome(report, HasConflict, live, report.Bookable);
    }

    /// <summary>
    /// Holds one place. The same idempotency key returns the reservation it made before.
    /// The caller must run this inside a transaction that locks the unit row.
    /// </summary>
    public Reservation Hold(HoldRequest request, CapacityType type, DateTime nowUtc, bool providerConfirmedStale = false)
    {
        if (type.Code != TypeCode) throw new ArgumentException("Type does not belong to this unit.", nameof(type));
        request.Validate(nowUtc);
        var existing = Reservations.FirstOrDefault(r => r.SameKey(request));
        if (existing is not null)
        {
            if (!existing.SameRequest(request)) throw new RuleViolation("capacity.idempotency-key-reused");
            return existing;
        }
        if (!Active) throw new RuleViolation("capacity.unit-inactive");
        if (!AcceptsAdmissionsAt(nowUtc)) throw new RuleViolation("capacity.admission-stop", AdmissionStopReason ?? "");
        if (IsStale(type, nowUtc) && !providerConfirmedStale) throw new RuleViolation("capacity.unit-stale");

        var free = Availability(type, nowUtc).Free;
        if (free < 1) throw new RuleViolation("capacity.no-free-place");

        var reservation = Reservation.Held(this, request, nowUtc, nowUtc + type.HoldTime);
        Reservations.Add(reservation);
        Version++;
        return reservation;
    }

    /// <summary>Puts a request on the waiting list when nothing is free; the same idempotency key returns the earlier entry.</summary>
    public Reservation Request(HoldRequest request, CapacityType type, DateTime nowUtc)
    {
        if (type.Code != TypeCode) throw new ArgumentException("Type does not belong to this unit.", nameof(type));
        request.Validate(nowUtc);
        var existing = Reservations.FirstOrDefault(r => r.SameKey(request));
        if (existing is not null)
        {
            if (!existing.SameRequest(request)) throw new RuleViolation("capacity.idempotency-key-reused");
            return existing;
        }
        if (!Active) throw new RuleViolation("capacity.unit-inactive");
        var reservation = Reservation.Requested(this, request, nowUtc);
        Reservations.Add(reservation);
        Version++;
        return reservation;
    }

    /// <summary>
    /// Gives free places to waiting requests, most urgent first. Needs the waiting requests loaded.
    /// Takes nothing from anyone: only places that are free now are handed out, as holds.
    /// </summary>
    public IReadOnlyList<Reservation> PromoteWaiting(CapacityType type, DateTime nowUtc)
    {
        if (!Active || !AcceptsAdmissionsAt(nowUtc) || IsStale(type, nowUtc)) return [];
        var promoted = new List<Reservation>();
        foreach (var waiting in WaitingList.Order(Reservations))
        {
            if (Availability(type, nowUtc).Free < 1) break;
            waiting.Promote(nowUtc, type);
            promoted.Add(waiting);
        }
        if (promoted.Count > 0) Version++;
        return promoted;
    }

    public bool AcceptsAdmissionsAt(DateTime nowUtc) =>
        AcceptingAdmissions || AdmissionStopUntilUtc is { } until && nowUtc >= until;
}
