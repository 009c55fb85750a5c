using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Bodies;

/// <summary>"Wie is wie": the region's active tables, who to contact, and which pillars each steers.</summary>
[Access(Scope.Public)]
public sealed class IndexModel(GovernanceQueries queries, PlanQueries plan, ICurrentActor actor, TimeProvider clock) : PageModel
{
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<BodyView> Bodies { get; private set; } = [];
    public IReadOnlyList<MeetingSummary> Upcoming { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        (RegionId, RegionName) = (regionId, region.Name);
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        // Staff names only for signed-in users; the public sees organisations, roles and the contact the body chose.
        Bodies = await queries.GetBodiesAsync(regionId, includeInactive: CanManage, includePrivate: User.Identity?.IsAuthenticated == true, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Upcoming = (await queries.GetMeetingsAsync(regionId, null, ct)).Where(m => m.EndsAtUtc >= now).Take(10).ToList();
        return Page();
    }
}
