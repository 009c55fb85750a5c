using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Stories;

/// <summary>All stories of a region, public and internal, for those who collect them.</summary>
[Access(Scope.PillarLead)]
public sealed class StoriesIndexModel(AppDbContext db, PlanQueries plans, EditStoryHandler stories, ICurrentActor actor) : PageModel
{
    public RegionSummary Region { get; private set; } = null!;
    public IReadOnlyList<StoryEditView> Stories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        if (!await StoryPermissions.CanWriteAsync(db, actor.Actor, regionId, ct)) return Forbid();
        Region = region;
        Stories = await stories.ListAsync(regionId, ct);
        return Page();
    }
}
