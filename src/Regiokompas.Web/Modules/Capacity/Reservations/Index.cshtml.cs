using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

/// <summary>Open reservations the user may act on: asked by them or their organisation, for their units, or in their region.</summary>
[Access(Scope.SignedIn)]
public sealed class IndexModel(AppDbContext db, ICurrentActor actor) : PageModel
{
    public IReadOnlyList<ReservationView> Reservations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var a = actor.Actor;
        var userId = actor.UserId;
        var regions = a.CoordinatorRegions.ToList();
        var org = a.OrganisationId;
        var providerUnits = db.Set<CapacityUnit>().Where(u => org != null && u.OrganisationId == org).Select(u => u.Id);
        var query = db.Set<Reservation>().AsNoTracking()
            .Where(r => r.Status == ReservationStatus.Requested || r.Status == ReservationStatus.Held || r.Status == ReservationStatus.Confirmed);
        if (!a.IsAdministrator)
            query = query.Where(r => regions.Contains(r.RegionId) || (userId != null && r.RequesterUserId == userId)
                || (org != null && r.RequesterOrganisationId == org) || providerUnits.Contains(r.UnitId));
        var list = await query.OrderByDescending(r => r.Urgency).ThenBy(r => r.ExpectedArrivalUtc).Take(200).ToListAsync(ct);
        Reservations = list.Select(ReservationView.From).ToList();
    }
}
