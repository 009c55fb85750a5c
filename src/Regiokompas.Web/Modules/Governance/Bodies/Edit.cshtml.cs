using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Bodies;

/// <summary>Create (no key) or change a body.</summary>
[Access(Scope.Coordinator)]
public sealed class EditModel(GovernanceQueries queries, PlanQueries plan, SaveBodyHandler handler, ICurrentActor actor) : PageModel, IShowsEditConflict
{
    [BindProperty] public SaveBodyRequest Input { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public string? BodyKey { get; private set; }
    public IReadOnlyList<NamedRef> Organisations { get; private set; } = [];
    public IReadOnlyList<NamedRef> Pillars { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string? bodyKey, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, bodyKey, ct)) return NotFound();
        if (bodyKey is null) return Page();
        var b = await queries.GetBodyAsync(regionId, bodyKey, includePrivate: true, ct);
        if (b is null) return NotFound();
        Input = new SaveBodyRequest
        {
            Version = b.Version, Name = b.Name, Kind = b.Kind, Mandate = b.Mandate, Chair = b.Chair, Secretary = b.Secretary,
            MemberOrganisations = b.MemberOrganisations.Select(o => o.Key).ToList(), MemberNames = [string.Join("\n", b.MemberNames ?? [])],
            ContactRole = b.ContactRole, ContactEmail = b.ContactEmail, PublicContactName = b.PublicContactName,
            Pillars = b.Pillars.Select(p => p.Key).ToList(), Active = b.Active,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, string? bodyKey, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, bodyKey, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return await this.SaveAsync(() => bodyKey is null
                ? handler.CreateAsync(regionId, Input, actor.Actor, queries, ct)
                : handler.EditAsync(regionId, bodyKey, Input, actor.Actor, queries, ct),
            "governance.body-saved", saved => $"/regio/{regionId}/regiotafel/{saved.Key}");
    }

    public void ShowConflict(EditConflict conflict) => Input.Version = conflict.CurrentVersion;

    private async Task<bool> LoadAsync(string regionId, string? bodyKey, CancellationToken ct)
    {
        (RegionId, BodyKey) = (regionId, bodyKey);
        if (!await queries.RegionExistsAsync(regionId, ct)) return false;
        Organisations = (await plan.GetOrganisationRefsAsync(regionId, ct)).Select(o => new NamedRef(o.Key, o.Name)).ToList();
        Pillars = (await plan.GetPlanItemRefsAsync(regionId, ct)).Where(i => i.Kind == "pillar").Select(i => new NamedRef(i.Key, i.Title)).ToList();
        return true;
    }
}
