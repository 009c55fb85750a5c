using Microsoft.AspNetCore.Mvc;

namespace Regiokompas.Web.Modules.Governance.Chains;

/// <summary>
/// The monitor's chain counts, taken from the chains matrix so the two never disagree:
/// <c>await Component.InvokeAsync("ChainCounts", new { regionId })</c>.
/// </summary>
public sealed class ChainCountsViewComponent(PreventionChainQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string regionId)
    {
        var matrix = await queries.GetMatrixAsync(regionId, HttpContext.RequestAborted);
        return matrix is null || matrix.Chains.Count == 0 ? Content(string.Empty) : View("/Modules/Governance/Chains/_ChainCounts.cshtml", matrix);
    }
}
