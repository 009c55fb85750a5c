using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

/// <summary>Hands places that came free to the unit's waiting list. Call inside the unit's transaction.</summary>
public static class WaitingListPromotion
{
    public static async Task<int> PromoteAsync(AppDbContext db, Guid unitId, DateTime now, CancellationToken ct)
    {
        // Pending changes to tracked reservations (a release just made) count, because the unit's
        // collection is filled from the same tracked instances.
        var unit = await CreateReservationHandler.LoadForHoldAsync(db, unitId, now, null, null, ct);
        if (unit is null) return 0;
        var type = await db.Set<CapacityType>().AsNoTracking().SingleAsync(t => t.Code == unit.TypeCode, ct);
        return unit.PromoteWaiting(type, now).Count;
    }
}
