using Microsoft.AspNetCore.Mvc;

namespace Regiokompas.Web.Modules.Monitoring;

/// <summary>The status block that plan pages show for a result: <c>await Component.InvokeAsync("ResultStatus", new { regionId, key })</c>.</summary>
public sealed class ResultStatusViewComponent(MonitoringQueries monitoring) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string regionId, string key) =>
        await monitoring.GetResultStatusAsync(regionId, key, HttpContext.RequestAborted) is { } view
            ? View("/Modules/Monitoring/_ResultStatus.cshtml", view)
            : Content(string.Empty);
}
