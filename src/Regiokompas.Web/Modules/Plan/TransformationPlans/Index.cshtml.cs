using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.TransformationPlans;

[Access(Scope.Public)]
public sealed class IndexModel(AppDbContext db, ICurrentActor actor, ChangeTransformationPlanStatusHandler handler) : PageModel
{
    public sealed record PlanCard(string Key, string Title, string? Description, string? PillarName, IReadOnlyList<string> Applicants,
        FundingRoute FundingRoute, decimal? Budget, int Version, bool CanEdit, IReadOnlyList<TransformationPlanStatus> Next,
        decimal? Granted = null, IReadOnlyList<(string Label, DateOnly Date)>? Dates = null, IReadOnlyList<(string Key, string Title)>? Results = null);
    public sealed record StatusGroup(TransformationPlanStatus Status, IReadOnlyList<PlanCard> Plans);

    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<StatusGroup> Groups { get; private set; } = [];
    public bool CanCreate { get; private set; }

    private static List<(string, DateOnly)> Dates(TransformationPlan t) =>
        new (string Label, DateOnly? Date)[]
        {
            (Ui.T("snelle toets", "quick check"), t.QuickCheckOn), (Ui.T("ingediend", "submitted"), t.SubmittedOn),
            (Ui.T("besluit", "decision"), t.DecisionOn), (Ui.T("start", "start"), t.StartOn), (Ui.T("einde", "end"), t.EndOn),
        }.Where(d => d.Date is not null).Select(d => (d.Label, d.Date!.Value)).ToList();

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct) => await LoadAsync(regionId, ct) ? Page() : NotFound();

    [Access(Scope.PillarLead)]
    public async Task<IActionResult> OnPostAsync(string regionId, string key, int version, string status, CancellationToken ct)
    {
        try
        {
            await handler.HandleAsync(regionId, key, new ChangeTransformationPlanStatusRequest { Version = version, Status = status }, actor.Actor, ct);
            TempData["Status"] = Texts.Get("edit.saved");
        }
        catch (NotAllowed) { return Forbid(); }
        catch (EditConflict) { TempData["Status"] = Texts.Get("edit.conflict"); }
        catch (RuleViolation rule) { TempData["Status"] = Texts.Get(rule.Code, rule.Arguments); }
        return Redirect($"/regio/{regionId}/transformatieplannen");
    }

    private async Task<bool> LoadAsync(string regionId, CancellationToken ct)
    {
        var name = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(ct);
        if (name is null) return false;
        (RegionId, RegionName) = (regionId, name);
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var orgs = await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId).ToDictionaryAsync(o => o.Key, o => o.Name, ct);
        var plans = await db.TransformationPlans.AsNoTracking().Where(t => t.RegionId == regionId).OrderBy(t => t.SortOrder).ToListAsync(ct);
        var results = await db.Results.AsNoTracking().Where(r => r.RegionId == regionId).ToDictionaryAsync(r => r.Key, r => r.Title, ct);
        CanCreate = PlanPermissions.CanEditRegion(actor.Actor, regionId) || actor.Actor.LeadPillars.Count > 0;
        var cards = plans.Select(t =>
        {
            var canEdit = t.PillarId is { } pid ? PlanPermissions.CanEditPillar(actor.Actor, regionId, pid) : PlanPermissions.CanEditRegion(actor.Actor, regionId);
            var next = Enum.GetValues<TransformationPlanStatus>().Where(s => TransformationPlan.CanMove(t.Status, s)).ToList();
            return (t.Status, Card: new PlanCard(t.Key, t.Title, t.Description, t.PillarId is { } p ? pillars.GetValueOrDefault(p) : null,
                t.ApplicantKeys.Select(k => orgs.GetValueOrDefault(k, k)).ToList(), t.FundingRoute, t.Budget, t.Version, canEdit, next,
                t.GrantedBudget, Dates(t), t.ResultKeys.Where(results.ContainsKey).Select(k => (k, results[k])).ToList()));
        }).ToList();
        Groups = Enum.GetValues<TransformationPlanStatus>()
            .Select(s => new StatusGroup(s, cards.Where(c => c.Status == s).Select(c => c.Card).ToList())).ToList();
        return true;
    }
}
