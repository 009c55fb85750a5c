using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>"Koppel een indicator": the indicators that measure one result, which one decides its status, and linking another.</summary>
[Access(Scope.Coordinator)]
public sealed class LinkModel(IndicatorAdminHandler handler, PlanQueries plans, ICurrentActor actor) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Kies een indicator."), MaxLength(80)] public string? Indicator { get; set; }
    [BindProperty] public bool Primary { get; set; }

    public RegionSummary Region { get; private set; } = null!;
    public PlanItemRef Result { get; private set; } = null!;
    public IReadOnlyList<IndicatorDetail> Linked { get; private set; } = [];
    public IReadOnlyList<IndicatorDetail> Available { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, string key, CancellationToken ct) =>
        await LoadAsync(regionId, key, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string regionId, string key, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, key, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return await RunAsync(regionId, key, () => handler.LinkAsync(regionId, key, Indicator!, Primary, actor.Actor, ct), "monitoring.indicator-linked", ct);
    }

    public async Task<IActionResult> OnPostPrimaryAsync(string regionId, string key, string code, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, key, ct)) return NotFound();
        return await RunAsync(regionId, key, () => handler.LinkAsync(regionId, key, code, true, actor.Actor, ct), "edit.saved", ct);
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string regionId, string key, string code, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, key, ct)) return NotFound();
        return await RunAsync(regionId, key, () => handler.UnlinkAsync(regionId, key, code, actor.Actor, ct), "monitoring.indicator-unlinked", ct);
    }

    private async Task<IActionResult> RunAsync(string regionId, string key, Func<Task<IReadOnlyList<ResultLinkView>?>> action, string done, CancellationToken ct)
    {
        try
        {
            if (await action() is null) return NotFound();
            TempData["Status"] = Texts.Get(done);
            return Redirect($"/regio/{regionId}/monitor/resultaat/{key}/indicatoren");
        }
        catch (NotAllowed notAllowed) { ModelState.AddModelError(string.Empty, Texts.Get(notAllowed.Message)); }
        catch (RuleViolation rule) { ModelState.AddModelError(string.Empty, Texts.Get(rule.Code, rule.Arguments)); }
        await LoadAsync(regionId, key, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string regionId, string key, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return false;
        if ((await plans.GetPlanItemRefsAsync(regionId, ct)).FirstOrDefault(r => r.Kind == "result" && r.Key == key) is not { } result) return false;
        (Region, Result) = (region, result);
        var all = await handler.ListAsync(regionId, includeRetired: false, ct);
        Linked = all.Where(i => i.Results.Any(r => r.ResultKey == key))
            .OrderByDescending(i => i.Results.First(r => r.ResultKey == key).Primary).ThenBy(i => i.Definition.Name).ToList();
        Available = all.Where(i => i.Results.All(r => r.ResultKey != key)).ToList();
        return true;
    }
}
