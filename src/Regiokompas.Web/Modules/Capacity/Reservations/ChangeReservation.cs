using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

public sealed class ChangeReservationRequest
{
    /// <summary>Required to cancel or decline.</summary>
    [StringLength(500)] public string? Reason { get; set; }
}

/// <summary>confirm, release, cancel, arrive, decline and withdraw (from the waiting list): one handler, the domain decides what is allowed.</summary>
public sealed class ChangeReservationHandler(AppDbContext db, TimeProvider clock)
{
    public static readonly string[] Actions = ["confirm", "release", "cancel", "arrive", "decline", "withdraw"];

    public async Task<ReservationView?> HandleAsync(Guid id, string action, ChangeReservationRequest request, Actor actor, string? userId, CancellationToken ct)
    {
        var unitId = await db.Set<Reservation>().Where(r => r.Id == id).Select(r => (Guid?)r.UnitId).SingleOrDefaultAsync(ct);
        if (unitId is null) return null;
        // Under the unit lock like a hold, so every write to a unit's reservations is serialised the same way.
        return await UnitTransaction.RunAsync(db, unitId.Value, async () =>
        {
            var reservation = await db.Set<Reservation>().SingleAsync(r => r.Id == id, ct);
            var providerOrg = await db.Set<CapacityUnit>().Where(u => u.Id == reservation.UnitId).Select(u => u.OrganisationId).SingleAsync(ct);
            if (!CapacityPermissions.CanChange(actor, userId, reservation, providerOrg, action)) throw new NotAllowed("capacity.not-allowed");

            var now = clock.GetUtcNow().UtcDateTime;
            switch (action)
            {
                case "confirm": reservation.Confirm(now); break;
                case "release": reservation.Release(now); break;
                case "cancel": reservation.Cancel(request.Reason ?? "", now); break;
                case "arrive": reservation.Arrive(now); break;
                case "decline": reservation.Decline(request.Reason ?? "", now); break;
                case "withdraw": reservation.Withdraw(now); break;
                default: throw new ArgumentOutOfRangeException(nameof(action));
            }
            // A place that came free goes to the waiting list first.
            if (action is "release" or "cancel" or "decline")
                await WaitingListPromotion.PromoteAsync(db, reservation.UnitId, now, ct);
            // The Version token makes a parallel change of the same reservation fail instead of overwrite.
            await db.SaveChangesAsync(ct);
            return ReservationView.From(reservation);
        }, ct);
    }
}
