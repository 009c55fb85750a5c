using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>Who may manage a region's indicators and their links.</summary>
public static class IndicatorPermissions
{
    /// <summary>The region's coordinator or an administrator: create, link, set the region's owner.</summary>
    public static bool CanManage(Actor actor, string regionId) => PlanPermissions.CanEditRegion(actor, regionId);

    /// <summary>
    /// Change the definition or retire: a region's own indicator by its coordinator; an indicator every
    /// region shares (the CBS figures) only by an administrator, since one region's change would change all.
    /// </summary>
    public static bool CanEditDefinition(Actor actor, string regionId, Indicator indicator) =>
        CanEditDefinition(actor, regionId, indicator.RegionId);

    /// <inheritdoc cref="CanEditDefinition(Actor, string, Indicator)"/>
    public static bool CanEditDefinition(Actor actor, string regionId, string? indicatorRegionId) =>
        CanManage(actor, regionId) && (indicatorRegionId == regionId || indicatorRegionId is null && actor.IsAdministrator);
}

/// <summary>An indicator as the region sees it: the definition, the region's owner and the results it measures there.</summary>
public sealed record IndicatorDetail(string Code, string? Region, bool Shared, DateOnly? RetiredOn, int Version, IndicatorInput Definition,
    string? Owner, IReadOnlyList<IndicatorLinkView> Results);

public sealed record IndicatorLinkView(string ResultKey, bool Primary);

/// <summary>One of a result's indicators after a link or unlink.</summary>
public sealed record ResultLinkView(string Indicator, bool Primary);

/// <summary>Link or unlink request: <c>primary</c> marks the indicator that decides the result's status.</summary>
public sealed class LinkIndicatorRequest
{
    public bool Primary { get; set; }
}

/// <summary>
/// Creates, edits and retires a region's indicators, sets their owner in the region and links them to
/// results. Every write is checked here (not only by the route), audited by the SaveChanges
/// interceptor, and guarded by the version the caller read.
/// </summary>
public sealed class IndicatorAdminHandler(AppDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<IndicatorDetail?> GetAsync(string regionId, string code, CancellationToken ct)
    {
        var indicator = await db.Set<Indicator>().AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null || indicator.RegionId is not null && indicator.RegionId != regionId) return null;
        return await DetailAsync(regionId, indicator, ct);
    }

    public async Task<IndicatorDetail?> CreateAsync(string regionId, IndicatorInput input, Actor actor, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is null) return null;
        if (!IndicatorPermissions.CanManage(actor, regionId)) throw new NotAllowed("monitoring.indicator-not-allowed");
        var code = (input.Code ?? "").Trim().ToLowerInvariant();
        if (await db.Set<Indicator>().AnyAsync(i => i.Code == code, ct))
            throw new RuleViolation("monitoring.indicator-code-taken", code);
        var indicator = new Indicator { Code = code, RegionId = regionId, Name = "" };
        input.ApplyTo(indicator);
        await SetOwnerAsync(regionId, code, input.Owner, ct);
        db.Add(indicator);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(regionId, indicator, ct);
    }

    public async Task<IndicatorDetail?> EditAsync(string regionId, string code, IndicatorInput input, Actor actor, CancellationToken ct)
    {
        var indicator = await FindAsync(regionId, code, ct);
        if (indicator is null) return null;
        if (!IndicatorPermissions.CanManage(actor, regionId)) throw new NotAllowed("monitoring.indicator-not-allowed");
        if (input.Version is not { } version) throw new RuleViolation("monitoring.version-required");
        await GuardVersionAsync(indicator, version, ct);
        if (IndicatorPermissions.CanEditDefinition(actor, regionId, indicator)) input.ApplyTo(indicator);
        else if (!SameDefinition(indicator, input)) throw new NotAllowed("monitoring.indicator-shared-not-allowed");
        await SetOwnerAsync(regionId, indicator.Code, input.Owner, ct);
        // An owner-only change still moves the indicator's version, so a parallel edit of the form conflicts.
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries<IndicatorOwner>().Any(e => e.State != EntityState.Unchanged) && db.Entry(indicator).State == EntityState.Unchanged)
            indicator.Version = version + 1;
        await SaveAsync(indicator, version, ct);
        return await DetailAsync(regionId, indicator, ct);
    }

    /// <summary>Retires an indicator: it leaves current lists and its links in this region end; it and its figures stay.</summary>
    public async Task<IndicatorDetail?> RetireAsync(string regionId, string code, int version, Actor actor, CancellationToken ct)
    {
        var indicator = await FindAsync(regionId, code, ct);
        if (indicator is null) return null;
        if (!IndicatorPermissions.CanEditDefinition(actor, regionId, indicator))
            throw new NotAllowed(IndicatorPermissions.CanManage(actor, regionId) ? "monitoring.indicator-shared-not-allowed" : "monitoring.indicator-not-allowed");
        await GuardVersionAsync(indicator, version, ct);
        if (indicator.IsRetired) throw new RuleViolation("monitoring.indicator-already-retired", indicator.Code);
        indicator.RetiredOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        db.RemoveRange(await db.Set<ResultIndicator>().Where(l => l.RegionId == regionId && l.IndicatorCode == indicator.Code).ToListAsync(ct));
        await SaveAsync(indicator, version, ct);
        return await DetailAsync(regionId, indicator, ct);
    }

    /// <summary>
    /// Links the indicator to a result for the region as a whole. The first indicator of a result, or
    /// one linked as primary, decides its status; the result's other links then stop deciding it.
    /// </summary>
    public async Task<IReadOnlyList<ResultLinkView>?> LinkAsync(string regionId, string resultKey, string code, bool primary,
        Actor actor, CancellationToken ct)
    {
        if (!await ResultExistsAsync(regionId, resultKey, ct)) return null;
        var indicator = await FindAsync(regionId, code, ct);
        if (indicator is null) return null;
        if (!IndicatorPermissions.CanManage(actor, regionId)) throw new NotAllowed("monitoring.indicator-not-allowed");
        if (indicator.IsRetired) throw new RuleViolation("monitoring.indicator-retired", indicator.Code);
        var links = await db.Set<ResultIndicator>().Where(l => l.RegionId == regionId && l.ResultKey == resultKey && l.AreaCode == regionId).ToListAsync(ct);
        var link = links.FirstOrDefault(l => l.IndicatorCode == indicator.Code);
        if (link is null)
        {
            link = new ResultIndicator { RegionId = regionId, ResultKey = resultKey, IndicatorCode = indicator.Code, AreaCode = regionId };
            link.IsPrimary = primary || !links.Any(l => l.IsPrimary);
            db.Add(link);
            links.Add(link);
        }
        else if (primary) link.IsPrimary = true;
        if (link.IsPrimary)
            foreach (var other in links.Where(l => l != link && l.IsPrimary)) other.IsPrimary = false;
        await db.SaveChangesAsync(ct);
        return links.OrderByDescending(l => l.IsPrimary).ThenBy(l => l.IndicatorCode).Select(l => new ResultLinkView(l.IndicatorCode, l.IsPrimary)).ToList();
    }

    /// <summary>Ends a link; when it decided the status, the result's next indicator (by code) takes over.</summary>
    public async Task<IReadOnlyList<ResultLinkView>?> UnlinkAsync(string regionId, string resultKey, string code, Actor actor, CancellationToken ct)
    {
        if (!await ResultExistsAsync(regionId, resultKey, ct)) return null;
        if (!IndicatorPermissions.CanManage(actor, regionId)) throw new NotAllowed("monitoring.indicator-not-allowed");
        var links = await db.Set<ResultIndicator>().Where(l => l.RegionId == regionId && l.ResultKey == resultKey && l.AreaCode == regionId).ToListAsync(ct);
        var link = links.FirstOrDefault(l => l.IndicatorCode == code);
        if (link is null) return null;
        db.Remove(link);
        links.Remove(link);
        if (link.IsPrimary && links.Count > 0 && !links.Any(l => l.IsPrimary))
            links.OrderBy(l => l.IndicatorCode, StringComparer.Ordinal).First().IsPrimary = true;
        await db.SaveChangesAsync(ct);
        return links.OrderByDescending(l => l.IsPrimary).ThenBy(l => l.IndicatorCode).Select(l => new ResultLinkView(l.IndicatorCode, l.IsPrimary)).ToList();
    }

    /// <summary>The region's indicators (its own and the shared ones), current first; retired ones only when asked.</summary>
    public async Task<IReadOnlyList<IndicatorDetail>> ListAsync(string regionId, bool includeRetired, CancellationToken ct)
    {
        var indicators = await db.Set<Indicator>().AsNoTracking()
            .Where(i => (i.RegionId == null || i.RegionId == regionId) && (includeRetired || i.RetiredOn == null))
            .OrderBy(i => i.Name).ToListAsync(ct);
        var owners = await db.Set<IndicatorOwner>().AsNoTracking().Where(o => o.RegionId == regionId)
            .ToDictionaryAsync(o => o.IndicatorCode, o => o.OrganisationKey, ct);
        var links = (await db.Set<ResultIndicator>().AsNoTracking().Where(l => l.RegionId == regionId && l.AreaCode == regionId)
                .Select(l => new { l.IndicatorCode, l.ResultKey, l.IsPrimary }).ToListAsync(ct))
            .ToLookup(l => l.IndicatorCode, l => new IndicatorLinkView(l.ResultKey, l.IsPrimary));
        return indicators.Select(i => ToDetail(regionId, i, owners.GetValueOrDefault(i.Code) ?? (i.RegionId == regionId ? i.OwnerKey : null),
            links[i.Code].OrderBy(l => l.ResultKey, StringComparer.Ordinal).ToList())).ToList();
    }

    private async Task<Indicator?> FindAsync(string regionId, string code, CancellationToken ct)
    {
        var indicator = await db.Set<Indicator>().SingleOrDefaultAsync(i => i.Code == code, ct);
        return indicator is null || indicator.RegionId is not null && indicator.RegionId != regionId ? null : indicator;
    }

    private async Task<bool> ResultExistsAsync(string regionId, string resultKey, CancellationToken ct) =>
        (await plans.GetPlanItemRefsAsync(regionId, ct)).Any(r => r.Kind == "result" && r.Key == resultKey);

    /// <summary>Sets (or clears) the organisation that delivers the figures in this region; it must be one of the region's.</summary>
    private async Task SetOwnerAsync(string regionId, string code, string? ownerKey, CancellationToken ct)
    {
        ownerKey = string.IsNullOrWhiteSpace(ownerKey) ? null : ownerKey.Trim();
        if (ownerKey is not null && !(await plans.GetOrganisationRefsAsync(regionId, ct)).Any(o => o.Key == ownerKey))
            throw new RuleViolation("monitoring.indicator-owner-unknown", ownerKey, regionId);
        var row = await db.Set<IndicatorOwner>().SingleOrDefaultAsync(o => o.RegionId == regionId && o.IndicatorCode == code, ct);
        if (ownerKey is null)
        {
            if (row is not null) db.Remove(row);
        }
        else if (row is null) db.Add(new IndicatorOwner { RegionId = regionId, IndicatorCode = code, OrganisationKey = ownerKey });
        else if (row.OrganisationKey != ownerKey) row.OrganisationKey = ownerKey;
    }

    private static bool SameDefinition(Indicator indicator, IndicatorInput input)
    {
        var copy = new Indicator { Code = indicator.Code, RegionId = indicator.RegionId, Name = "" };
        input.ApplyTo(copy);
        // The stored one goes through the same normalisation (area levels in order, trimmed texts) before comparing.
        var stored = new Indicator { Code = indicator.Code, RegionId = indicator.RegionId, Name = "" };
        IndicatorInput.From(indicator, null).ApplyTo(stored);
        return IndicatorInput.SameDefinition(stored, copy);
    }

    private async Task<IndicatorDetail> DetailAsync(string regionId, Indicator indicator, CancellationToken ct)
    {
        var owner = await db.Set<IndicatorOwner>().AsNoTracking().Where(o => o.RegionId == regionId && o.IndicatorCode == indicator.Code)
            .Select(o => o.OrganisationKey).SingleOrDefaultAsync(ct) ?? (indicator.RegionId == regionId ? indicator.OwnerKey : null);
        var links = await db.Set<ResultIndicator>().AsNoTracking()
            .Where(l => l.RegionId == regionId && l.IndicatorCode == indicator.Code && l.AreaCode == regionId)
            .OrderBy(l => l.ResultKey).Select(l => new IndicatorLinkView(l.ResultKey, l.IsPrimary)).ToListAsync(ct);
        return ToDetail(regionId, indicator, owner, links);
    }

    private static IndicatorDetail ToDetail(string regionId, Indicator i, string? owner, IReadOnlyList<IndicatorLinkView> links) =>
        new(i.Code, i.RegionId, i.RegionId is null, i.RetiredOn, i.Version, IndicatorInput.From(i, owner), owner, links);

    private async Task GuardVersionAsync(Indicator indicator, int readVersion, CancellationToken ct)
    {
        if (readVersion != indicator.Version) throw await ConflictAsync(indicator, readVersion, ct);
        db.Entry(indicator).Property(nameof(IVersioned.Version)).OriginalValue = readVersion;
    }

    private async Task SaveAsync(Indicator indicator, int readVersion, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(indicator).ReloadAsync(ct);
            throw await ConflictAsync(indicator, readVersion, ct);
        }
    }

    private async Task<EditConflict> ConflictAsync(Indicator indicator, int readVersion, CancellationToken ct)
    {
        var (by, at) = await plans.GetLastChangeAsync(indicator.RegionId, nameof(Indicator), indicator.Code, ct);
        return new EditConflict(indicator.Code, readVersion, indicator.Version, IndicatorInput.From(indicator, null), by, at);
    }
}
