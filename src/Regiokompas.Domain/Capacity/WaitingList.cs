namespace Regiokompas.Domain.Capacity;

public static class WaitingList
{
    /// <summary>Most urgent first, then first come first served. Only waiting requests take part.</summary>
    public static IReadOnlyList<Reservation> Order(IEnumerable<Reservation> reservations) =>
        reservations.Where(r => r.Status == ReservationStatus.Requested)
            .OrderByDescending(r => r.Urgency).ThenBy(r => r.RequestedAtUtc).ThenBy(r => r.Id)
            .ToList();
}
