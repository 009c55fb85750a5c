using Microsoft.AspNetCore.Mvc;
using Regiokompas.Domain.Governance;

namespace Regiokompas.Web.Modules.Governance;

/// <summary>
/// Decisions about one plan item, for that item's page:
/// <c>await Component.InvokeAsync("PlanItemDecisions", new { regionId, kind = "result", key })</c>.
/// </summary>
public sealed class PlanItemDecisionsViewComponent(GovernanceQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string regionId, string kind, string key)
    {
        if (!EnumNames.TryParse<PlanItemKind>(kind, out var k)) return Content(string.Empty);
        var decisions = await queries.GetDecisionsForPlanItemAsync(regionId, k, key, HttpContext.RequestAborted);
        return decisions.Count == 0 ? Content(string.Empty) : View("/Modules/Governance/_PlanItemDecisions.cshtml", (regionId, decisions));
    }
}
