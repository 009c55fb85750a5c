using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.Editor;

/// <summary>
/// Create or change one plan item. One shape for every kind: fields that do not belong to the
/// kind are ignored. Editing replaces every field of the kind (send what you read, changed).
/// </summary>
public sealed class PlanItemInput
{
    /// <summary>The version you read; required when changing.</summary>
    public int? Version { get; set; }
    [Required(ErrorMessage = "Vul een titel of naam in."), StringLength(300, MinimumLength = 1)] public string? Title { get; set; }
    [StringLength(4000)] public string? Description { get; set; }
    /// <summary>Pillar key: parent of a goal, of an action without goal, and optionally of a precondition.</summary>
    [StringLength(80)] public string? Pillar { get; set; }
    /// <summary>Goal key: parent of a result, and of an action under a goal.</summary>
    [StringLength(80)] public string? Goal { get; set; }
    [StringLength(4000)] public string? Ambition { get; set; }
    [EnumName(typeof(PillarKind))] public string? PillarKind { get; set; }
    [EnumName(typeof(OrganisationType))] public string? Type { get; set; }
    public List<string>? Municipalities { get; set; }
    public List<string>? Links { get; set; }
    [StringLength(500)] public string? Website { get; set; }
    [StringLength(300)] public string? Contact { get; set; }
    [StringLength(300)] public string? AddressedTo { get; set; }
    public DateOnly? Deadline { get; set; }
    [StringLength(80)] public string? Owner { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
}

public sealed class MovePlanItemRequest
{
    [Required] public int? Version { get; set; }
    /// <summary>"up" or "down" within its siblings; or leave empty and name a new parent.</summary>
    [RegularExpression("^(up|down)$", ErrorMessage = "Kies 'up' of 'down'.")] public string? Direction { get; set; }
    [StringLength(80)] public string? Pillar { get; set; }
    [StringLength(80)] public string? Goal { get; set; }
}

public sealed class RetirePlanItemRequest
{
    [Required] public int? Version { get; set; }
}

public sealed record PlanItemView(string Kind, string Key, string Title, string? Pillar, string? Goal, int Version, bool Retired);

/// <summary>
/// The plan editor's writes. Only the region's coordinator (or an administrator) may use it. Every
/// change goes through the audit interceptor; changes check the version the caller read.
/// </summary>
public sealed class PlanEditorHandler(AppDbContext db, PlanQueries queries, TimeProvider clock)
{
    public async Task<PlanItemView?> CreateAsync(string regionId, string kind, PlanItemInput input, Actor actor, CancellationToken ct)
    {
        if (!PlanEditorKinds.IsKnown(kind) || !await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return null;
        Guard(actor, regionId);
        var title = input.Title!.Trim();
        var key = PlanKeys.Unique(title, await TakenKeysAsync(kind, regionId, ct));
        PlanItem item = kind switch
        {
            PlanEditorKinds.Pillar => new Pillar { RegionId = regionId, Key = key, Name = title },
            PlanEditorKinds.Goal => new Goal { RegionId = regionId, Key = key, Title = title },
            PlanEditorKinds.Result => new PlanResult { RegionId = regionId, Key = key, Title = title },
            PlanEditorKinds.Action => new PlanAction { RegionId = regionId, Key = key, Title = title },
            PlanEditorKinds.TargetGroup => new TargetGroup { RegionId = regionId, Key = key, Name = title },
            PlanEditorKinds.Precondition => new Precondition { RegionId = regionId, Key = key, Title = title },
            _ => new Organisation { RegionId = regionId, Key = key, Name = title },
        };
        await ApplyAsync(item, input, ct);
        await PlaceUnderParentAsync(item, input.Pillar, input.Goal, ct);
        item.SortOrder = await NextSortOrderAsync(item, ct);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(kind, item, ct);
    }

    public async Task<PlanItemView?> UpdateAsync(string regionId, string kind, string key, PlanItemInput input, Actor actor, CancellationToken ct)
    {
        if (await ForChangeAsync(regionId, kind, key, input.Version, actor, ct) is not var (item, version)) return null;
        if (item.IsRetired) throw new RuleViolation("plan.item-retired");
        var title = input.Title!.Trim();
        switch (item)
        {
            case Pillar p: p.Name = title; break;
            case Goal g: g.Title = title; break;
            case PlanResult r: r.Title = title; break;
            case PlanAction a: a.Title = title; break;
            case TargetGroup t: t.Name = title; break;
            case Precondition c: c.Title = title; break;
            case Organisation o: o.Name = title; break;
        }
        await ApplyAsync(item, input, ct);
        await SaveAsync(kind, item, version, ct);
        return await ViewAsync(kind, item, ct);
    }

    public async Task<PlanItemView?> MoveAsync(string regionId, string kind, string key, MovePlanItemRequest request, Actor actor, CancellationToken ct)
    {
        if (await ForChangeAsync(regionId, kind, key, request.Version, actor, ct) is not var (item, version)) return null;
        if (item.IsRetired) throw new RuleViolation("plan.item-retired");
        if (request.Direction is { } direction)
        {
            var siblings = await SiblingsAsync(item, ct);
            for (var i = 0; i < siblings.Count; i++) siblings[i].SortOrder = i;
            var index = siblings.FindIndex(s => s.Id == item.Id);
            var other = direction == "up" ? index - 1 : index + 1;
            if (other >= 0 && other < siblings.Count)
                (siblings[index].SortOrder, siblings[other].SortOrder) = (siblings[other].SortOrder, siblings[index].SortOrder);
        }
        else
        {
            if (kind is not (PlanEditorKinds.Goal or PlanEditorKinds.Result or PlanEditorKinds.Action or PlanEditorKinds.Precondition))
                throw new RuleViolation("plan.cannot-move-kind");
            await PlaceUnderParentAsync(item, request.Pillar, request.Goal, ct);
            item.SortOrder = await NextSortOrderAsync(item, ct);
            if (item is Goal goal)
            {
                // The goal's actions go along to the goal's new pillar.
                foreach (var a in await db.Actions.IgnoreQueryFilters().Where(a => a.GoalId == goal.Id).ToListAsync(ct)) a.PillarId = goal.PillarId;
            }
        }
        await SaveAsync(kind, item, version, ct);
        return await ViewAsync(kind, item, ct);
    }

    /// <summary>Retires the item and what hangs under it; nothing is deleted.</summary>
    public async Task<PlanItemView?> RetireAsync(string regionId, string kind, string key, RetirePlanItemRequest request, Actor actor, CancellationToken ct)
    {
        if (await ForChangeAsync(regionId, kind, key, request.Version, actor, ct) is not var (item, version)) return null;
        if (item.IsRetired) return await ViewAsync(kind, item, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        item.RetiredAtUtc = now;
        switch (item)
        {
            case Pillar p:
                var goals = await db.Goals.Where(g => g.PillarId == p.Id).ToListAsync(ct);
                var goalIds = goals.Select(g => g.Id).ToList();
                foreach (var g in goals) g.RetiredAtUtc = now;
                foreach (var r in await db.Results.Where(r => goalIds.Contains(r.GoalId)).ToListAsync(ct)) r.RetiredAtUtc = now;
                foreach (var a in await db.Actions.Where(a => a.PillarId == p.Id || (a.GoalId != null && goalIds.Contains(a.GoalId.Value))).ToListAsync(ct))
                    a.RetiredAtUtc = now;
                foreach (var other in await db.Pillars.Where(o => o.RegionId == regionId && o.Id != p.Id).ToListAsync(ct))
                    if (other.LinkKeys.Contains(p.Key)) other.LinkKeys = other.LinkKeys.Where(k => k != p.Key).ToList();
                break;
            case Goal g:
                foreach (var r in await db.Results.Where(r => r.GoalId == g.Id).ToListAsync(ct)) r.RetiredAtUtc = now;
                foreach (var a in await db.Actions.Where(a => a.GoalId == g.Id).ToListAsync(ct)) a.RetiredAtUtc = now;
                break;
            case Organisation o:
                if (await db.Actions.AnyAsync(a => a.OwnerId == o.Id, ct)) throw new RuleViolation("plan.organisation-owns-actions", o.Name);
                foreach (var p in await db.Pillars.Where(x => x.RegionId == regionId).ToListAsync(ct))
                {
                    if (p.LeadKeys.Contains(o.Key)) p.LeadKeys = p.LeadKeys.Where(k => k != o.Key).ToList();
                    if (p.MemberKeys.Contains(o.Key)) p.MemberKeys = p.MemberKeys.Where(k => k != o.Key).ToList();
                }
                break;
        }
        await SaveAsync(kind, item, version, ct);
        return await ViewAsync(kind, item, ct);
    }

    /// <summary>
    /// The item to change, retired or not (null: unknown), once the actor may edit the region and the caller read
    /// its current version. Returns that version, which the save checks again.
    /// </summary>
    private async Task<(PlanItem Item, int Version)?> ForChangeAsync(string regionId, string kind, string key, int? version, Actor actor, CancellationToken ct)
    {
        if (await FindAsync(kind, regionId, key, ct) is not { } item) return null;
        Guard(actor, regionId);
        if (version is not { } read) throw new RuleViolation("plan.version-required");
        await GuardVersionAsync(kind, item, read, ct);
        return (item, read);
    }

    private static void Guard(Actor actor, string regionId)
    {
        if (!PlanPermissions.CanEditRegion(actor, regionId)) throw new NotAllowed("edit.not-allowed");
    }

    /// <summary>Finds the item, retired or not: the editor must see what is retired.</summary>
    public async Task<PlanItem?> FindAsync(string kind, string regionId, string key, CancellationToken ct) => kind switch
    {
        PlanEditorKinds.Pillar => await db.Pillars.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct),
        PlanEditorKinds.Goal => await db.Goals.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct),
        PlanEditorKinds.Result => await db.Results.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct),
        PlanEditorKinds.Action => await db.Actions.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct),
        PlanEditorKinds.TargetGroup => await db.TargetGroups.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct),
        PlanEditorKinds.Precondition => await db.Preconditions.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct),
        PlanEditorKinds.Organisation => await db.Organisations.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct),
        _ => null,
    };

    private async Task<IReadOnlySet<string>> TakenKeysAsync(string kind, string regionId, CancellationToken ct)
    {
        IQueryable<PlanItem> set = kind switch
        {
            PlanEditorKinds.Pillar => db.Pillars.IgnoreQueryFilters(),
            PlanEditorKinds.Goal => db.Goals.IgnoreQueryFilters(),
            PlanEditorKinds.Result => db.Results.IgnoreQueryFilters(),
            PlanEditorKinds.Action => db.Actions.IgnoreQueryFilters(),
            PlanEditorKinds.TargetGroup => db.TargetGroups.IgnoreQueryFilters(),
            PlanEditorKinds.Precondition => db.Preconditions.IgnoreQueryFilters(),
            _ => db.Organisations.IgnoreQueryFilters(),
        };
        // "nieuw" is the editor's address for a new item, so no item may have it as key.
        return (await set.Where(x => x.RegionId == regionId).Select(x => x.Key).ToListAsync(ct)).Append("nieuw").ToHashSet();
    }

    private async Task ApplyAsync(PlanItem item, PlanItemInput input, CancellationToken ct)
    {
        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        switch (item)
        {
            case Pillar p:
                p.Description = description;
                p.Ambition = string.IsNullOrWhiteSpace(input.Ambition) ? null : input.Ambition.Trim();
                p.Kind = input.PillarKind is { } k ? EnumNames.Parse<PillarKind>(k) : p.Kind;
                var links = (input.Links ?? []).Where(l => !string.IsNullOrWhiteSpace(l) && l != p.Key).Distinct().ToList();
                var known = await db.Pillars.Where(x => x.RegionId == p.RegionId && links.Contains(x.Key)).Select(x => x.Key).ToListAsync(ct);
                if (links.Except(known).FirstOrDefault() is { } unknown) throw new RuleViolation("plan.unknown-pillar", unknown);
                if (!links.SequenceEqual(p.LinkKeys)) p.LinkKeys = links;
                break;
            case Goal g:
                g.Description = description;
                break;
            case PlanResult r:
                r.Description = description;
                r.Deadline = input.Deadline;
                break;
            case PlanAction a:
                a.Description = description;
                a.ChangeSchedule(input.Start, input.Due);
                if (string.IsNullOrWhiteSpace(input.Owner)) { a.OwnerId = null; a.Owner = null; }
                else
                {
                    var owner = await db.Organisations.SingleOrDefaultAsync(o => o.RegionId == a.RegionId && o.Key == input.Owner, ct)
                        ?? throw new RuleViolation("plan.unknown-organisation", input.Owner);
                    a.OwnerId = owner.Id;
                }
                break;
            case TargetGroup t:
                t.Description = description;
                break;
            case Precondition c:
                c.Description = description;
                c.AddressedTo = string.IsNullOrWhiteSpace(input.AddressedTo) ? null : input.AddressedTo.Trim();
                break;
            case Organisation o:
                o.Type = input.Type is { } type ? EnumNames.Parse<OrganisationType>(type) : o.Type;
                o.Website = string.IsNullOrWhiteSpace(input.Website) ? null : input.Website.Trim();
                o.Contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim();
                var codes = (input.Municipalities ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();
                var regionCodes = await db.Municipalities.Where(m => m.RegionId == o.RegionId).Select(m => m.Code).ToListAsync(ct);
                if (codes.Except(regionCodes).FirstOrDefault() is { } stranger) throw new RuleViolation("plan.unknown-municipality", stranger);
                if (!codes.SequenceEqual(o.MunicipalityCodes)) o.MunicipalityCodes = codes;
                break;
        }
    }

    /// <summary>Sets the parent ids from the given keys; the parent must be current (not retired) and of the same region.</summary>
    private async Task PlaceUnderParentAsync(PlanItem item, string? pillarKey, string? goalKey, CancellationToken ct)
    {
        async Task<Pillar> PillarAsync(string? key) => string.IsNullOrWhiteSpace(key)
            ? throw new RuleViolation("plan.parent-pillar-required")
            : await db.Pillars.SingleOrDefaultAsync(p => p.RegionId == item.RegionId && p.Key == key, ct)
                ?? throw new RuleViolation("plan.unknown-pillar", key);
        async Task<Goal> GoalAsync(string? key) => string.IsNullOrWhiteSpace(key)
            ? throw new RuleViolation("plan.parent-goal-required")
            : await db.Goals.SingleOrDefaultAsync(g => g.RegionId == item.RegionId && g.Key == key, ct)
                ?? throw new RuleViolation("plan.unknown-goal", key);

        switch (item)
        {
            case Goal g: g.PillarId = (await PillarAsync(pillarKey)).Id; break;
            case PlanResult r: r.GoalId = (await GoalAsync(goalKey)).Id; break;
            case PlanAction a when !string.IsNullOrWhiteSpace(goalKey):
                var goal = await GoalAsync(goalKey);
                (a.GoalId, a.PillarId) = (goal.Id, goal.PillarId);
                break;
            case PlanAction a:
                (a.GoalId, a.PillarId) = (null, (await PillarAsync(pillarKey)).Id);
                break;
            case Precondition c:
                c.PillarId = string.IsNullOrWhiteSpace(pillarKey) ? null : (await PillarAsync(pillarKey)).Id;
                break;
        }
    }

    private async Task<List<PlanItem>> SiblingsAsync(PlanItem item, CancellationToken ct)
    {
        var rid = item.RegionId;
        IQueryable<PlanItem> query = item switch
        {
            Pillar => db.Pillars.Where(x => x.RegionId == rid),
            Goal g => db.Goals.Where(x => x.PillarId == g.PillarId),
            PlanResult r => db.Results.Where(x => x.GoalId == r.GoalId),
            PlanAction a => db.Actions.Where(x => x.PillarId == a.PillarId && x.GoalId == a.GoalId),
            TargetGroup => db.TargetGroups.Where(x => x.RegionId == rid),
            Precondition => db.Preconditions.Where(x => x.RegionId == rid),
            _ => db.Organisations.Where(x => x.RegionId == rid),
        };
        return await query.OrderBy(x => x.SortOrder).ThenBy(x => x.Id).ToListAsync(ct);
    }

    private async Task<int> NextSortOrderAsync(PlanItem item, CancellationToken ct)
    {
        var siblings = await SiblingsAsync(item, ct);
        return siblings.Where(s => s.Id != item.Id).Select(s => s.SortOrder).DefaultIfEmpty(-1).Max() + 1;
    }

    private async Task GuardVersionAsync(string kind, PlanItem item, int version, CancellationToken ct)
    {
        if (version != item.Version) throw await ConflictAsync(kind, item, version, ct);
        db.Entry(item).Property(nameof(PlanItem.Version)).OriginalValue = version;
    }

    private async Task SaveAsync(string kind, PlanItem item, int version, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(item).ReloadAsync(ct);
            throw await ConflictAsync(kind, item, version, ct);
        }
    }

    private async Task<EditConflict> ConflictAsync(string kind, PlanItem item, int version, CancellationToken ct)
    {
        var (by, at) = await queries.GetLastChangeAsync(item.RegionId, item.GetType().Name, item.Key, ct);
        return new EditConflict(item.Key, version, item.Version, Snapshot(kind, item), by, at);
    }

    private static object Snapshot(string kind, PlanItem item) => new PlanItemView(kind, item.Key, TitleOf(item), null, null, item.Version, item.IsRetired);

    public static string TitleOf(PlanItem item) => item switch
    {
        Pillar p => p.Name, Goal g => g.Title, PlanResult r => r.Title, PlanAction a => a.Title, TargetGroup t => t.Name,
        Precondition c => c.Title, Organisation o => o.Name, _ => item.Key,
    };

    private async Task<PlanItemView> ViewAsync(string kind, PlanItem item, CancellationToken ct)
    {
        int? pillarId = item switch { Goal g => g.PillarId, PlanAction a => a.PillarId, Precondition c => c.PillarId, _ => null };
        int? goalId = item switch { PlanResult r => r.GoalId, PlanAction a => a.GoalId, _ => null };
        var pillar = pillarId is { } pid ? await db.Pillars.IgnoreQueryFilters().Where(p => p.Id == pid).Select(p => p.Key).SingleOrDefaultAsync(ct) : null;
        var goal = goalId is { } gid ? await db.Goals.IgnoreQueryFilters().Where(g => g.Id == gid).Select(g => g.Key).SingleOrDefaultAsync(ct) : null;
        return new PlanItemView(kind, item.Key, TitleOf(item), pillar, goal, item.Version, item.IsRetired);
    }
}
