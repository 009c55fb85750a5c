using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Governance.Decisions;

/// <summary>
/// One proposal and its way to consent. The public sees it once decided or withdrawn; the coordinator
/// records objections, how they were met, amendments, the decision or the withdrawal.
/// </summary>
[Access(Scope.Public)]
public sealed class DetailsModel(GovernanceQueries queries, ChangeDecisionHandler handler, ICurrentActor actor, TimeProvider clock) : PageModel, IReloadsAfterWriteError
{
    [BindProperty] public ChangeDecisionRequest Change { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public DecisionView Decision { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public bool IsOpen => Decision.Status is "open" or "amended";
    public DateOnly Today => DateOnly.FromDateTime(GovernanceLabels.ToLocal(clock.GetUtcNow().UtcDateTime));

    public async Task<IActionResult> OnGetAsync(string regionId, Guid decisionId, CancellationToken ct) =>
        await LoadAsync(regionId, decisionId, ct) ? Page() : NotFound();

    [Access(Scope.Coordinator)] public Task<IActionResult> OnPostObjectAsync(string regionId, Guid decisionId, CancellationToken ct) => RunAsync(regionId, decisionId, "object", "governance.objection-saved", ct);
    [Access(Scope.Coordinator)] public Task<IActionResult> OnPostMeetAsync(string regionId, Guid decisionId, CancellationToken ct) => RunAsync(regionId, decisionId, "meet", "governance.objection-met-saved", ct);
    [Access(Scope.Coordinator)] public Task<IActionResult> OnPostAmendAsync(string regionId, Guid decisionId, CancellationToken ct) => RunAsync(regionId, decisionId, "amend", "governance.amended-saved", ct);
    [Access(Scope.Coordinator)] public Task<IActionResult> OnPostDecideAsync(string regionId, Guid decisionId, CancellationToken ct) => RunAsync(regionId, decisionId, "decide", "governance.decided-saved", ct);
    [Access(Scope.Coordinator)] public Task<IActionResult> OnPostWithdrawAsync(string regionId, Guid decisionId, CancellationToken ct) => RunAsync(regionId, decisionId, "withdraw", "governance.withdrawn-saved", ct);

    private async Task<IActionResult> RunAsync(string regionId, Guid decisionId, string action, string savedCode, CancellationToken ct)
    {
        posted = (regionId, decisionId);
        if (!ModelState.IsValid) return await LoadAsync(regionId, decisionId, ct) ? Page() : NotFound();
        if (await handler.ChangeAsync(regionId, decisionId, action, Change, actor.Actor, ct) is null) return NotFound();
        TempData["Status"] = Texts.Get(savedCode);
        return Redirect($"/regio/{regionId}/besluit/{decisionId}");
    }

    private (string Region, Guid Decision) posted;

    public Task<bool> ReloadAfterWriteErrorAsync(CancellationToken ct) => LoadAsync(posted.Region, posted.Decision, ct);

    private async Task<bool> LoadAsync(string regionId, Guid decisionId, CancellationToken ct)
    {
        var decision = await queries.GetDecisionAsync(regionId, decisionId, ct);
        if (decision is null) return false;
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        (RegionId, Decision) = (regionId, decision);
        // Proposals still in consultation are not public.
        if (IsOpen && !CanManage) return false;
        ModelState.Remove("Change.Version");
        Change.Version = decision.Version;
        return true;
    }
}
