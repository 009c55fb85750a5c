using Regiokompas.Web.Common.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Regions;

/// <summary>Recent changes across a region's plan; for signed-in users, since it names staff.</summary>
[Access(Scope.Organisation)]
public sealed class ChangesModel(PlanQueries queries) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await queries.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        (RegionId, RegionName) = (region.Id, region.Name);
        Lines = await queries.GetRecentAuditAsync(regionId, 100, ct);
        return Page();
    }

    public string? LinkFor(string entityType, string entityKey) => entityType switch
    {
        nameof(PlanResult) => $"/regio/{RegionId}/resultaat/{entityKey}",
        nameof(PlanAction) => $"/regio/{RegionId}/actie/{entityKey}",
        _ => null,
    };
}
