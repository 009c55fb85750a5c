using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Modules.Capacity.Reservations;

namespace Regiokompas.Web.Modules.Capacity;

public sealed record CapacityTypeView(string Code, string Name, string Kind, int FreshnessMinutes, int HoldMinutes);

public sealed record UnitAvailabilityView(
    Guid Id, string Name, string RegionId, int OrganisationId, string OrganisationName, string LocationName,
    string MunicipalityCode, string MunicipalityName, string TypeCode, string TypeName,
    int Open, int Occupied, int Blocked, int ActiveHolds, int ConfirmedNotArrived, int Free, int Reservable, int Overbooked,
    int? FreeIn24h, int? FreeIn72h, bool Stale, DateTime? LastReportAt, int? AgeMinutes,
    bool AcceptingAdmissions, string? AdmissionStopReason, DateTime? AdmissionStopUntil, string? BlockedReason, bool HasConflict, int Version);

public sealed record AvailabilityGroup(string TypeCode, string TypeName, string MunicipalityCode, string MunicipalityName,
    int Units, int Free, int Reservable, int? FreeIn24h, int? FreeIn72h, int StaleUnits, int StoppedUnits, int? OldestAgeMinutes);

public sealed record CapacityOverview(DateTime At, IReadOnlyList<UnitAvailabilityView> Units, IReadOnlyList<AvailabilityGroup> Groups);

public sealed record CapacityFilter(string? Region = null, string? Type = null, string? Municipality = null, int? OrganisationId = null,
    bool OnlyReservable = false);

/// <summary>Read side of capacity for pages and API: availability is computed here from the last report and live reservations.</summary>
public sealed class CapacityQueries(AppDbContext db, PlanQueries plan, TimeProvider clock)
{
    public async Task<IReadOnlyList<CapacityTypeView>> GetTypesAsync(CancellationToken ct) =>
        await db.Set<CapacityType>().AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new CapacityTypeView(t.Code, t.Name, t.Kind.ToString(), t.FreshnessMinutes, t.HoldMinutes)).ToListAsync(ct);

    public async Task<CapacityOverview> GetOverviewAsync(CapacityFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Set<CapacityUnit>().AsNoTracking().Where(u => u.Active);
        if (filter.Region is { Length: > 0 } region) query = query.Where(u => u.RegionId == region);
        if (filter.Type is { Length: > 0 } typeCode) query = query.Where(u => u.TypeCode == typeCode);
        if (filter.Municipality is { Length: > 0 } m) query = query.Where(u => u.MunicipalityCode == m);
        if (filter.OrganisationId is { } org) query = query.Where(u => u.OrganisationId == org);
        var units = await query.ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();

        var arrivedSince = now.AddDays(-14);
        var live = await db.Set<Reservation>().AsNoTracking()
            .Where(r => ids.Contains(r.UnitId) && ((r.Status == ReservationStatus.Held && r.ExpiresAtUtc > now)
                || r.Status == ReservationStatus.Confirmed
                || (r.Status == ReservationStatus.Arrived && r.ArrivedAtUtc > arrivedSince)))
            .Select(r => new { r.UnitId, r.Status, r.ArrivedAtUtc })
            .ToListAsync(ct);
        var liveByUnit = live.ToLookup(r => r.UnitId);

        var types = await db.Set<CapacityType>().AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var locations = await db.Set<CapacityLocation>().AsNoTracking().Select(l => new { l.Id, l.Name }).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var names = await NamesAsync(ct);

        var views = new List<UnitAvailabilityView>(units.Count);
        foreach (var u in units)
        {
            var rs = liveByUnit[u.Id].ToList();
            var type = types[u.TypeCode];
            var a = Availability.FromCounts(u,
                rs.Count(r => r.Status == ReservationStatus.Held),
                rs.Count(r => r.Status == ReservationStatus.Confirmed),
                rs.Count(r => r.Status == ReservationStatus.Arrived && (u.LastReportAtUtc is not { } at || r.ArrivedAtUtc > at)),
                type, now);
            views.Add(new UnitAvailabilityView(u.Id, u.Name, u.RegionId, u.OrganisationId,
                names.Organisations.GetValueOrDefault(u.OrganisationId, "?"), locations.GetValueOrDefault(u.LocationId, ""),
                u.MunicipalityCode, names.Municipalities.GetValueOrDefault(u.MunicipalityCode, u.MunicipalityCode), u.TypeCode, type.Name,
                a.Open, a.Occupied, a.Blocked, a.ActiveHolds, a.ConfirmedNotArrived, a.Free, a.Reservable, a.Overbooked,
                a.FreeIn24h, a.FreeIn72h, a.Stale, u.LastReportAtUtc, a.Age is { } age ? (int)age.TotalMinutes : null,
                a.AcceptingAdmissions, u.AdmissionStopReason, u.AdmissionStopUntilUtc, u.BlockedReason, u.HasConflict, u.Version));
        }
        if (filter.OnlyReservable) views.RemoveAll(v => v.Reservable == 0);
        views.Sort((x, y) => (x.TypeName, x.MunicipalityName, x.OrganisationName, x.Name)
            .CompareTo((y.TypeName, y.MunicipalityName, y.OrganisationName, y.Name)));

        var groups = views.GroupBy(v => (v.TypeCode, v.TypeName, v.MunicipalityCode, v.MunicipalityName))
            .Select(g => new AvailabilityGroup(g.Key.TypeCode, g.Key.TypeName, g.Key.MunicipalityCode, g.Key.MunicipalityName,
                g.Count(), g.Sum(v => v.Free), g.Sum(v => v.Reservable),
                g.Any(v => v.FreeIn24h is not null) ? g.Sum(v => v.FreeIn24h ?? v.Free) : null,
                g.Any(v => v.FreeIn72h is not null) ? g.Sum(v => v.FreeIn72h ?? v.Free) : null,
                g.Count(v => v.Stale), g.Count(v => !v.AcceptingAdmissions), g.Max(v => v.AgeMinutes)))
            .ToList();
        return new CapacityOverview(now, views, groups);
    }

    public async Task<UnitAvailabilityView?> GetUnitAsync(Guid id, CancellationToken ct)
    {
        var unit = await db.Set<CapacityUnit>().AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.RegionId, u.OrganisationId, u.MunicipalityCode, u.TypeCode }).SingleOrDefaultAsync(ct);
        if (unit is null) return null;
        var overview = await GetOverviewAsync(new CapacityFilter(unit.RegionId, unit.TypeCode, unit.MunicipalityCode, unit.OrganisationId), ct);
        return overview.Units.SingleOrDefault(u => u.Id == id);
    }

    public async Task<ReservationView?> GetReservationAsync(Guid id, CancellationToken ct) =>
        await db.Set<Reservation>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } r ? ReservationView.From(r) : null;

    public async Task<IReadOnlyList<ReservationView>> GetReservationsAsync(Guid? unitId, string? regionId, bool onlyOpen, int take, CancellationToken ct)
    {
        var q = db.Set<Reservation>().AsNoTracking();
        if (unitId is { } u) q = q.Where(r => r.UnitId == u);
        if (regionId is { Length: > 0 }) q = q.Where(r => r.RegionId == regionId);
        if (onlyOpen) q = q.Where(r => r.Status == ReservationStatus.Requested || r.Status == ReservationStatus.Held || r.Status == ReservationStatus.Confirmed);
        var list = await q.OrderByDescending(r => r.RequestedAtUtc).Take(take).ToListAsync(ct);
        return list.Select(ReservationView.From).ToList();
    }

    public sealed record Names(IReadOnlyDictionary<int, string> Organisations, IReadOnlyDictionary<string, string> Municipalities,
        IReadOnlyList<RegionSummary> Regions);

    public async Task<Names> NamesAsync(CancellationToken ct)
    {
        var regions = await plan.GetRegionsAsync(ct);
        var orgs = (await plan.GetOrganisationRefsAsync(null, ct)).ToDictionary(o => o.Id, o => o.Name);
        var municipalities = regions.SelectMany(r => r.Municipalities).GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.First().Name);
        return new Names(orgs, municipalities, regions);
    }
}
