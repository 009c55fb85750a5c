using System.Text.RegularExpressions;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Capacity;

/// <summary>What a professional asks for. No names or medical data: the patient is a pseudonymous reference.</summary>
public sealed partial record HoldRequest(
    string IdempotencyKey,
    string Requester,
    int? RequesterOrganisationId,
    Urgency Urgency,
    DateTime ExpectedArrivalUtc,
    string PatientReference)
{
    /// <summary>The account that asked, so only that person, their organisation or the coordinator can change it.</summary>
    public string? RequesterUserId { get; init; }

    /// <summary>Idempotency keys are the caller's own: one organisation (or, without one, one account) cannot reach another's.</summary>
    public string IdempotencyScope => Reservation.ScopeOf(RequesterOrganisationId, RequesterUserId);

    public void Validate(DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(IdempotencyKey) || IdempotencyKey.Length > 100)
            throw new RuleViolation("capacity.idempotency-key-invalid");
        if (string.IsNullOrWhiteSpace(Requester)) throw new RuleViolation("capacity.requester-missing");
        if (!PseudonymPattern().IsMatch(PatientReference ?? ""))
            throw new RuleViolation("capacity.patient-reference-invalid");
        if (ExpectedArrivalUtc < nowUtc.AddHours(-1)) throw new RuleViolation("capacity.arrival-in-past");
        if (ExpectedArrivalUtc > nowUtc.AddDays(60)) throw new RuleViolation("capacity.arrival-too-far");
    }

    // Letters, digits and dashes without spaces: a reference such as "TP-2026-0413", not a name.
    [GeneratedRegex("^(?=.*[0-9])[A-Za-z0-9-]{4,40}$")]
    private static partial Regex PseudonymPattern();
}

/// <summary>
/// One place for one patient: requested → held → confirmed → arrived, with the exits declined,
/// expired, released, cancelled and no-show. Every transition takes the time as an argument.
/// </summary>
public sealed class Reservation : IVersioned, IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid UnitId { get; init; }
    public required string RegionId { get; init; }
    public required string TypeCode { get; init; }
    public required string IdempotencyKey { get; init; }
    /// <summary>Whose key it is (<see cref="HoldRequest.IdempotencyScope"/>); unique together with the key.</summary>
    public string IdempotencyScope { get; init; } = "";

    public static string ScopeOf(int? organisationId, string? userId) =>
        organisationId is { } org ? $"org:{org}" : $"user:{userId}";
    public required string Requester { get; init; }
    public string? RequesterUserId { get; init; }
    public int? RequesterOrganisationId { get; init; }
    public Urgency Urgency { get; init; }
    public DateTime ExpectedArrivalUtc { get; private set; }
    public required string PatientReference { get; init; }
    public ReservationStatus Status { get; private set; }
    public DateTime RequestedAtUtc { get; init; }
    public DateTime? HeldAtUtc { get; private set; }
    public DateTime? ExpiresAtUtc { get; private set; }
    public DateTime? ConfirmedAtUtc { get; private set; }
    public DateTime? ArrivedAtUtc { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }
    public string? EndReason { get; private set; }
    public int Version { get; set; }

    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => RegionId;

    /// <summary>Stored as the end reason when the requester takes a waiting request off the list.</summary>
    public const string WithdrawnReason = "withdrawn";

    /// <summary>The hold came from the waiting list: a place came free after the request waited.</summary>
    public bool WasPromoted => HeldAtUtc is { } held && held > RequestedAtUtc;

    public bool IsFinal => Status is ReservationStatus.Declined or ReservationStatus.Expired or ReservationStatus.Released
        or ReservationStatus.Cancelled or ReservationStatus.NoShow or ReservationStatus.Arrived;

    /// <summary>Counts against the unit's free places: an unexpired hold, a confirmation, or an arrival the provider has not reported yet.</summary>
    public bool IsLive(DateTime nowUtc, DateTime? lastReportAtUtc) => Status switch
    {
        ReservationStatus.Held => ExpiresAtUtc > nowUtc,
        ReservationStatus.Confirmed => true,
        ReservationStatus.Arrived => lastReportAtUtc is not { } at || ArrivedAtUtc > at,
        _ => false,
    };

    internal static Reservation Held(CapacityUnit unit, HoldRequest request, DateTime nowUtc, DateTime expiresAtUtc) => new()
    {
        UnitId = unit.Id, RegionId = unit.RegionId, TypeCode = unit.TypeCode, IdempotencyKey = request.IdempotencyKey, IdempotencyScope = request.IdempotencyScope,
        Requester = request.Requester.Trim(), RequesterUserId = request.RequesterUserId, RequesterOrganisationId = request.RequesterOrganisationId,
        Urgency = request.Urgency, ExpectedArrivalUtc = request.ExpectedArrivalUtc,
        PatientReference = request.PatientReference, Status = ReservationStatus.Held,
        RequestedAtUtc = nowUtc, HeldAtUtc = nowUtc, ExpiresAtUtc = expiresAtUtc,
    };

    /// <summary>A place asked for when none is free: it waits on the list, ordered by urgency.</summary>
    public static Reservation Requested(CapacityUnit unit, HoldRequest request, DateTime nowUtc)
    {
        request.Validate(nowUtc);
        return new Reservation
        {
            UnitId = unit.Id, RegionId = unit.RegionId, TypeCode = unit.TypeCode, IdempotencyKey = request.IdempotencyKey, IdempotencyScope = request.IdempotencyScope,
            Requester = request.Requester.Trim(), RequesterUserId = request.RequesterUserId, RequesterOrganisationId = request.RequesterOrganisationId,
            Urgency = request.Urgency, ExpectedArrivalUtc = request.ExpectedArrivalUtc,
            PatientReference = request.PatientReference, Status = ReservationStatus.Requested, RequestedAtUtc = nowUtc,
        };
    }

    // Databases round times (PostgreSQL to microseconds), so a repeat is the same within a second.
    internal bool SameKey(HoldRequest r) => IdempotencyKey == r.IdempotencyKey && IdempotencyScope == r.IdempotencyScope;

    internal bool SameRequest(HoldRequest r) =>
        r.PatientReference == PatientReference && r.Urgency == Urgency
        && Math.Abs((r.ExpectedArrivalUtc - ExpectedArrivalUtc).TotalSeconds) < 1;

    /// <summary>Holds on expiry time, not on whether the background job has run yet.</summary>
    public bool HasExpired(DateTime nowUtc) => Status == ReservationStatus.Held && ExpiresAtUtc <= nowUtc;

    /// <summary>The time after which a confirmed patient who did not come counts as no-show.</summary>
    public DateTime NoShowAfter(CapacityType type) => ExpectedArrivalUtc + type.NoShowGrace;

    public void Confirm(DateTime nowUtc)
    {
        if (Status == ReservationStatus.Confirmed) return;
        Require(ReservationStatus.Held, "confirm");
        if (HasExpired(nowUtc)) throw new RuleViolation("capacity.hold-expired", ExpiresAtUtc!.Value);
        Status = ReservationStatus.Confirmed;
        ConfirmedAtUtc = nowUtc;
    }

    public void Arrive(DateTime nowUtc)
    {
        if (Status == ReservationStatus.Arrived) return;
        Require(ReservationStatus.Confirmed, "arrive");
        Status = ReservationStatus.Arrived;
        ArrivedAtUtc = nowUtc;
    }

    /// <summary>The requester gives the place back.</summary>
    public void Release(DateTime nowUtc)
    {
        if (Status == ReservationStatus.Released) return;
        if (Status is not (ReservationStatus.Held or ReservationStatus.Confirmed)) Refuse("release");
        End(ReservationStatus.Released, nowUtc, null);
    }

    public void Cancel(string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new RuleViolation("capacity.cancel-needs-reason");
        if (Status == ReservationStatus.Cancelled) return;
        if (Status is not (ReservationStatus.Requested or ReservationStatus.Held or ReservationStatus.Confirmed)) Refuse("cancel");
        End(ReservationStatus.Cancelled, nowUtc, reason.Trim());
    }

    /// <summary>The requester takes a waiting request off the list; a held or confirmed place is released or cancelled instead.</summary>
    public void Withdraw(DateTime nowUtc)
    {
        if (Status == ReservationStatus.Cancelled && EndReason == WithdrawnReason) return;
        Require(ReservationStatus.Requested, "withdraw");
        End(ReservationStatus.Cancelled, nowUtc, WithdrawnReason);
    }

    /// <summary>The provider says no to a request or hold.</summary>
    public void Decline(string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new RuleViolation("capacity.decline-needs-reason");
        if (Status is not (ReservationStatus.Requested or ReservationStatus.Held)) Refuse("decline");
        End(ReservationStatus.Declined, nowUtc, reason.Trim());
    }

    /// <summary>Ends a hold whose time is up. Returns false when there is nothing to expire.</summary>
    public bool ExpireIfDue(DateTime nowUtc)
    {
        if (!HasExpired(nowUtc)) return false;
        End(ReservationStatus.Expired, ExpiresAtUtc!.Value, null);
        return true;
    }

    public bool MarkNoShowIfDue(CapacityType type, DateTime nowUtc)
    {
        if (Status != ReservationStatus.Confirmed || nowUtc <= NoShowAfter(type)) return false;
        End(ReservationStatus.NoShow, nowUtc, null);
        return true;
    }

    /// <summary>Turns a waiting request into a hold when a place came free.</summary>
    public void Promote(DateTime nowUtc, CapacityType type)
    {
        Require(ReservationStatus.Requested, "hold");
        Status = ReservationStatus.Held;
        HeldAtUtc = nowUtc;
        ExpiresAtUtc = nowUtc + type.HoldTime;
    }

    private void End(ReservationStatus status, DateTime atUtc, string? reason)
    {
        Status = status;
        EndedAtUtc = atUtc;
        EndReason = reason;
    }

    private void Require(ReservationStatus expected, string action)
    {
        if (Status != expected) Refuse(action);
    }

    private void Refuse(string action) =>
        throw new RuleViolation("capacity.reservation-transition-not-allowed", Status, action);
}
