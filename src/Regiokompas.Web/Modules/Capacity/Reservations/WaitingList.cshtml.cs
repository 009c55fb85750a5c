using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Capacity.Reservations;

/// <summary>
/// "Wachtlijst": waiting requests per care type in the order places are handed out (urgency, then time).
/// An entry is a pseudonymous reference, urgency and arrival time only; the reference is shown only to
/// whoever may act on the request (its requester, the requester's organisation, the coordinator).
/// </summary>
[Access(Scope.SignedIn)]
public sealed class WaitingListModel(AppDbContext db, PlanQueries plan, ChangeReservationHandler handler, ICurrentActor actor, TimeProvider clock)
    : PageModel, IReloadsAfterWriteError
{
    public sealed record Entry(Guid Id, Guid UnitId, string Provider, string UnitName, string Municipality, Urgency Urgency,
        DateTime RequestedAt, DateTime ExpectedArrival, int WaitingMinutes, int AheadAtUnit, string? PatientReference,
        string RequesterOrganisation, bool CanWithdraw);

    public sealed record TypeGroup(string TypeCode, string TypeName, int HoldMinutes, IReadOnlyList<Entry> Entries);

    public sealed record Promotion(Guid Id, string PatientReference, string Provider, string UnitName, ReservationStatus Status,
        DateTime RequestedAt, DateTime HeldAt, DateTime? ExpiresAt);

    public IReadOnlyList<TypeGroup> Groups { get; private set; } = [];
    public IReadOnlyList<Promotion> Promotions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        if (await handler.HandleAsync(id, "withdraw", new ChangeReservationRequest(), actor.Actor, actor.UserId, ct) is null)
            return NotFound();
        TempData["Status"] = Ui.T("De aanvraag is van de wachtlijst gehaald.", "The request has been taken off the waiting list.");
        return RedirectToPage();
    }

    public async Task<bool> ReloadAfterWriteErrorAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var a = actor.Actor;
        var userId = actor.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        var organisations = (await plan.GetOrganisationRefsAsync(null, ct)).ToDictionary(o => o.Id);

        // The waiting list of the user's own region(s): the coordinator's, or the region of the user's organisation.
        var regions = a.CoordinatorRegions.ToHashSet();
        if (a.OrganisationId is { } org && organisations.TryGetValue(org, out var own)) regions.Add(own.RegionId);
        var regionList = regions.ToList();
        var all = a.IsAdministrator;

        var waiting = await db.Set<Reservation>().AsNoTracking()
            .Where(r => r.Status == ReservationStatus.Requested && (all || regionList.Contains(r.RegionId)))
            .ToListAsync(ct);
        var promotedSince = now.AddHours(-24);
        var promoted = await db.Set<Reservation>().AsNoTracking()
            .Where(r => r.HeldAtUtc > r.RequestedAtUtc && r.HeldAtUtc > promotedSince && (all || regionList.Contains(r.RegionId)))
            .OrderByDescending(r => r.HeldAtUtc).Take(50)
            .ToListAsync(ct);
        promoted.RemoveAll(r => !CapacityPermissions.IsRequester(a, userId, r));

        var unitIds = waiting.Select(r => r.UnitId).Concat(promoted.Select(r => r.UnitId)).Distinct().ToList();
        var units = await db.Set<CapacityUnit>().AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.OrganisationId, u.MunicipalityCode }).ToDictionaryAsync(u => u.Id, ct);
        var types = await db.Set<CapacityType>().AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var municipalities = (await plan.GetRegionsAsync(ct)).SelectMany(r => r.Municipalities)
            .GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.First().Name);
        string OrgName(int? id) => id is { } i && organisations.TryGetValue(i, out var o) ? o.Name : Ui.T("onbekend", "unknown");

        // Places are handed out per unit, so the position that matters is the one in the unit's own queue.
        var ahead = waiting.GroupBy(r => r.UnitId)
            .SelectMany(g => WaitingList.Order(g).Select((r, i) => (r.Id, Ahead: i)))
            .ToDictionary(x => x.Id, x => x.Ahead);

        Groups = waiting.GroupBy(r => r.TypeCode)
            .OrderBy(g => types.TryGetValue(g.Key, out var t) ? t.SortOrder : int.MaxValue)
            .Select(g =>
            {
                var type = types[g.Key];
                var entries = WaitingList.Order(g).Select(r =>
                {
                    var unit = units[r.UnitId];
                    var mine = CapacityPermissions.IsRequester(a, userId, r);
                    return new Entry(r.Id, r.UnitId, OrgName(unit.OrganisationId), unit.Name,
                        municipalities.GetValueOrDefault(unit.MunicipalityCode, unit.MunicipalityCode), r.Urgency, r.RequestedAtUtc,
                        r.ExpectedArrivalUtc, (int)Math.Max(0, (now - r.RequestedAtUtc).TotalMinutes), ahead[r.Id],
                        mine ? r.PatientReference : null, OrgName(r.RequesterOrganisationId), mine);
                }).ToList();
                return new TypeGroup(type.Code, type.Name, type.HoldMinutes, entries);
            })
            .ToList();

        Promotions = promoted.Select(r => new Promotion(r.Id, r.PatientReference, OrgName(units[r.UnitId].OrganisationId),
            units[r.UnitId].Name, r.Status, r.RequestedAtUtc, r.HeldAtUtc!.Value, r.ExpiresAtUtc)).ToList();
    }

    public static string Duration(int minutes) => minutes switch
    {
        < 60 => Ui.T($"{minutes} minuten", $"{minutes} minutes"),
        60 => Ui.T("1 uur", "1 hour"),
        _ when minutes % 60 == 0 => Ui.T($"{minutes / 60} uur", $"{minutes / 60} hours"),
        _ => Ui.T($"{minutes / 60} uur en {minutes % 60} minuten", $"{minutes / 60} h {minutes % 60} min"),
    };
}
