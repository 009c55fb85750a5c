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

namespace Regiokompas.Web.Modules.Plan.Editor;

/// <summary>The plan editor: the whole current plan with buttons to add, change, reorder and retire.</summary>
[Access(Scope.Coordinator)]
public sealed class IndexModel(AppDbContext db, PlanEditorHandler handler, ICurrentActor actor) : PageModel
{
    public sealed record Row(string Kind, string Key, string Title, int Version);
    public sealed record GoalRow(Row Goal, IReadOnlyList<Row> Results, IReadOnlyList<Row> Actions);
    public sealed record PillarRow(Row Pillar, IReadOnlyList<GoalRow> Goals, IReadOnlyList<Row> Actions);
    public sealed record RetiredRow(string Kind, string Key, string Title, DateTime RetiredAtUtc);

    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<PillarRow> Pillars { get; private set; } = [];
    public IReadOnlyList<Row> TargetGroups { get; private set; } = [];
    public IReadOnlyList<Row> Preconditions { get; private set; } = [];
    public IReadOnlyList<Row> Organisations { get; private set; } = [];
    public IReadOnlyList<RetiredRow> Retired { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId, ct);
        if (region is null) return NotFound();
        if (!PlanPermissions.CanEditRegion(actor.Actor, regionId)) return Forbid();
        (RegionId, RegionName) = (region.Id, region.Name);
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        var goals = await db.Goals.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        var results = await db.Results.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        var actions = await db.Actions.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        Pillars = pillars.Select(p => new PillarRow(new Row(PlanEditorKinds.Pillar, p.Key, p.Name, p.Version),
            goals.Where(g => g.PillarId == p.Id).Select(g => new GoalRow(new Row(PlanEditorKinds.Goal, g.Key, g.Title, g.Version),
                results.Where(r => r.GoalId == g.Id).Select(r => new Row(PlanEditorKinds.Result, r.Key, r.Title, r.Version)).ToList(),
                actions.Where(a => a.GoalId == g.Id).Select(a => new Row(PlanEditorKinds.Action, a.Key, a.Title, a.Version)).ToList())).ToList(),
            actions.Where(a => a.PillarId == p.Id && a.GoalId == null).Select(a => new Row(PlanEditorKinds.Action, a.Key, a.Title, a.Version)).ToList()))
            .ToList();
        TargetGroups = await db.TargetGroups.AsNoTracking().Where(x => x.RegionId == regionId).OrderBy(x => x.SortOrder).ThenBy(x => x.Id)
            .Select(x => new Row(PlanEditorKinds.TargetGroup, x.Key, x.Name, x.Version)).ToListAsync(ct);
        Preconditions = await db.Preconditions.AsNoTracking().Where(x => x.RegionId == regionId).OrderBy(x => x.SortOrder).ThenBy(x => x.Id)
            .Select(x => new Row(PlanEditorKinds.Precondition, x.Key, x.Title, x.Version)).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().Where(x => x.RegionId == regionId).OrderBy(x => x.SortOrder).ThenBy(x => x.Id)
            .Select(x => new Row(PlanEditorKinds.Organisation, x.Key, x.Name, x.Version)).ToListAsync(ct);
        Retired = await RetiredAsync(regionId, ct);
        return Page();
    }

    private async Task<IReadOnlyList<RetiredRow>> RetiredAsync(string regionId, CancellationToken ct)
    {
        var rows = new List<RetiredRow>();
        rows.AddRange(await db.Pillars.IgnoreQueryFilters().AsNoTracking().Where(x => x.RegionId == regionId && x.RetiredAtUtc != null)
            .Select(x => new RetiredRow(PlanEditorKinds.Pillar, x.Key, x.Name, x.RetiredAtUtc!.Value)).ToListAsync(ct));
        rows.AddRange(await db.Goals.IgnoreQueryFilters().AsNoTracking().Where(x => x.RegionId == regionId && x.RetiredAtUtc != null)
            .Select(x => new RetiredRow(PlanEditorKinds.Goal, x.Key, x.Title, x.RetiredAtUtc!.Value)).ToListAsync(ct));
        rows.AddRange(await db.Results.IgnoreQueryFilters().AsNoTracking().Where(x => x.RegionId == regionId && x.RetiredAtUtc != null)
            .Select(x => new RetiredRow(PlanEditorKinds.Result, x.Key, x.Title, x.RetiredAtUtc!.Value)).ToListAsync(ct));
        rows.AddRange(await db.Actions.IgnoreQueryFilters().AsNoTracking().Where(x => x.RegionId == regionId && x.RetiredAtUtc != null)
            .Select(x => new RetiredRow(PlanEditorKinds.Action, x.Key, x.Title, x.RetiredAtUtc!.Value)).ToListAsync(ct));
        rows.AddRange(await db.TargetGroups.IgnoreQueryFilters().AsNoTracking().Where(x => x.RegionId == regionId && x.RetiredAtUtc != null)
            .Select(x => new RetiredRow(PlanEditorKinds.TargetGroup, x.Key, x.Name, x.RetiredAtUtc!.Value)).ToListAsync(ct));
        rows.AddRange(await db.Preconditions.IgnoreQueryFilters().AsNoTracking().Where(x => x.RegionId == regionId && x.RetiredAtUtc != null)
            .Select(x => new RetiredRow(PlanEditorKinds.Precondition, x.Key, x.Title, x.RetiredAtUtc!.Value)).ToListAsync(ct));
        rows.AddRange(await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(x => x.RegionId == regionId && x.RetiredAtUtc != null)
            .Select(x => new RetiredRow(PlanEditorKinds.Organisation, x.Key, x.Name, x.RetiredAtUtc!.Value)).ToListAsync(ct));
        return rows.OrderByDescending(r => r.RetiredAtUtc).ToList();
    }

    /// <summary>Up/down buttons: plain forms, so reordering works without JavaScript.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string regionId, string kind, string key, int version, string direction, CancellationToken ct)
    {
        try
        {
            if (await handler.MoveAsync(regionId, kind, key, new MovePlanItemRequest { Version = version, Direction = direction == "up" ? "up" : "down" },
                    actor.Actor, ct) is null) return NotFound();
            TempData["Status"] = Texts.Get("edit.saved");
        }
        catch (NotAllowed) { return Forbid(); }
        catch (EditConflict) { TempData["Status"] = Texts.Get("edit.conflict"); }
        catch (RuleViolation rule) { TempData["Status"] = Texts.Get(rule.Code, rule.Arguments); }
        return Redirect($"/regio/{regionId}/plan/bewerken#{kind}-{key}");
    }
}
