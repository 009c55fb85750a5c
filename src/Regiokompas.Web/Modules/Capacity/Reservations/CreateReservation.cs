using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Microsoft.Extensions.Options;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

public sealed class CreateReservationRequest
{
    [Required] public Guid? UnitId { get; set; }
    /// <summary>Chosen by the caller; sending the same key again returns the same reservation.</summary>
    [Required, StringLength(100, MinimumLength = 1)] public string? IdempotencyKey { get; set; }
    [Required, StringLength(40, MinimumLength = 4)] public string? PatientReference { get; set; }
    [Required, AllowedValues("planned", "urgent", "acute")] public string? Urgency { get; set; }
    [Required] public DateTime? ExpectedArrival { get; set; }
    /// <summary>Only for a stale unit: the provider confirmed by phone that the place is there.</summary>
    public bool ProviderConfirmed { get; set; }
    /// <summary>When nothing is free: join the unit's waiting list (ordered by urgency) instead of a 409.</summary>
    public bool WaitIfFull { get; set; }
}

public sealed record HoldOutcome(ReservationView Reservation, bool Created);

/// <summary>Capacity settings from configuration (section "Capacity").</summary>
public sealed class CapacityOptions
{
    /// <summary>Open holds and waiting requests one organisation (or one account without organisation) may have at a time.</summary>
    public int MaxOpenHoldsPerOrganisation { get; set; } = 25;
}

public sealed class CreateReservationHandler(AppDbContext db, TimeProvider clock, IOptions<CapacityOptions> options)
{
    public async Task<HoldOutcome?> HandleAsync(CreateReservationRequest request, Actor actor, string? userId, CancellationToken ct)
    {
        var unitId = request.UnitId!.Value;
        var key = request.IdempotencyKey!.Trim();
        var scope = Reservation.ScopeOf(actor.OrganisationId, userId);
        CapacityNames.TryParseUrgency(request.Urgency, out var urgency);
        var holdRequest = new HoldRequest(key, actor.Name, actor.OrganisationId, urgency,
            DateTime.SpecifyKind(request.ExpectedArrival!.Value.ToUniversalTime(), DateTimeKind.Utc), request.PatientReference!.Trim())
        {
            RequesterUserId = userId,
        };

        // Four round trips: lock and load the unit with its type, load its reservations (and any with this key),
        // save, commit. The key check runs under the lock, so a repeat racing the first request sees its hold.
        return await UnitTransaction.RunLockingInWorkAsync(db, unitId, async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var locked = await UnitTransaction.LockUnitWithTypeAsync(db, unitId, ct);
            if (locked is null) return null;
            var (unit, type) = locked.Value;
            if (!await AccessHandler.MayHoldAsync(db, actor, unit.RegionId, ct)) throw new NotAllowed("access.requestingorganisation");
            var arrivedSince = now.AddDays(-14);
            // Tracked reservations of this unit are fixed up into unit.Reservations by EF.
            var reservations = await db.Set<Reservation>().Where(r =>
                    (r.UnitId == unitId && ((r.Status == ReservationStatus.Held && r.ExpiresAtUtc > now)
                        || r.Status == ReservationStatus.Confirmed
                        || (r.Status == ReservationStatus.Arrived && r.ArrivedAtUtc > arrivedSince)
                        || r.Status == ReservationStatus.Requested))
                    || (r.IdempotencyScope == scope && r.IdempotencyKey == key))
                .ToListAsync(ct);
            // A key already used for another unit is a client error, not a second hold.
            var repeat = reservations.Where(r => r.IdempotencyScope == scope && r.IdempotencyKey == key).ToList();
            if (repeat.Any(r => r.UnitId != unitId)) throw new RuleViolation("capacity.idempotency-key-reused");
            if (repeat.Count == 0) await EnsureBelowCapAsync(actor.OrganisationId, userId, now, ct);
            var known = unit.Reservations.Count;
            Reservation reservation;
            try
            {
                reservation = unit.Hold(holdRequest, type, now, request.ProviderConfirmed);
            }
            catch (RuleViolation e) when (e.Code == "capacity.no-free-place" && request.WaitIfFull)
            {
                reservation = unit.Request(holdRequest, type, now);
            }
            var created = unit.Reservations.Count > known;
            if (created) db.Add(reservation);
            await db.SaveChangesAsync(ct);
            return new HoldOutcome(ReservationView.From(reservation), created);
        }, ct);
    }

    /// <summary>
    /// One party cannot take a region's places by holding many at once. Counted outside the unit lock, so two
    /// parallel holds may pass one over the cap; the cap is a brake, not an exact quota.
    /// </summary>
    private async Task EnsureBelowCapAsync(int? organisationId, string? userId, DateTime now, CancellationToken ct)
    {
        var open = db.Set<Reservation>().Where(r => (r.Status == ReservationStatus.Held && r.ExpiresAtUtc > now) || r.Status == ReservationStatus.Requested);
        open = organisationId is { } org ? open.Where(r => r.RequesterOrganisationId == org) : open.Where(r => r.RequesterUserId == userId);
        var max = options.Value.MaxOpenHoldsPerOrganisation;
        if (await open.CountAsync(ct) >= max) throw new RuleViolation("capacity.hold-limit-reached", max);
    }

    /// <summary>The unit with every reservation that can take a place now, the waiting list, and the one with this key.</summary>
    internal static Task<CapacityUnit?> LoadForHoldAsync(AppDbContext db, Guid unitId, DateTime now, string? scope, string? key, CancellationToken ct)
    {
        var arrivedSince = now.AddDays(-14);
        return db.Set<CapacityUnit>()
            .Include(u => u.Reservations.Where(r =>
                (r.Status == ReservationStatus.Held && r.ExpiresAtUtc > now)
                || r.Status == ReservationStatus.Confirmed
                || (r.Status == ReservationStatus.Arrived && r.ArrivedAtUtc > arrivedSince)
                || r.Status == ReservationStatus.Requested
                || (r.IdempotencyScope == scope && r.IdempotencyKey == key)))
            .AsSplitQuery()
            .SingleOrDefaultAsync(u => u.Id == unitId, ct);
    }
}
