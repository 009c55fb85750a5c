using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Decisions;

/// <summary>The public decision list of a region, filtered by body, pillar and period. Coordinators also see open proposals.</summary>
[Access(Scope.Public)]
public sealed class IndexModel(GovernanceQueries queries, PlanQueries plan, ICurrentActor actor) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Body { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pillar { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<DecisionView> Decisions { get; private set; } = [];
    public IReadOnlyList<BodyView> Bodies { get; private set; } = [];
    public IReadOnlyList<NamedRef> Pillars { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return NotFound();
        (RegionId, RegionName) = (regionId, region.Name);
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        Bodies = await queries.GetBodiesAsync(regionId, includeInactive: true, includePrivate: false, ct);
        Pillars = (await plan.GetPlanItemRefsAsync(regionId, ct)).Where(i => i.Kind == "pillar").Select(i => new NamedRef(i.Key, i.Title)).ToList();
        Decisions = await queries.GetDecisionsAsync(regionId, new DecisionFilter(Body, Pillar, From, To, IncludeOpen: CanManage), ct);
        return Page();
    }
}
