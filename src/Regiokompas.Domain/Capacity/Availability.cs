namespace Regiokompas.Domain.Capacity;

/// <summary>Free places of a unit at one moment, computed from its last report and live reservations; never typed in.</summary>
public sealed record Availability(
    int Open,
    int Occupied,
    int Blocked,
    int ActiveHolds,
    int ConfirmedNotArrived,
    int ArrivedSinceReport,
    bool Stale,
    TimeSpan? Age,
    bool AcceptingAdmissions,
    int? ExpectedExtra24h,
    int? ExpectedExtra72h)
{
    /// <summary>Open − occupied − blocked − active holds − confirmed not yet arrived (− arrived but not yet in a report).</summary>
    public int Raw => Open - Occupied - Blocked - ActiveHolds - ConfirmedNotArrived - ArrivedSinceReport;

    public int Free => Math.Max(0, Raw);

    /// <summary>How many live reservations exceed what the provider has open (after a lower report).</summary>
    public int Overbooked => Math.Max(0, -Raw);

    public int? FreeIn24h => ExpectedExtra24h is { } e ? Free + e : null;
    public int? FreeIn72h => ExpectedExtra72h is { } e ? Free + e : null;

    /// <summary>Free places a professional may reserve now: none when stale or closed for admissions.</summary>
    public int Reservable => Stale || !AcceptingAdmissions ? 0 : Free;

    public static Availability Compute(CapacityUnit unit, IEnumerable<Reservation> reservations, CapacityType type, DateTime nowUtc)
    {
        int holds = 0, confirmed = 0, arrived = 0;
        foreach (var r in reservations)
        {
            if (r.UnitId != unit.Id) continue;
            switch (r.Status)
            {
                case ReservationStatus.Held when r.ExpiresAtUtc > nowUtc: holds++; break;
                case ReservationStatus.Confirmed: confirmed++; break;
                case ReservationStatus.Arrived when unit.LastReportAtUtc is not { } at || r.ArrivedAtUtc > at: arrived++; break;
            }
        }
        return FromCounts(unit, holds, confirmed, arrived, type, nowUtc);
    }

    /// <summary>For read models that counted the live reservations in the database.</summary>
    public static Availability FromCounts(CapacityUnit unit, int activeHolds, int confirmedNotArrived, int arrivedSinceReport,
        CapacityType type, DateTime nowUtc) =>
        new(unit.Open, unit.Occupied, unit.Blocked, activeHolds, confirmedNotArrived, arrivedSinceReport,
            unit.IsStale(type, nowUtc), unit.Age(nowUtc), unit.AcceptsAdmissionsAt(nowUtc),
            unit.ExpectedExtra24h, unit.ExpectedExtra72h);
}
