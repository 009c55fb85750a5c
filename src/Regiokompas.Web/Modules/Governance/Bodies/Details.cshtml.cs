using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Governance.Meetings;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Governance.Bodies;

/// <summary>One body: its mandate, contact and calendar; the coordinator plans meetings here.</summary>
[Access(Scope.Public)]
public sealed class DetailsModel(GovernanceQueries queries, PlanQueries plan, PlanMeetingHandler meetings, ICurrentActor actor) : PageModel
{
    [BindProperty] public PlanMeetingRequest Meeting { get; set; } = new();
    public string RegionId { get; private set; } = "";
    public string RegionName { get; private set; } = "";
    public BodyView Body { get; private set; } = null!;
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionId, string bodyKey, CancellationToken ct) =>
        await LoadAsync(regionId, bodyKey, ct) ? Page() : NotFound();

    [Access(Scope.Coordinator)]
    public async Task<IActionResult> OnPostMeetingAsync(string regionId, string bodyKey, CancellationToken ct)
    {
        if (!await LoadAsync(regionId, bodyKey, ct)) return NotFound();
        Meeting.Body = bodyKey;
        ModelState.Remove("Meeting.Body");
        if (!ModelState.IsValid) return Page();
        var id = await meetings.CreateAsync(regionId, Meeting, actor.Actor, ct);
        TempData["Status"] = Texts.Get("governance.meeting-saved");
        return Redirect($"/regio/{regionId}/vergadering/{id}");
    }

    private async Task<bool> LoadAsync(string regionId, string bodyKey, CancellationToken ct)
    {
        if (await plan.GetRegionAsync(regionId, ct) is not { } region) return false;
        CanManage = PlanPermissions.CanEditRegion(actor.Actor, regionId);
        var body = await queries.GetBodyAsync(regionId, bodyKey, includePrivate: User.Identity?.IsAuthenticated == true, ct);
        if (body is null || (!body.Active && !CanManage)) return false;
        (RegionId, RegionName, Body) = (regionId, region.Name, body);
        Meetings = await queries.GetMeetingsAsync(regionId, bodyKey, ct);
        return true;
    }
}
