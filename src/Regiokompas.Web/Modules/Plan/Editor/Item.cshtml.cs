using Regiokompas.Web.Common.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.Editor;

/// <summary>Add or change one plan item, move it to another pillar or goal, or retire it. Key "nieuw" adds one.</summary>
[Access(Scope.Coordinator)]
public sealed class ItemModel(AppDbContext db, PlanEditorHandler handler, PlanQueries queries, ICurrentActor actor) : PageModel, IShowsEditConflict
{
    public const string NewKey = "nieuw";

    [BindProperty] public PlanItemInput Input { get; set; } = new();
    /// <summary>For moving an action: "goal:key" or "pillar:key"; for others the parent's key.</summary>
    [BindProperty] public string? NewParent { get; set; }
    public string RegionId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Key { get; private set; } = "";
    public bool IsNew => Key == NewKey;
    public bool IsRetired { get; private set; }
    public string CurrentTitle { get; private set; } = "";
    public string? CurrentParent { get; private set; }
    public IReadOnlyList<OrganisationRef> Organisations { get; private set; } = [];
    public IReadOnlyList<(string Key, string Title)> PillarOptions { get; private set; } = [];
    public IReadOnlyList<(string Key, string Title, string Pillar)> GoalOptions { get; private set; } = [];
    public IReadOnlyList<MunicipalityRef> Municipalities { get; private set; } = [];
    public IReadOnlyList<AuditLine> Audit { get; private set; } = [];
    public EditConflict? Conflict { get; private set; }
    /// <summary>The stored fields of the item behind the key, read once by LoadAsync; null for "nieuw" or an unknown key.</summary>
    private PlanItemInput? stored;

    public async Task<IActionResult> OnGetAsync(string regionId, string kind, string key, string? pillar, string? goal, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, kind, key, ct)) return NotFound();
        if (IsNew)
        {
            Input = new PlanItemInput { Pillar = pillar, Goal = goal, PillarKind = "coalitie", Type = "other" };
            return Page();
        }
        if (stored is null) return NotFound();
        Input = stored;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, string kind, string key, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, kind, key, ct)) return NotFound();
        if (!IsNew && stored is null) return NotFound();
        if (!ModelState.IsValid) return Page();
        var view = IsNew ? await handler.CreateAsync(regionId, kind, Input, actor.Actor, ct)
            : await handler.UpdateAsync(regionId, kind, key, Input, actor.Actor, ct);
        return view is null ? NotFound() : Done(view);
    }

    public async Task<IActionResult> OnPostMoveAsync(string regionId, string kind, string key, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, kind, key, ct) || IsNew) return NotFound();
        var (pillar, goal) = NewParent switch
        {
            { } p when p.StartsWith("pillar:", StringComparison.Ordinal) => (p["pillar:".Length..], (string?)null),
            { } g when g.StartsWith("goal:", StringComparison.Ordinal) => (null, g["goal:".Length..]),
            { } other when kind is PlanEditorKinds.Goal or PlanEditorKinds.Precondition => (other, null),
            { } other => (null, other),
            _ => (null, null),
        };
        ModelState.Clear();
        var view = await handler.MoveAsync(regionId, kind, key, new MovePlanItemRequest { Version = Input.Version, Pillar = pillar, Goal = goal }, actor.Actor, ct);
        return view is null ? NotFound() : Done(view);
    }

    public async Task<IActionResult> OnPostRetireAsync(string regionId, string kind, string key, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, kind, key, ct) || IsNew) return NotFound();
        ModelState.Clear();
        var view = await handler.RetireAsync(regionId, kind, key, new RetirePlanItemRequest { Version = Input.Version }, actor.Actor, ct);
        return view is null ? NotFound() : Done(view);
    }

    private IActionResult Done(PlanItemView view)
    {
        TempData["Status"] = Texts.Get("edit.saved");
        return Redirect($"/regio/{RegionId}/plan/bewerken/{view.Kind}/{view.Key}");
    }

    public void ShowConflict(EditConflict conflict)
    {
        Conflict = conflict;
        Input.Version = conflict.CurrentVersion;
    }

    private async Task<bool> LoadAsync(string regionId, string kind, string key, CancellationToken ct)
    {
        (RegionId, Kind, Key) = (regionId, kind, key);
        if (!PlanEditorKinds.IsKnown(kind) || !await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return false;
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId).OrderBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Key, o.Name)).ToListAsync(ct);
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Id, p.Key, p.Name }).ToListAsync(ct);
        PillarOptions = pillars.Select(p => (p.Key, p.Name)).ToList();
        var pillarKey = pillars.ToDictionary(p => p.Id, p => p.Name);
        GoalOptions = (await db.Goals.AsNoTracking().Where(g => g.RegionId == regionId).OrderBy(g => g.PillarId).ThenBy(g => g.SortOrder)
                .Select(g => new { g.Key, g.Title, g.PillarId }).ToListAsync(ct))
            .Select(g => (g.Key, g.Title, pillarKey.GetValueOrDefault(g.PillarId) ?? "")).ToList();
        Municipalities = (await queries.GetRegionAsync(regionId, ct))?.Municipalities ?? [];
        if (!IsNew && await handler.FindAsync(kind, regionId, key, ct) is { } item)
        {
            IsRetired = item.IsRetired;
            CurrentTitle = PlanEditorHandler.TitleOf(item);
            var view = stored = await ToInputAsync(item, ct);
            CurrentParent = item is PlanAction && view.Goal is null ? "pillar:" + view.Pillar
                : item is PlanAction ? "goal:" + view.Goal : view.Goal ?? view.Pillar;
            Audit = await queries.GetAuditAsync(regionId, PlanEditorKinds.EntityType(kind), key, ct);
        }
        return true;
    }

    private async Task<PlanItemInput> ToInputAsync(PlanItem item, CancellationToken ct)
    {
        async Task<string?> PillarKey(int? id) => id is { } i ? await db.Pillars.IgnoreQueryFilters().Where(p => p.Id == i).Select(p => p.Key).SingleOrDefaultAsync(ct) : null;
        async Task<string?> GoalKey(int? id) => id is { } i ? await db.Goals.IgnoreQueryFilters().Where(g => g.Id == i).Select(g => g.Key).SingleOrDefaultAsync(ct) : null;
        return item switch
        {
            Pillar p => new() { Version = p.Version, Title = p.Name, Description = p.Description, Ambition = p.Ambition, PillarKind = EnumNames.ToName(p.Kind), Links = p.LinkKeys },
            Goal g => new() { Version = g.Version, Title = g.Title, Description = g.Description, Pillar = await PillarKey(g.PillarId) },
            PlanResult r => new() { Version = r.Version, Title = r.Title, Description = r.Description, Deadline = r.Deadline, Goal = await GoalKey(r.GoalId) },
            PlanAction a => new()
            {
                Version = a.Version, Title = a.Title, Description = a.Description, Start = a.Start, Due = a.Due,
                Pillar = await PillarKey(a.PillarId), Goal = await GoalKey(a.GoalId),
                Owner = a.OwnerId is { } o ? await db.Organisations.IgnoreQueryFilters().Where(x => x.Id == o).Select(x => x.Key).SingleOrDefaultAsync(ct) : null,
            },
            TargetGroup t => new() { Version = t.Version, Title = t.Name, Description = t.Description },
            Precondition c => new() { Version = c.Version, Title = c.Title, Description = c.Description, AddressedTo = c.AddressedTo, Pillar = await PillarKey(c.PillarId) },
            Organisation o => new() { Version = o.Version, Title = o.Name, Type = EnumNames.ToName(o.Type), Website = o.Website, Contact = o.Contact, Municipalities = o.MunicipalityCodes },
            _ => new(),
        };
    }
}
