using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Governance.Decisions;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Meetings;

/// <summary>A meeting: agenda on the plan, minutes, and the proposals put to it.</summary>
[Access(Scope.Public)]
public sealed class DetailsModel(GovernanceQueries queries, PlanMeetingHandler meetings, ChangeDecisionHandler decisions, ICurrentActor actor) : PageModel, IReloadsAfterWriteError
{
    [BindProperty] public AddAgendaItemRequest Item { get; set; } = new();
    [BindProperty] public RecordMinutesRequest MinutesInput { get; set; } = new();
    [BindProperty] public ProposeDecisionRequest Proposal { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public MeetingView Meeting { get; private set; } = null!;
    public IReadOnlyList<DecisionView> Decisions { get; private set; } = [];
    public IReadOnlyList<PlanItemRef> PlanItems { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(string regionId, Guid meetingId, CancellationToken ct) =>
        await LoadAsync(regionId, meetingId, ct) ? Page() : NotFound();

    [Access(Scope.Coordinator)]
    public Task<IActionResult> OnPostAgendaItemAsync(string regionId, Guid meetingId, CancellationToken ct) =>
        RunAsync(regionId, meetingId, "Item", "governance.agenda-item-added",
            async () => await meetings.AddAgendaItemAsync(regionId, meetingId, Item, actor.Actor, ct) is not null, ct);

    [Access(Scope.Coordinator)]
    public Task<IActionResult> OnPostMinutesAsync(string regionId, Guid meetingId, CancellationToken ct) =>
        RunAsync(regionId, meetingId, "MinutesInput", "governance.minutes-saved",
            () => meetings.RecordMinutesAsync(regionId, meetingId, MinutesInput, actor.Actor, ct), ct);

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostProposalAsync(string regionId, Guid meetingId, CancellationToken ct)
    {
        DecisionView? created = null;
        var result = await RunAsync(regionId, meetingId, "Proposal", "governance.proposal-saved",
            async () => (created = await decisions.ProposeAsync(regionId, meetingId, Proposal, actor.Actor, ct)) is not null, ct);
        return created is null ? result : Redirect($"/regio/{regionId}/besluit/{created.Id}");
    }

    /// <summary>Each form posts only its own fields, so only that form's validation counts.</summary>
    private async Task<IActionResult> RunAsync(string regionId, Guid meetingId, string prefix, string savedCode, Func<Task<bool>> work, CancellationToken ct)
    {
        posted = (regionId, meetingId);
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (!ModelState.IsValid) return await LoadAsync(regionId, meetingId, ct) ? Page() : NotFound();
        if (!await work()) return NotFound();
        TempData["Status"] = Texts.Get(savedCode);
        return Redirect($"/regio/{regionId}/vergadering/{meetingId}");
    }

    private (string Region, Guid Meeting) posted;

    public Task<bool> ReloadAfterWriteErrorAsync(CancellationToken ct) => LoadAsync(posted.Region, posted.Meeting, ct);

    private async Task<bool> LoadAsync(string regionId, Guid meetingId, CancellationToken ct)
    {
        var meeting = await queries.GetMeetingAsync(regionId, meetingId, ct);
        if (meeting is null) return false;
        (RegionId, Meeting) = (regionId, meeting);
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        var all = await queries.GetDecisionsForMeetingAsync(regionId, meetingId, ct);
        Decisions = CanManage ? all : all.Where(d => d.Status is "decided" or "withdrawn").ToList();
        if (CanManage)
        {
            PlanItems = await queries.PlanItemsAsync(regionId, ct);
            MinutesInput.Version = meeting.Version;
            MinutesInput.Minutes ??= meeting.Minutes;
            Item.Version = meeting.Version;
            ModelState.Remove("MinutesInput.Version");
            ModelState.Remove("Item.Version");
        }
        return true;
    }
}
