using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Versions;

/// <summary>The plan as it was when a version was marked.</summary>
[Access(Scope.Public)]
public sealed class VersionModel(PlanVersionsHandler versions) : PageModel
{
    public PlanVersionSummary Version { get; private set; } = null!;
    public PlanTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string regionId, int nummer, CancellationToken ct)
    {
        if (await versions.GetAsync(regionId, nummer, ct) is not { } version) return NotFound();
        if (await versions.GetPlanFileAsync(regionId, nummer.ToString(System.Globalization.CultureInfo.InvariantCulture), ct) is not { } file) return NotFound();
        (Version, Tree) = (version, PlanSnapshotTree.ToTree(file));
        return Page();
    }
}
