using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Regions;

[Access(Scope.Public)]
public sealed class DetailsModel(PlanQueries queries) : PageModel
{
    public PlanTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await queries.GetPlanTreeAsync(regionId, ct) is not { } tree) return NotFound();
        Tree = tree;
        return Page();
    }
}
