using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Catalogue;

/// <summary>
/// Adds the shipped indicators and result links that are not there yet. Runs on every start
/// and never changes what a region edited since.
/// </summary>
public sealed class MonitoringSeeder(AppDbContext db, PlanQueries plans, ILogger<MonitoringSeeder> log)
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "Seed", "monitoring");

    /// <summary>Every catalogue file in the seed folder (indicators.yaml, public-statistics.yaml, …), in name order, as one.</summary>
    public static async Task<IndicatorCatalogueFile> ReadCatalogueAsync(CancellationToken ct)
    {
        var files = new List<IndicatorCatalogueFile>();
        foreach (var path in Directory.GetFiles(SeedFolder, "*.yaml").Order(StringComparer.Ordinal))
            files.Add(IndicatorCatalogueFile.ParseOne(await File.ReadAllTextAsync(path, ct)));
        return IndicatorCatalogueFile.Combine(files);
    }

    public async Task SeedAsync(CancellationToken ct)
    {
        var file = await ReadCatalogueAsync(ct);
        var existing = (await db.Set<Indicator>().Select(i => i.Code).ToListAsync(ct)).ToHashSet();
        var added = await SyncDisclosureAsync(file, ct);
        foreach (var entry in file.Indicators.Where(i => !existing.Contains(i.Code)))
        {
            db.Add(entry.ToIndicator());
            added++;
        }

        var links = (await db.Set<ResultIndicator>().Select(l => new { l.RegionId, l.ResultKey, l.IndicatorCode }).ToListAsync(ct))
            .Select(l => (l.RegionId, l.ResultKey, l.IndicatorCode)).ToHashSet();
        // A region named under both "links" and "informs" has its plan read once.
        var resultKeys = new Dictionary<string, HashSet<string>?>();
        foreach (var (regionId, results, primary) in file.Links.Select(l => (l.Key, l.Value, true)).Concat(file.Informs.Select(l => (l.Key, l.Value, false))))
        {
            if (!resultKeys.TryGetValue(regionId, out var keys))
                resultKeys[regionId] = keys = (await plans.GetPlanTreeAsync(regionId, ct))?.Pillars
                    .SelectMany(p => p.Goals).SelectMany(g => g.Results).Select(r => r.Id).ToHashSet();
            if (keys is null) continue;
            foreach (var (resultKey, codes) in results)
            {
                if (!keys.Contains(resultKey))
                {
                    log.LogWarning("Indicator link to unknown result {Region}/{Result} skipped", regionId, resultKey);
                    continue;
                }
                foreach (var (code, index) in codes.Select((c, i) => (c, i)))
                {
                    if (!links.Add((regionId, resultKey, code))) continue;
                    db.Add(new ResultIndicator
                    {
                        RegionId = regionId, ResultKey = resultKey, IndicatorCode = code, AreaCode = regionId, IsPrimary = primary && index == 0,
                    });
                    added++;
                }
            }
        }
        // Owners per region: only where the region has no owner yet and the organisation exists in its plan.
        var owners = (await db.Set<IndicatorOwner>().Select(o => new { o.RegionId, o.IndicatorCode }).ToListAsync(ct))
            .Select(o => (o.RegionId, o.IndicatorCode)).ToHashSet();
        var organisations = (await plans.GetOrganisationRefsAsync(null, ct)).Select(o => (o.RegionId, o.Key)).ToHashSet();
        foreach (var entry in file.Indicators)
        foreach (var (regionId, organisationKey) in entry.Owners)
        {
            if (!organisations.Contains((regionId, organisationKey)))
            {
                log.LogWarning("Owner {Organisation} of indicator {Code} is not an organisation of {Region}; skipped", organisationKey, entry.Code, regionId);
                continue;
            }
            if (!owners.Add((regionId, entry.Code))) continue;
            db.Add(new IndicatorOwner { RegionId = regionId, IndicatorCode = entry.Code, OrganisationKey = organisationKey });
            added++;
        }
        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Seeded {Count} indicators and result links", added);
        }
    }

    /// <summary>
    /// Disclosure settings of shipped indicators follow the catalogue, also in an existing database:
    /// they are a privacy rule, not a regional choice, and older versions seeded them off.
    /// </summary>
    private async Task<int> SyncDisclosureAsync(IndicatorCatalogueFile file, CancellationToken ct)
    {
        var changed = 0;
        var shipped = file.Indicators.Where(e => e.Region is null).ToDictionary(e => e.Code, e => e.ToIndicator());
        foreach (var indicator in await db.Set<Indicator>().Where(i => i.RegionId == null).ToListAsync(ct))
        {
            if (!shipped.TryGetValue(indicator.Code, out var wanted)) continue;
            if (indicator.SuppressSmallCounts == wanted.SuppressSmallCounts && indicator.SuppressionOptOutReason == wanted.SuppressionOptOutReason
                && indicator.IsCumulative == wanted.IsCumulative) continue;
            (indicator.SuppressSmallCounts, indicator.SuppressionOptOutReason, indicator.IsCumulative) =
                (wanted.SuppressSmallCounts, wanted.SuppressionOptOutReason, wanted.IsCumulative);
            changed++;
        }
        return changed;
    }
}
