using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>Create (no code in the route), edit or retire one indicator of the region.</summary>
[Access(Scope.Coordinator)]
public sealed class EditModel(IndicatorAdminHandler handler, PlanQueries plans, ICurrentActor actor) : PageModel
{
    [BindProperty] public IndicatorInput Input { get; set; } = new();

    /// <summary>The age groups as typed: separated by commas.</summary>
    [BindProperty] public string? AgeGroupsText { get; set; }

    public RegionSummary Region { get; private set; } = null!;
    public string? Code { get; private set; }
    public IndicatorDetail? Existing { get; private set; }
    public bool CanEditDefinition { get; private set; } = true;
    public IReadOnlyList<OrganisationIdRef> Organisations { get; private set; } = [];
    public IndicatorInput? ConflictCurrent { get; private set; }
    public string? ConflictBy { get; private set; }
    public DateTime? ConflictAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, string? code, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, code, ct)) return NotFound();
        if (Existing is { } found)
        {
            Input = found.Definition;
            AgeGroupsText = string.Join(", ", found.Definition.AgeGroups ?? []);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, string? code, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, code, ct)) return NotFound();
        Input.AgeGroups = (AgeGroupsText ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        Input.AreaLevels ??= [];
        if (Existing is { } shared && !CanEditDefinition)
        {
            // The definition's fields are shown disabled (not posted): only the owner and the version come from the form.
            var (owner, version) = (Input.Owner, Input.Version);
            Input = shared.Definition;
            (Input.Owner, Input.Version) = (owner, version);
            AgeGroupsText = string.Join(", ", Input.AgeGroups ?? []);
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal) && k is not ("Input.Owner" or "Input.Version")).ToList())
                ModelState.Remove(key);
        }
        if (!ModelState.IsValid) return Page();
        try
        {
            if (code is null)
            {
                var created = await handler.CreateAsync(regionId, Input, actor.Actor, ct);
                if (created is null) return NotFound();
                TempData["Status"] = MonitoringTexts.Get("monitoring.indicator-created");
                return Redirect($"/regio/{regionId}/monitor/indicatoren/bewerken/{created.Code}");
            }
            if (await handler.EditAsync(regionId, code, Input, actor.Actor, ct) is null) return NotFound();
            TempData["Status"] = Texts.Get("edit.saved");
            return Redirect($"/regio/{regionId}/monitor/indicatoren/bewerken/{code}");
        }
        catch (NotAllowed notAllowed) { ModelState.AddModelError(string.Empty, Texts.Get(notAllowed.Message)); }
        catch (RuleViolation rule) { ModelState.AddModelError(string.Empty, Texts.Get(rule.Code, rule.Arguments)); }
        catch (EditConflict conflict) { ShowConflict(conflict); }
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(string regionId, string code, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, code, ct)) return NotFound();
        try
        {
            if (await handler.RetireAsync(regionId, code, Input.Version ?? -1, actor.Actor, ct) is null) return NotFound();
            TempData["Status"] = MonitoringTexts.Get("monitoring.indicator-retired-done");
            return Redirect($"/regio/{regionId}/monitor/indicatoren");
        }
        catch (NotAllowed notAllowed) { ModelState.AddModelError(string.Empty, Texts.Get(notAllowed.Message)); }
        catch (RuleViolation rule) { ModelState.AddModelError(string.Empty, Texts.Get(rule.Code, rule.Arguments)); }
        catch (EditConflict conflict) { ShowConflict(conflict); }
        Input = Existing!.Definition;
        AgeGroupsText = string.Join(", ", Input.AgeGroups ?? []);
        return Page();
    }

    private void ShowConflict(EditConflict conflict)
    {
        (ConflictCurrent, ConflictBy, ConflictAt) = ((IndicatorInput)conflict.Current, conflict.ChangedBy, conflict.ChangedAtUtc);
        // The next save deliberately builds on the version the user has now seen.
        ModelState.Remove("Input.Version");
        Input.Version = conflict.CurrentVersion;
        ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict"));
    }

    private async Task<bool> LoadAsync(string regionId, string? code, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return false;
        (Region, Code) = (region, code);
        Organisations = (await plans.GetOrganisationRefsAsync(regionId, ct)).OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();
        if (code is null) return true;
        Existing = await handler.GetAsync(regionId, code, ct);
        CanEditDefinition = Existing is not null && IndicatorPermissions.CanEditDefinition(actor.Actor, regionId, Existing.Region);
        return Existing is not null;
    }
}
