using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Search;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

public sealed record HsdsServiceQuery(
    string? Search, int Page, int PerPage, Guid? TaxonomyTermId, Guid? TaxonomyId, Guid? OrganizationId,
    DateTime? ModifiedAfterUtc, bool Minimal, bool Full);

/// <summary>The read side of the HSDS API. Free-text search goes through the Lucene index; everything else is SQL.</summary>
public sealed class HsdsQueries(AppDbContext db, ServiceSearchIndex index, TimeProvider clock)
{
    public const int MaxPerPage = 200;

    public async Task<HsdsPage<HsdsService>> ServicesAsync(HsdsServiceQuery q, CancellationToken ct)
    {
        var page = Math.Max(1, q.Page);
        var perPage = Math.Clamp(q.PerPage, 1, MaxPerPage);
        List<Guid> ids;
        int total;
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var outcome = index.Search(new DirectorySearch
            {
                Text = q.Search, Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                OrganisationId = q.OrganizationId, TaxonomyTermId = q.TaxonomyTermId, TaxonomyId = q.TaxonomyId,
                ModifiedAfterUtc = q.ModifiedAfterUtc, Skip = (page - 1) * perPage, Take = perPage,
            });
            ids = outcome.Hits.Select(h => h.Id).ToList();
            total = outcome.Total;
        }
        else
        {
            var query = Filtered(q);
            total = await query.CountAsync(ct);
            ids = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip((page - 1) * perPage).Take(perPage).Select(s => s.Id).ToListAsync(ct);
        }

        var services = await LoadAsync(ids, q.Full, ct);
        var terms = q.Full ? await ImportedTermsAsync(services, ct) : null;
        var contents = ids.Where(services.ContainsKey).Select(id => q.Minimal
            ? new HsdsService { Id = id.ToString(), Name = services[id].Name, Status = HsdsProfile.StatusText(services[id].Status), OrganizationId = services[id].OrganisationId.ToString() }
            : HsdsMapper.Service(services[id], q.Full, terms)).ToList();
        return Page(contents, total, page, perPage);
    }

    public async Task<HsdsService?> ServiceAsync(Guid id, CancellationToken ct)
    {
        var services = await LoadAsync([id], full: true, ct);
        if (!services.TryGetValue(id, out var service)) return null;
        return HsdsMapper.Service(service, full: true, await ImportedTermsAsync(services, ct));
    }

    public async Task<HsdsPage<HsdsOrganization>> OrganizationsAsync(string? search, int page, int perPage, CancellationToken ct)
    {
        page = Math.Max(1, page);
        perPage = Math.Clamp(perPage, 1, MaxPerPage);
        var query = db.Set<CareOrganisation>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(o => o.Name.ToLower().Contains(search.ToLower()));
        var total = await query.CountAsync(ct);
        var list = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((page - 1) * perPage).Take(perPage).Include(o => o.Phones).ToListAsync(ct);
        return Page(list.Select(o => HsdsMapper.Organisation(o, [])).ToList(), total, page, perPage);
    }

    public async Task<HsdsOrganization?> OrganizationAsync(Guid id, CancellationToken ct)
    {
        var org = await db.Set<CareOrganisation>().AsNoTracking().Include(o => o.Phones).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (org is null) return null;
        var locations = await db.Set<CareLocation>().AsNoTracking().Include(l => l.Addresses).Include(l => l.Phones)
            .Where(l => l.OrganisationId == id).OrderBy(l => l.Name).ToListAsync(ct);
        var serviceIds = await db.Set<CareService>().Where(s => s.OrganisationId == id && !s.IsDemo).OrderBy(s => s.Name).Select(s => s.Id).ToListAsync(ct);
        var services = await LoadAsync(serviceIds, full: false, ct);
        return HsdsMapper.Organisation(org, locations, serviceIds.Select(s => HsdsMapper.Service(services[s], full: false)).ToList());
    }

    public async Task<HsdsPage<HsdsServiceAtLocation>> ServiceAtLocationsAsync(string? postcode, double? proximityKm, int page, int perPage, CancellationToken ct)
    {
        page = Math.Max(1, page);
        perPage = Math.Clamp(perPage, 1, MaxPerPage);
        var query = db.Set<ServiceAtLocation>().AsNoTracking().Where(sal => !db.Set<CareService>().Any(s => s.Id == sal.ServiceId && s.IsDemo));
        var pc4 = postcode is null ? null : new string(postcode.Where(char.IsDigit).Take(4).ToArray());
        if (pc4 is { Length: 4 } && proximityKm is null)
            query = query.Where(sal => sal.Location!.Addresses.Any(a => a.PostalCode.StartsWith(pc4)));
        var rows = await query.Include(sal => sal.Location!).ThenInclude(l => l.Addresses).Include(sal => sal.Schedules)
            .OrderBy(sal => sal.Id).AsSplitQuery().ToListAsync(ct);
        if (pc4 is { Length: 4 } && proximityKm is { } km)
        {
            // No postcode register is bundled: the centre of a postcode is taken from our own located addresses there.
            var here = rows.Where(r => r.Location!.Latitude is not null && r.Location.Addresses.Any(a => a.PostalCode.StartsWith(pc4, StringComparison.Ordinal))).ToList();
            if (here.Count == 0) rows = [];
            else
            {
                var lat = here.Average(r => r.Location!.Latitude!.Value);
                var lon = here.Average(r => r.Location!.Longitude!.Value);
                rows = rows.Where(r => r.Location!.Latitude is { } la && r.Location.Longitude is { } lo && ResidentRanking.DistanceKm(lat, lon, la, lo) <= km).ToList();
            }
        }
        var total = rows.Count;
        var pageRows = rows.Skip((page - 1) * perPage).Take(perPage).ToList();
        var services = await LoadAsync(pageRows.Select(r => r.ServiceId).Distinct().ToList(), full: false, ct);
        var contents = pageRows.Select(r => HsdsMapper.ServiceAtLocation(r, services.TryGetValue(r.ServiceId, out var s) ? HsdsMapper.Service(s, full: false) : null)).ToList();
        return Page(contents, total, page, perPage);
    }

    public async Task<HsdsService?> ServiceAtLocationAsync(Guid id, CancellationToken ct)
    {
        var serviceId = await db.Set<ServiceAtLocation>().Where(s => s.Id == id).Select(s => (Guid?)s.ServiceId).SingleOrDefaultAsync(ct);
        return serviceId is { } sid ? await ServiceAsync(sid, ct) : null;
    }

    public async Task<HsdsPage<HsdsTaxonomy>> TaxonomiesAsync(int page, int perPage, CancellationToken ct)
    {
        var stored = await db.Set<Taxonomy>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var all = stored.Select(t => new HsdsTaxonomy(t.Id.ToString(), t.Name, t.Description, t.Uri, t.Version))
            .Where(t => t.Id != HsdsProfile.ThemeTaxonomy.Id).Prepend(HsdsProfile.ProfileTaxonomy).Prepend(HsdsProfile.ThemeTaxonomy).ToList();
        return PageOf(all, page, perPage);
    }

    public async Task<HsdsTaxonomy?> TaxonomyAsync(Guid id, CancellationToken ct) =>
        (await TaxonomiesAsync(1, MaxPerPage, ct)).Contents.FirstOrDefault(t => t.Id == id.ToString());

    public async Task<HsdsPage<HsdsTaxonomyTerm>> TaxonomyTermsAsync(Guid? taxonomyId, string? search, int page, int perPage, CancellationToken ct)
    {
        var stored = await db.Set<TaxonomyTerm>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var all = stored.Select(HsdsMapper.Term)
            .Concat(HsdsProfile.ProfileTerms.Select(t => HsdsProfile.ProfileTerm(t.Code)))
            .Where(t => taxonomyId is null || t.TaxonomyId == taxonomyId.ToString())
            .Where(t => string.IsNullOrWhiteSpace(search) || t.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return PageOf(all, page, perPage);
    }

    public async Task<HsdsTaxonomyTerm?> TaxonomyTermAsync(Guid id, CancellationToken ct) =>
        (await TaxonomyTermsAsync(null, null, 1, int.MaxValue, ct)).Contents.FirstOrDefault(t => t.Id == id.ToString());

    private IQueryable<CareService> Filtered(HsdsServiceQuery q)
    {
        var query = db.Set<CareService>().AsNoTracking().Where(s => !s.IsDemo);
        if (q.OrganizationId is { } org) query = query.Where(s => s.OrganisationId == org);
        if (q.ModifiedAfterUtc is { } after) query = query.Where(s => s.LastModifiedUtc > after);
        if (q.TaxonomyTermId is { } term)
        {
            var theme = ThemeTerms.CodeOf(term);
            query = theme is not null
                ? query.Where(s => s.ThemeCodes.Contains(theme))
                : query.Where(s => s.Attributes.Any(a => a.TaxonomyTermId == term));
        }
        if (q.TaxonomyId is { } taxonomy)
        {
            var termIds = db.Set<TaxonomyTerm>().Where(t => t.TaxonomyId == taxonomy).Select(t => t.Id);
            query = taxonomy == ThemeTerms.TaxonomyId
                ? query.Where(s => s.ThemeCodes.Any())
                : query.Where(s => s.Attributes.Any(a => termIds.Contains(a.TaxonomyTermId)));
        }
        return query;
    }

    private async Task<Dictionary<Guid, CareService>> LoadAsync(IReadOnlyCollection<Guid> ids, bool full, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        IQueryable<CareService> query = db.Set<CareService>().AsNoTracking().Where(s => ids.Contains(s.Id)).Include(s => s.Organisation);
        if (full)
            query = query.Include(s => s.Phones).Include(s => s.Schedules).Include(s => s.ServiceAreas).Include(s => s.Languages)
                .Include(s => s.CostOptions).Include(s => s.Attributes)
                .Include(s => s.Locations).ThenInclude(l => l.Schedules)
                .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Addresses)
                .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Phones)
                .AsSplitQuery();
        return await query.ToDictionaryAsync(s => s.Id, ct);
    }

    private async Task<Dictionary<Guid, TaxonomyTerm>> ImportedTermsAsync(Dictionary<Guid, CareService> services, CancellationToken ct)
    {
        var termIds = services.Values.SelectMany(s => s.Attributes).Select(a => a.TaxonomyTermId).Distinct().ToList();
        if (termIds.Count == 0) return [];
        return await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
    }

    private static HsdsPage<T> Page<T>(IReadOnlyList<T> contents, int total, int page, int perPage)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)perPage));
        return new HsdsPage<T>(total, pages, page, contents.Count, page == 1, page >= pages, total == 0, contents);
    }

    private static HsdsPage<T> PageOf<T>(IReadOnlyList<T> all, int page, int perPage)
    {
        page = Math.Max(1, page);
        perPage = Math.Clamp(perPage, 1, perPage == int.MaxValue ? int.MaxValue : MaxPerPage);
        return Page(all.Skip((page - 1) * perPage).Take(perPage).ToList(), all.Count, page, perPage);
    }
}
