using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.CareDirectory.Search;

/// <summary>Reads what the index needs from the database: all services, or those changed since a moment.</summary>
public sealed class SearchIndexLoader(AppDbContext db)
{
    public async Task<List<IndexedService>> LoadAsync(DateTime? changedAfterUtc, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var query = db.Set<CareService>().AsNoTracking();
        if (changedAfterUtc is { } after) query = query.Where(s => s.LastModifiedUtc > after);
        if (ids is not null) query = query.Where(s => ids.Contains(s.Id));
        var rows = await query.Select(s => new
        {
            s.Id, s.OrganisationId, s.Name, s.AlternateName, s.Description, s.B1Summary, s.EligibilityDescription,
            OrganisationName = s.Organisation!.Name, s.Status, s.Kind, s.IsFree, s.ReferralRequired, s.IsDemo,
            s.MinimumAge, s.MaximumAge, s.AssuredDate, s.LastModifiedUtc, s.ThemeCodes,
            Areas = s.ServiceAreas.Select(a => new { a.MunicipalityCode, a.Name }).ToList(),
            Languages = s.Languages.Select(l => l.Code).ToList(),
            Terms = s.Attributes.Select(a => a.TaxonomyTermId).ToList(),
            Places = s.Locations.Select(l => new { l.Location!.Name, l.Location.MunicipalityCode, l.Location.Latitude, l.Location.Longitude,
                Cities = l.Location.Addresses.Select(a => a.City).ToList() }).ToList(),
            Reachable = s.Phones.Any() || s.Email != null || s.Url != null
                || s.Locations.Any(l => l.Location!.Addresses.Any(a => a.Address1 != "")),
        }).AsSplitQuery().ToListAsync(ct);

        var termTaxonomies = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.TaxonomyId != null)
            .Select(t => new { t.Id, t.TaxonomyId }).ToDictionaryAsync(t => t.Id, t => t.TaxonomyId!.Value, ct);

        return rows.Select(r =>
        {
            var first = r.Places.FirstOrDefault(p => p.Latitude is not null);
            return new IndexedService(r.Id, r.OrganisationId, r.Name, r.AlternateName, r.Description, r.B1Summary,
                r.EligibilityDescription, r.OrganisationName, r.Status, r.Kind, r.IsFree, r.ReferralRequired, r.IsDemo,
                r.MinimumAge, r.MaximumAge, r.AssuredDate, r.LastModifiedUtc, r.ThemeCodes,
                r.Areas.Select(a => a.MunicipalityCode).OfType<string>().Distinct().ToList(),
                r.Areas.Select(a => a.Name).OfType<string>().ToList(),
                r.Languages.OfType<string>().ToList(),
                r.Terms,
                r.Terms.Where(termTaxonomies.ContainsKey).Select(t => termTaxonomies[t]).Distinct().ToList(),
                r.Places.SelectMany(p => p.Cities.Append(p.Name)).OfType<string>().ToList(),
                first?.Latitude, first?.Longitude, r.Reachable);
        }).ToList();
    }

    public async Task<(int Count, DateTime? LastModifiedUtc)> StateAsync(CancellationToken ct)
    {
        var services = db.Set<CareService>().AsNoTracking();
        return (await services.CountAsync(ct), await services.MaxAsync(s => (DateTime?)s.LastModifiedUtc, ct));
    }
}

/// <summary>
/// Keeps this instance's index in step with the database. The database is the source of truth:
/// every few seconds an instance asks for the newest change and the count, takes in what it has
/// not seen, and rebuilds when services were removed. Handlers also refresh at once after a save.
/// </summary>
public sealed class SearchIndexSync(IServiceScopeFactory scopes, ServiceSearchIndex index, IOptions<CareDirectoryOptions> options,
    ILogger<SearchIndexSync> log) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task RebuildAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var all = await scope.ServiceProvider.GetRequiredService<SearchIndexLoader>().LoadAsync(null, null, ct);
            index.Rebuild(all);
            log.LogInformation("Directory search index built with {Count} services", all.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (!index.IsBuilt) { await RebuildAsync(ct); return; }
        await _gate.WaitAsync(ct);
        var rebuild = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var loader = scope.ServiceProvider.GetRequiredService<SearchIndexLoader>();
            var (count, newest) = await loader.StateAsync(ct);
            if (newest > index.WatermarkUtc)
                index.Upsert(await loader.LoadAsync(index.WatermarkUtc, null, ct));
            rebuild = count != index.Count;
        }
        finally
        {
            _gate.Release();
        }
        if (rebuild) await RebuildAsync(ct);
    }

    /// <summary>Called by handlers after they saved a service, so this instance shows the change at once.</summary>
    public async Task RefreshAsync(Guid serviceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<SearchIndexLoader>().LoadAsync(null, [serviceId], ct);
        if (changed.Count == 0) index.Remove(serviceId);
        else index.Upsert(changed);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, options.Value.IndexSyncSeconds));
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await CatchUpAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Directory index sync failed; retrying"); }
        }
    }
}
