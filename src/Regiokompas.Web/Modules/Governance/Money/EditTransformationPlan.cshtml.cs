using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Money;

/// <summary>Create (no key) or edit a transformation plan: budget, dates, applicants, funding route and the results it should move.</summary>
[Access(Scope.PillarLead)]
public sealed class EditTransformationPlanModel(SaveTransformationPlanHandler handler, PlanQueries plan, ICurrentActor actor) : PageModel
{
    [BindProperty] public SaveTransformationPlanRequest Input { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public string? Key { get; private set; }
    public IReadOnlyList<PlanItemRef> Items { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string? key, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, key, ct)) return NotFound();
        if (key is not null)
        {
            if (await handler.GetAsync(regionId, key, ct) is not { } t) return NotFound();
            Input = new SaveTransformationPlanRequest
            {
                Title = t.Title, Description = t.Description, Pillar = t.Pillar, Applicants = [.. t.Applicants], FundingRoute = t.FundingRoute,
                RequestedBudget = t.RequestedBudget, GrantedBudget = t.GrantedBudget, QuickCheckOn = t.QuickCheckOn, SubmittedOn = t.SubmittedOn,
                DecisionOn = t.DecisionOn, StartOn = t.StartOn, EndOn = t.EndOn, Results = [.. t.Results], Version = t.Version,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, string? key, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, key, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return await this.SaveAsync(() => key is null ? handler.CreateAsync(regionId, Input, actor.Actor, ct) : handler.EditAsync(regionId, key, Input, actor.Actor, ct),
            "edit.saved", saved => $"/regio/{regionId}/transformatieplannen#tp-{saved.Key}");
    }

    private async Task<bool> LoadAsync(string regionId, string? key, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return false;
        (RegionId, RegionName, Key) = (regionId, region.Name, key);
        Items = await plan.GetPlanItemRefsAsync(regionId, ct);
        Organisations = await plan.GetOrganisationsAsync(regionId, ct);
        return true;
    }
}
