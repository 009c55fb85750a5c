using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan.Versions;

/// <summary>The readable difference between two versions of the plan (tot=current: the plan as it is now).</summary>
[Access(Scope.Public)]
public sealed class DiffModel(PlanQueries queries, PlanVersionsHandler versions) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public PlanDiffView Diff { get; private set; } = null!;
    public IReadOnlyList<PlanVersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string? van, string? tot, CancellationToken ct)
    {
        if (await queries.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        (RegionId, RegionName) = (region.Id, region.Name);
        Versions = await versions.ListAsync(regionId, ct);
        var from = van ?? Versions.LastOrDefault()?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? PlanVersionsHandler.Current;
        if (await versions.DiffAsync(regionId, from, tot ?? PlanVersionsHandler.Current, ct) is not { } diff) return NotFound();
        Diff = diff;
        return Page();
    }

    public string Name(string version) => version == PlanVersionsHandler.Current ? "het plan van nu"
        : Versions.FirstOrDefault(v => v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == version) is { } v
            ? $"versie {v.Number} ({v.Label})" : $"versie {version}";
}
