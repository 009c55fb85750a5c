using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

public sealed record CbsMappingView(int Id, string TableId, string MeasureCode, string DimensionFilter, string IndicatorCode, bool Active, int Version);

public sealed class CbsMappingRequest
{
    [Required, MaxLength(20)] public string TableId { get; set; } = "";
    [Required, MaxLength(40)] public string MeasureCode { get; set; } = "";
    [MaxLength(500)] public string? DimensionFilter { get; set; }
    [Required, MaxLength(80)] public string IndicatorCode { get; set; } = "";
    public bool Active { get; set; } = true;

    /// <summary>The version read; required to change an existing mapping.</summary>
    public int? Version { get; set; }
}

/// <summary>The region's CBS mappings: list, add, change, remove. Coordinator of the region (or administrator); audited by the save interceptor.</summary>
public sealed class CbsMappingsHandler(AppDbContext db, PlanQueries plans)
{
    public async Task<IReadOnlyList<CbsMappingView>?> ListAsync(string regionId, CancellationToken ct) =>
        await plans.GetRegionAsync(regionId, ct) is null ? null
            : await db.Set<CbsConnectorMapping>().AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.TableId).ThenBy(m => m.Id)
                .Select(m => new CbsMappingView(m.Id, m.TableId, m.MeasureCode, m.DimensionFilter, m.IndicatorCode, m.Active, m.Version)).ToListAsync(ct);

    public async Task<CbsMappingView?> SaveAsync(string regionId, int? id, CbsMappingRequest request, Actor actor, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is null) return null;
        if (!MonitoringPermissions.CanPublish(actor, regionId)) throw new NotAllowed("edit.not-allowed");
        var code = request.IndicatorCode.Trim().ToLowerInvariant();
        if (!await db.Set<Indicator>().AnyAsync(i => i.Code == code && (i.RegionId == null || i.RegionId == regionId), ct))
            throw new RuleViolation("monitoring.cbs-indicator-not-allowed", request.IndicatorCode);
        var filter = string.Join(";", CbsConnectorMapping.ParseFilter(request.DimensionFilter).Select(p => $"{p.Key}={p.Value}"));

        CbsConnectorMapping mapping;
        if (id is null)
        {
            mapping = new CbsConnectorMapping { RegionId = regionId, TableId = request.TableId.Trim(), MeasureCode = request.MeasureCode.Trim(), IndicatorCode = code };
            db.Add(mapping);
        }
        else
        {
            mapping = await db.Set<CbsConnectorMapping>().AsTracking().SingleOrDefaultAsync(m => m.Id == id && m.RegionId == regionId, ct)
                ?? throw new RuleViolation("monitoring.cbs-mapping-unknown");
            await GuardAsync(mapping, request.Version, ct);
            (mapping.TableId, mapping.MeasureCode, mapping.IndicatorCode) = (request.TableId.Trim(), request.MeasureCode.Trim(), code);
        }
        mapping.DimensionFilter = filter;
        mapping.Active = request.Active;
        mapping.EnsureValid();
        await db.SaveChangesAsync(ct);
        return View(mapping);
    }

    private static CbsMappingView View(CbsConnectorMapping m) =>
        new(m.Id, m.TableId, m.MeasureCode, m.DimensionFilter, m.IndicatorCode, m.Active, m.Version);

    public async Task<bool> RemoveAsync(string regionId, int id, int? version, Actor actor, CancellationToken ct)
    {
        if (!MonitoringPermissions.CanPublish(actor, regionId)) throw new NotAllowed("edit.not-allowed");
        var mapping = await db.Set<CbsConnectorMapping>().AsTracking().SingleOrDefaultAsync(m => m.Id == id && m.RegionId == regionId, ct);
        if (mapping is null) return false;
        await GuardAsync(mapping, version, ct);
        db.Remove(mapping);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// One starting mapping per region, so the connector works out of the box: inhabitants on 1 January
    /// (03759ned, M000352, all ages, men and women, every marital state). Only for a region that never had one.
    /// </summary>
    public async Task EnsureDefaultsAsync(CancellationToken ct)
    {
        // Runs on every start: a fixed three queries, whatever the number of regions.
        if (!await db.Set<Indicator>().AnyAsync(i => i.Code == "inwoners", ct)) return;
        var had = (await db.Set<CbsConnectorMapping>().Select(m => m.RegionId).Distinct().ToListAsync(ct))
            .Concat(await db.Set<AuditEntry>().Where(a => a.EntityType == nameof(CbsConnectorMapping) && a.RegionId != null)
                .Select(a => a.RegionId!).Distinct().ToListAsync(ct))
            .ToHashSet();
        var added = false;
        foreach (var region in await plans.GetRegionsAsync(ct))
        {
            if (had.Contains(region.Id)) continue;
            db.Add(new CbsConnectorMapping
            {
                RegionId = region.Id, TableId = "03759ned", MeasureCode = "M000352", IndicatorCode = "inwoners",
                DimensionFilter = "Geslacht=T001038;Leeftijd=10000;BurgerlijkeStaat=T001019",
            });
            added = true;
        }
        if (added) await db.SaveChangesAsync(ct);
    }

    private async Task GuardAsync(CbsConnectorMapping mapping, int? read, CancellationToken ct)
    {
        if (read is not { } version) throw new RuleViolation("regiobeeld.version-required");
        if (version != mapping.Version)
        {
            var key = ((IAudited)mapping).AuditKey;
            var (by, at) = await plans.GetLastChangeAsync(mapping.RegionId, nameof(CbsConnectorMapping), key, ct);
            throw new EditConflict(key, version, mapping.Version, View(mapping), by, at);
        }
        db.Entry(mapping).Property(nameof(IVersioned.Version)).OriginalValue = version;
    }
}
