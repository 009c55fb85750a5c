using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan;

public sealed record MunicipalityRef(string Code, string Name);
public sealed record RegionSummary(string Id, string Name, string? PlanTitle, string? Ambition, string? Summary, IReadOnlyList<MunicipalityRef> Municipalities);
public sealed record TargetView(double Value, string Unit, double? Baseline, DateOnly? BaselineDate, string? Note);
public sealed record ResultNode(string Id, string Title, string? Description, DateOnly? Deadline, TargetView? Target, int Version);
public sealed record ActionNode(string Id, string Title, string? Owner, string? OwnerName, string Status, DateOnly? Start, DateOnly? Due, int Version,
    IReadOnlyList<OrganisationRef>? Partners = null)
{
    public bool IsOverdue(DateOnly today) => PlanAction.IsOverdue(Due, EnumNames.Parse<ActionStatus>(Status), today);
}
public sealed record GoalNode(string Id, string Title, string? Description, IReadOnlyList<ResultNode> Results, IReadOnlyList<ActionNode> Actions);
public sealed record PillarNode(string Id, string Kind, string Name, string? Ambition, string? Description,
    IReadOnlyList<OrganisationRef> Leads, IReadOnlyList<OrganisationRef> Members, IReadOnlyList<PillarRef> Links,
    IReadOnlyList<GoalNode> Goals, IReadOnlyList<ActionNode> Actions);
public sealed record PillarRef(string Id, string Name);
public sealed record OrganisationRef(string Id, string Name);
public sealed record PlanTree(RegionSummary Region, IReadOnlyList<PillarNode> Pillars);
public sealed record OrganisationSummary(string Id, string RegionId, string Name, string Type, IReadOnlyList<string> Municipalities, string? Website);
public sealed record OrganisationIdRef(int Id, string Key, string RegionId, string Name, OrganisationType Type, List<string> MunicipalityCodes);
/// <summary>A plan item another module can point at; Kind is "pillar", "result", "action" or "transformation-plan".</summary>
public sealed record PlanItemRef(string Kind, string Key, string Title, string? PillarKey);

/// <summary>
/// Read side of the plan, shared by pages and API, and the only way other modules read plan data.
/// Reads project straight into records with AsNoTracking.
/// </summary>
public sealed class PlanQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<RegionSummary>> GetRegionsAsync(CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId != null)
            .OrderBy(m => m.SortOrder).Select(m => new { m.RegionId, m.Code, m.Name }).ToListAsync(ct)).ToLookup(m => m.RegionId!);
        return regions.Select(r => new RegionSummary(r.Id, r.Name, r.PlanTitle, r.Ambition, r.Summary,
            municipalities[r.Id].Select(m => new MunicipalityRef(m.Code, m.Name)).ToList())).ToList();
    }

    public async Task<RegionSummary?> GetRegionAsync(string regionId, CancellationToken ct)
    {
        var r = await db.Regions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == regionId, ct);
        if (r is null) return null;
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.SortOrder)
            .Select(m => new MunicipalityRef(m.Code, m.Name)).ToListAsync(ct);
        return new RegionSummary(r.Id, r.Name, r.PlanTitle, r.Ambition, r.Summary, municipalities);
    }

    public async Task<PlanTree?> GetPlanTreeAsync(string regionId, CancellationToken ct)
    {
        // One connection for the eight small queries below instead of one open/close each.
        await db.Database.OpenConnectionAsync(ct);
        try { return await BuildPlanTreeAsync(regionId, ct); }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private async Task<PlanTree?> BuildPlanTreeAsync(string regionId, CancellationToken ct)
    {
        var region = await GetRegionAsync(regionId, ct);
        if (region is null) return null;
        var orgs = await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId)
            .Select(o => new { o.Id, o.Key, o.Name }).ToListAsync(ct);
        var orgByKey = orgs.ToDictionary(o => o.Key, o => new OrganisationRef(o.Key, o.Name));
        var orgById = orgs.ToDictionary(o => o.Id, o => o);
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder).ToListAsync(ct);
        var pillarRefs = pillars.ToDictionary(p => p.Key, p => new PillarRef(p.Key, p.Name));
        var goals = await db.Goals.AsNoTracking().Where(g => g.RegionId == regionId).OrderBy(g => g.SortOrder)
            .Select(g => new { g.Id, g.PillarId, g.Key, g.Title, g.Description }).ToListAsync(ct);
        var results = (await db.Results.AsNoTracking().Where(r => r.RegionId == regionId).OrderBy(r => r.SortOrder).ToListAsync(ct))
            .ToLookup(r => r.GoalId);
        var actions = await db.Actions.AsNoTracking().Where(a => a.RegionId == regionId).OrderBy(a => a.SortOrder)
            .Select(a => new { a.PillarId, a.GoalId, a.Key, a.Title, a.OwnerId, a.Status, a.Start, a.Due, a.Version, a.PartnerKeys }).ToListAsync(ct);
        var actionsByGoal = actions.Where(a => a.GoalId != null).ToLookup(a => a.GoalId!.Value);
        var actionsByPillar = actions.Where(a => a.GoalId == null).ToLookup(a => a.PillarId);

        IReadOnlyList<OrganisationRef> Orgs(List<string> keys) => keys.Where(orgByKey.ContainsKey).Select(k => orgByKey[k]).ToList();
        ActionNode Action(int? ownerId, string key, string title, ActionStatus status, DateOnly? start, DateOnly? due, int version, List<string> partnerKeys)
        {
            var owner = ownerId is { } o ? orgById[o] : null;
            return new ActionNode(key, title, owner?.Key, owner?.Name, EnumNames.ToName(status), start, due, version, Orgs(partnerKeys));
        }

        var tree = pillars.Select(p => new PillarNode(p.Key, EnumNames.ToName(p.Kind), p.Name, p.Ambition, p.Description,
            Orgs(p.LeadKeys), Orgs(p.MemberKeys), p.LinkKeys.Where(pillarRefs.ContainsKey).Select(k => pillarRefs[k]).ToList(),
            goals.Where(g => g.PillarId == p.Id).Select(g => new GoalNode(g.Key, g.Title, g.Description,
                results[g.Id].Select(ToNode).ToList(),
                actionsByGoal[g.Id].Select(a => Action(a.OwnerId, a.Key, a.Title, a.Status, a.Start, a.Due, a.Version, a.PartnerKeys)).ToList())).ToList(),
            actionsByPillar[p.Id].Select(a => Action(a.OwnerId, a.Key, a.Title, a.Status, a.Start, a.Due, a.Version, a.PartnerKeys)).ToList())).ToList();
        return new PlanTree(region, tree);
    }

    internal static ResultNode ToNode(PlanResult r) => new(r.Key, r.Title, r.Description, r.Deadline,
        r.TargetValue is { } v && r.TargetUnit is { } u ? new TargetView(v, EnumNames.ToName(u), r.BaselineValue, r.BaselineDate, r.TargetNote) : null,
        r.Version);

    public async Task<IReadOnlyList<OrganisationSummary>> GetOrganisationsAsync(string? regionId, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (regionId is not null) query = query.Where(o => o.RegionId == regionId);
        var list = await query.OrderBy(o => o.RegionId).ThenBy(o => o.Name).ToListAsync(ct);
        return list.Select(o => new OrganisationSummary(o.Key, o.RegionId, o.Name, EnumNames.ToName(o.Type), o.MunicipalityCodes, o.Website)).ToList();
    }

    /// <summary>Organisations with their database id, for modules that link to them (capacity units).</summary>
    public Task<List<OrganisationIdRef>> GetOrganisationRefsAsync(string? regionId, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (regionId is not null) query = query.Where(o => o.RegionId == regionId);
        return query.OrderBy(o => o.RegionId).ThenBy(o => o.Name)
            .Select(o => new OrganisationIdRef(o.Id, o.Key, o.RegionId, o.Name, o.Type, o.MunicipalityCodes)).ToListAsync(ct);
    }
    /// <summary>Regions whose plan has a result with this key; keys are unique per region only (ADR-002).</summary>
    public async Task<IReadOnlyList<string>> GetResultRegionsAsync(string resultKey, CancellationToken ct) =>
        await db.Results.AsNoTracking().Where(r => r.Key == resultKey).Select(r => r.RegionId).Distinct().OrderBy(r => r).ToListAsync(ct);
    /// <summary>The plan-file key of an organisation, for modules that hold keys rather than ids.</summary>
    public Task<string?> GetOrganisationKeyAsync(int organisationId, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Key).FirstOrDefaultAsync(ct);
    /// <summary>Plan organisation ids by "region/key", for modules that link their records to an organisation.</summary>
    public async Task<IReadOnlyDictionary<string, int>> GetOrganisationIdsAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.RegionId + "/" + o.Key, o => o.Id, ct);

    public Task<List<AuditLine>> GetAuditAsync(string regionId, string entityType, string key, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.RegionId == regionId && a.EntityType == entityType && (a.EntityKey == key || a.EntityKey.StartsWith(key + "/")))
            .OrderByDescending(a => a.Id).Take(200)
            .Select(a => new AuditLine(a.AtUtc, a.UserName, a.EntityType, a.EntityKey, a.Operation, a.Field, a.OldValue, a.NewValue))
            .ToListAsync(ct);

    public Task<List<AuditLine>> GetRecentAuditAsync(string regionId, int take, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking().Where(a => a.RegionId == regionId && a.Operation == "updated")
            .OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AuditLine(a.AtUtc, a.UserName, a.EntityType, a.EntityKey, a.Operation, a.Field, a.OldValue, a.NewValue))
            .ToListAsync(ct);

    /// <summary>
    /// Version <paramref name="number"/> of a region's plan, or without a number the version in force on
    /// <paramref name="asOf"/> (the latest one dated on or before it); null when there is none.
    /// </summary>
    public Task<PlanVersionRef?> GetPlanVersionAsync(string regionId, int? number, DateOnly asOf, CancellationToken ct)
    {
        var versions = db.Set<PlanVersion>().AsNoTracking().Where(v => v.RegionId == regionId);
        versions = number is { } n ? versions.Where(v => v.Number == n) : versions.Where(v => v.Date <= asOf);
        return versions.OrderByDescending(v => v.Date).ThenByDescending(v => v.Number)
            .Select(v => new PlanVersionRef(v.Number, v.Label, v.Date)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Who last changed an item and when: shown in conflict messages.</summary>
    public async Task<(string? By, DateTime? At)> GetLastChangeAsync(string? regionId, string entityType, string key, CancellationToken ct)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RegionId == regionId && a.EntityType == entityType && a.EntityKey == key)
            .OrderByDescending(a => a.Id).Select(a => new { a.UserName, a.AtUtc }).FirstOrDefaultAsync(ct);
        return (last?.UserName, last?.AtUtc);
    }

    /// <summary>Pillars, results, actions and transformation plans of a region, with the pillar each sits under.</summary>
    public async Task<IReadOnlyList<PlanItemRef>> GetPlanItemRefsAsync(string regionId, CancellationToken ct)
    {
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Id, p.Key, p.Name }).ToListAsync(ct);
        var pillarKey = pillars.ToDictionary(p => p.Id, p => p.Key);
        var results = await (from r in db.Results.AsNoTracking() join g in db.Goals on r.GoalId equals g.Id
                             where r.RegionId == regionId orderby g.PillarId, g.SortOrder, r.SortOrder
                             select new { r.Key, r.Title, g.PillarId }).ToListAsync(ct);
        var actions = await db.Actions.AsNoTracking().Where(a => a.RegionId == regionId).OrderBy(a => a.PillarId).ThenBy(a => a.SortOrder)
            .Select(a => new { a.Key, a.Title, a.PillarId }).ToListAsync(ct);
        var plans = await db.TransformationPlans.AsNoTracking().Where(t => t.RegionId == regionId).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Key, t.Title, t.PillarId }).ToListAsync(ct);
        return pillars.Select(p => new PlanItemRef("pillar", p.Key, p.Name, p.Key))
            .Concat(results.Select(r => new PlanItemRef("result", r.Key, r.Title, pillarKey.GetValueOrDefault(r.PillarId))))
            .Concat(actions.Select(a => new PlanItemRef("action", a.Key, a.Title, pillarKey.GetValueOrDefault(a.PillarId))))
            .Concat(plans.Select(t => new PlanItemRef("transformation-plan", t.Key, t.Title, t.PillarId is { } id ? pillarKey.GetValueOrDefault(id) : null)))
            .ToList();
    }
}
