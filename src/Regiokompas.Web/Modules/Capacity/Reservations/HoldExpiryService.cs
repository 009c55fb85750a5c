using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

/// <summary>
/// Marks holds past their expiry as expired and confirmed reservations past arrival plus grace as
/// no-show. Availability already ignores an expired hold from its expiry time on; this job makes
/// the status and the audit trail say so, well within 60 seconds. Safe on several instances: the
/// reservation's version token lets only one of them write each change.
/// </summary>
public sealed class HoldExpiryService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<HoldExpiryService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(scopes, clock, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Expiring holds failed; retrying next round");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task<int> RunOnceAsync(IServiceScopeFactory scopes, TimeProvider clock, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;

        var expired = await db.Set<Reservation>()
            .Where(r => r.Status == ReservationStatus.Held && r.ExpiresAtUtc <= now)
            .OrderBy(r => r.ExpiresAtUtc).Take(500).ToListAsync(ct);
        foreach (var r in expired) if (r.ExpireIfDue(now)) changed++;

        var types = await db.Set<CapacityType>().AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var overdue = await db.Set<Reservation>()
            .Where(r => r.Status == ReservationStatus.Confirmed && r.ExpectedArrivalUtc < now)
            .OrderBy(r => r.ExpectedArrivalUtc).Take(500).ToListAsync(ct);
        foreach (var r in overdue)
            if (types.TryGetValue(r.TypeCode, out var type) && r.MarkNoShowIfDue(type, now)) changed++;

        if (changed == 0) return 0;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance or a user got there first; the next round picks up what is left.
            return 0;
        }

        // Places that came free go to waiting requests, under each unit's lock like any hold.
        db.ChangeTracker.Clear();
        var freed = expired.Select(r => r.UnitId).Concat(overdue.Where(r => r.Status == ReservationStatus.NoShow).Select(r => r.UnitId)).Distinct().ToList();
        foreach (var unitId in freed)
        {
            if (!await db.Set<Reservation>().AnyAsync(r => r.UnitId == unitId && r.Status == ReservationStatus.Requested, ct)) continue;
            await UnitTransaction.RunAsync(db, unitId, async () =>
            {
                var promoted = await WaitingListPromotion.PromoteAsync(db, unitId, now, ct);
                if (promoted > 0) await db.SaveChangesAsync(ct);
                return promoted;
            }, ct);
        }
        return changed;
    }
}
