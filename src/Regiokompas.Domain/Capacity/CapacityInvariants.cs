namespace Regiokompas.Domain.Capacity;

public sealed record InvariantViolation(Guid UnitId, Guid? ReservationId, DateTime AtUtc, string Code, string Detail);

/// <summary>The figures of one stored report that matter for the invariant.</summary>
public sealed record ReportPoint(Guid UnitId, DateTime AsOfUtc, DateTime ReceivedAtUtc, int Bookable)
{
    public static ReportPoint From(AvailabilityReport r) => new(r.UnitId, r.AsOfUtc, r.ReceivedAtUtc, r.Bookable);
}

/// <summary>
/// Replays the whole history of reports and reservations and checks that no hold was ever given
/// when it made live reservations exceed what was open. Used by tests and the load benchmark.
/// </summary>
public static class CapacityInvariants
{
    public static IReadOnlyList<InvariantViolation> Check(IEnumerable<ReportPoint> reports, IEnumerable<Reservation> reservations)
    {
        var violations = new List<InvariantViolation>();
        var reportsByUnit = reports.GroupBy(r => r.UnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReceivedAtUtc).ToList());
        var all = reservations.ToList();

        foreach (var dup in all.GroupBy(r => (r.IdempotencyScope, r.IdempotencyKey)).Where(g => g.Count() > 1))
            violations.Add(new(dup.First().UnitId, dup.First().Id, dup.First().RequestedAtUtc,
                "duplicate-idempotency-key", $"{dup.Count()} reservations share key {dup.Key.IdempotencyKey} of {dup.Key.IdempotencyScope}"));

        foreach (var unit in all.GroupBy(r => r.UnitId))
        {
            var unitReports = reportsByUnit.GetValueOrDefault(unit.Key) ?? [];
            var list = unit.ToList();
            foreach (var r in list)
            {
                CheckTimeline(r, violations);
                if (r.HeldAtUtc is not { } t) continue;
                var inEffect = unitReports.LastOrDefault(p => p.ReceivedAtUtc <= t);
                var bookable = inEffect?.Bookable ?? 0;
                var live = list.Count(o => LiveAt(o, t, unitReports));
                if (live > bookable)
                    violations.Add(new(unit.Key, r.Id, t, "overbooked", $"{live} live reservations, {bookable} bookable"));
            }
        }
        return violations;
    }

    /// <summary>Whether a reservation took a place at time t, judged from its recorded timestamps only.</summary>
    public static bool LiveAt(Reservation r, DateTime t, IReadOnlyList<ReportPoint> unitReports)
    {
        if (r.HeldAtUtc is not { } held || held > t) return false;
        if (r.EndedAtUtc is { } ended && ended <= t) return false;
        if (r.ConfirmedAtUtc is { } confirmed && confirmed <= t)
        {
            // After arrival the place is the provider's "occupied" as soon as a report says so.
            if (r.ArrivedAtUtc is { } arrived && arrived <= t)
                return !unitReports.Any(p => p.AsOfUtc >= arrived && p.ReceivedAtUtc <= t);
            return true;
        }
        return r.ExpiresAtUtc > t;
    }

    private static void CheckTimeline(Reservation r, List<InvariantViolation> violations)
    {
        void Add(string code, string detail) => violations.Add(new(r.UnitId, r.Id, r.RequestedAtUtc, code, detail));

        if (r.HeldAtUtc is { } h && h < r.RequestedAtUtc) Add("held-before-requested", $"{h:O}");
        if (r.ConfirmedAtUtc is { } c)
        {
            if (r.HeldAtUtc is not { } held || c < held) Add("confirmed-without-hold", $"{c:O}");
            if (r.ExpiresAtUtc is { } e && c > e) Add("confirmed-after-expiry", $"{c:O} > {e:O}");
        }
        if (r.ArrivedAtUtc is not null && r.ConfirmedAtUtc is null) Add("arrived-without-confirmation", "");
        if (r.Status == ReservationStatus.Expired && r.ConfirmedAtUtc is not null) Add("expired-after-confirmation", "");
        if (r.IsFinal && r.Status != ReservationStatus.Arrived && r.EndedAtUtc is null) Add("final-without-end", r.Status.ToString());
    }
}
