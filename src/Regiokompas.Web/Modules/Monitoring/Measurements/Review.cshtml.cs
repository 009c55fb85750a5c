using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Measurements;

/// <summary>The coordinator checks submitted figures and publishes them.</summary>
[Access(Scope.Coordinator)]
public sealed class ReviewModel(MonitoringQueries queries, PublishMeasurementsHandler publish, ICurrentActor actor) : PageModel
{
    public string RegionId { get; private set; } = "";
    public IReadOnlyList<MonitoringQueries.SubmittedView> Submitted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regionId, CancellationToken ct)
    {
        if (!MonitoringPermissions.CanPublish(actor.Actor, regionId)) return Forbid();
        if (await queries.GetSubmittedAsync(regionId, ct) is not { } list) return NotFound();
        (RegionId, Submitted) = (regionId, list);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regionId, string? indicator, CancellationToken ct)
    {
        if (!MonitoringPermissions.CanPublish(actor.Actor, regionId)) return Forbid();
        var count = await publish.HandleAsync(regionId, new PublishMeasurementsRequest { Indicator = indicator }, actor.Actor, actor.Name, ct);
        if (count is null) return NotFound();
        TempData["Status"] = Texts.IsEnglish ? $"{count} figures published." : $"{count} cijfers gepubliceerd.";
        return Redirect($"/regio/{regionId}/monitor/controleren");
    }
}
