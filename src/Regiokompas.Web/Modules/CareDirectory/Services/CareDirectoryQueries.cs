using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Search;
using Regiokompas.Web.Modules.CareDirectory.Seeding;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

public sealed record PlaceView(string? Name, string? Street, string? PostalCode, string? City, string? Transportation, string? Accessibility);
public sealed record ScheduleView(string? ByDay, TimeOnly? OpensAt, TimeOnly? ClosesAt, string? Description);
public sealed record PhoneView(string Number, string? Description);

/// <summary>Everything a result card and the detail page show. Formatting into Dutch sentences happens in the page.</summary>
public sealed record ServiceView(
    Guid Id, string Name, Guid OrganisationId, string OrganisationName, string? Summary, string? Description, ServiceKind Kind,
    ServiceStatus Status, IReadOnlyList<string> ThemeCodes, int? MinimumAge, int? MaximumAge, string? EligibilityDescription,
    bool IsFree, string? FeesDescription, bool ReferralRequired, string? ApplicationProcess, string? Url, string? Email,
    IReadOnlyList<PhoneView> Phones, IReadOnlyList<string> Municipalities, IReadOnlyList<PlaceView> Places,
    IReadOnlyList<ScheduleView> Schedules, DateOnly? AssuredDate, Freshness Freshness, bool Unverified, string? Alert,
    int? OwnerPlanOrganisationId, int Version);

/// <summary>A found service, with same-named entries of other organisations folded into it.</summary>
public sealed record ResultItem(ServiceView Service, IReadOnlyList<ServiceView> AlsoAt);

public sealed record ResidentResults(IReadOnlyList<ServiceView> Services, int Total, bool Relaxed, string? DidYouMean = null)
{
    /// <summary>
    /// The page's results with entries of the same name folded into the first one: a resident sees
    /// "Welzijn op Recept" once, with where else it is offered, instead of two identical titles.
    /// </summary>
    public IReadOnlyList<ResultItem> Items { get; } = Services
        .GroupBy(v => TextNormaliser.Normalise(v.Name))
        .Select(g => new ResultItem(g.First(), g.Skip(1).ToList())).ToList();

    /// <summary>The total minus the doubles folded away on this page.</summary>
    public int DistinctTotal => Total - (Services.Count - Items.Count);
}

/// <summary>
/// The directory's read side for pages and the small directory API, and the one way other modules
/// read the directory.
/// </summary>
public sealed class CareDirectoryQueries(AppDbContext db, ServiceSearchIndex index, FreshnessPolicy freshness, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ResidentResults> SearchAsync(string? text, DirectoryFilter filter, bool residentView, int skip, int take, CancellationToken ct)
    {
        var outcome = index.Search(new DirectorySearch
        {
            Text = text, Filter = filter, ResidentView = residentView, Today = Today, Skip = skip, Take = take,
            Near = await CentreOfAsync(filter.MunicipalityCode, ct),
        });
        var views = await ViewsAsync(outcome.Hits.Select(h => h.Id).ToList(), ct);
        return new ResidentResults(outcome.Hits.Where(h => views.ContainsKey(h.Id)).Select(h => views[h.Id]).ToList(), outcome.Total, outcome.Relaxed,
            outcome.DidYouMean);
    }

    public IReadOnlyList<string> Suggest(string typed) => index.Suggest(typed, Today);

    public async Task<ServiceView?> GetAsync(Guid id, CancellationToken ct) =>
        (await ViewsAsync([id], ct)).GetValueOrDefault(id);

    public async Task<IReadOnlyList<ServiceView>> ForOrganisationAsync(int planOrganisationId, CancellationToken ct)
    {
        var ids = await db.Set<CareService>().Where(s => s.Organisation!.PlanOrganisationId == planOrganisationId).Select(s => s.Id).ToListAsync(ct);
        return (await ViewsAsync(ids, ct)).Values.OrderBy(v => v.Name).ToList();
    }

    /// <summary>Entries whose owners must be reminded, for the reminder job and the owners' overview.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, DateOnly? Assured)>> DueForCheckAsync(CancellationToken ct)
    {
        var cutOff = freshness.ReminderIfAssuredOnOrBefore(Today);
        var rows = await db.Set<CareService>().AsNoTracking()
            .Where(s => s.Status == ServiceStatus.Active && (s.AssuredDate == null || s.AssuredDate <= cutOff))
            .OrderBy(s => s.AssuredDate).Select(s => new { s.Id, s.Name, s.AssuredDate }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name, r.AssuredDate)).ToList();
    }

    /// <summary>The middle of a municipality, taken from the located places we know there, for nearness ranking.</summary>
    private async Task<(double, double)?> CentreOfAsync(string? municipality, CancellationToken ct)
    {
        if (municipality is null) return null;
        var points = await db.Set<CareLocation>().AsNoTracking()
            .Where(l => l.MunicipalityCode == municipality && l.Latitude != null && l.Longitude != null)
            .OrderBy(l => l.Id).Select(l => new { l.Latitude, l.Longitude }).Take(500).ToListAsync(ct);
        return points.Count == 0 ? null : (points.Average(p => p.Latitude!.Value), points.Average(p => p.Longitude!.Value));
    }

    private async Task<Dictionary<Guid, ServiceView>> ViewsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var services = await db.Set<CareService>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .Include(s => s.Organisation).Include(s => s.Phones).Include(s => s.Schedules).Include(s => s.ServiceAreas)
            .Include(s => s.Locations).ThenInclude(l => l.Schedules)
            .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Addresses)
            .AsSplitQuery().ToListAsync(ct);
        var today = Today;
        return services.ToDictionary(s => s.Id, s => new ServiceView(
            s.Id, s.Name, s.OrganisationId, s.Organisation?.Name ?? "", s.B1Summary, s.Description, s.Kind, s.Status, s.ThemeCodes,
            s.MinimumAge, s.MaximumAge, s.EligibilityDescription, s.IsFree, s.FeesDescription, s.ReferralRequired, s.ApplicationProcess,
            s.Url, s.Email, s.Phones.Select(p => new PhoneView(p.Number, p.Description)).ToList(),
            s.ServiceAreas.Select(a => a.Name ?? (a.MunicipalityCode is { } m ? MunicipalityNames.Of(m) ?? m : null)).OfType<string>().ToList(),
            s.Locations.Select(l => l.Location).OfType<CareLocation>().Select(l => new PlaceView(l.Name, l.Addresses.FirstOrDefault()?.Address1,
                l.Addresses.FirstOrDefault()?.PostalCode, l.Addresses.FirstOrDefault()?.City, l.Transportation, l.AccessibilityDescription)).ToList(),
            s.Schedules.Concat(s.Locations.SelectMany(l => l.Schedules)).Select(x => new ScheduleView(x.ByDay, x.OpensAt, x.ClosesAt, x.Description)).ToList(),
            s.AssuredDate, s.FreshnessOn(today, freshness), s.Unverified, s.Alert, s.Organisation?.PlanOrganisationId, s.Version));
    }
}
