using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules;

[Access(Scope.Public)]
public sealed class IndexModel(PlanQueries queries) : PageModel
{
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Regions = await queries.GetRegionsAsync(ct);
}
