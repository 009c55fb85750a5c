using Microsoft.AspNetCore.Mvc;
using Regiokompas.Web.Modules.Governance.FollowUp;

namespace Regiokompas.Web.Modules.Governance.Money;

public sealed record BoardGovernance(IReadOnlyList<DecisionView> Decisions, IReadOnlyList<MilestoneView> Met, IReadOnlyList<MilestoneView> Missed,
    IReadOnlyList<BudgetYear> Budget, decimal Requested, decimal Granted);

/// <summary>
/// The board report's section on decisions taken, milestones met or missed, and money, for one period:
/// <c>await Component.InvokeAsync("BoardGovernance", new { regionId, from, to })</c>.
/// </summary>
public sealed class BoardGovernanceViewComponent(GovernanceQueries governance, FollowUpQueries followUp, BudgetHandler budget) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string regionId, DateOnly from, DateOnly to)
    {
        var ct = HttpContext.RequestAborted;
        var decisions = (await governance.GetDecisionsAsync(regionId, new DecisionFilter(From: from, To: to), ct))
            .Where(d => d.Status == "decided").ToList();
        var milestones = (await followUp.GetMilestonesAsync(regionId, ct)).Where(m => m.Due >= from && m.Due <= to).ToList();
        var money = await budget.GetAsync(regionId, ct);
        return View("/Modules/Governance/Money/_BoardGovernance.cshtml", new BoardGovernance(decisions,
            milestones.Where(m => m.Outcome == "met").ToList(), milestones.Where(m => m.Outcome == "missed").ToList(),
            money?.Years.Where(y => y.Year >= from.Year && y.Year <= to.Year).ToList() ?? [], money?.TransformationRequested ?? 0, money?.TransformationGranted ?? 0));
    }
}
