using Regiokompas.Domain.Capacity;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

public sealed record ReservationView(
    Guid Id, Guid UnitId, string TypeCode, string Status, string Urgency, string PatientReference, string Requester,
    DateTime ExpectedArrival, DateTime RequestedAt, DateTime? HeldAt, DateTime? ExpiresAt, DateTime? ConfirmedAt,
    DateTime? ArrivedAt, DateTime? EndedAt, string? EndReason, int Version, bool FromWaitingList)
{
    public static ReservationView From(Reservation r) => new(
        r.Id, r.UnitId, r.TypeCode, CapacityNames.Of(r.Status), CapacityNames.Of(r.Urgency), r.PatientReference, r.Requester,
        r.ExpectedArrivalUtc, r.RequestedAtUtc, r.HeldAtUtc, r.ExpiresAtUtc, r.ConfirmedAtUtc, r.ArrivedAtUtc, r.EndedAtUtc,
        r.EndReason, r.Version, r.WasPromoted);
}
