using Microsoft.AspNetCore.Mvc;

namespace Regiokompas.Web.Modules.Monitoring;

/// <summary>
/// The one banner that marks demo figures, on every monitor page that shows figures:
/// <c>await Component.InvokeAsync("DemoNotice", new { regionId })</c>. The report files say it with the same text.
/// </summary>
public sealed class DemoNoticeViewComponent(MonitoringQueries monitoring) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string regionId) =>
        await monitoring.HasFictitiousFiguresAsync(regionId, HttpContext.RequestAborted)
            ? View("/Modules/Monitoring/_DemoNotice.cshtml", MonitoringTexts.Get("monitoring.demo-notice"))
            : Content(string.Empty);
}
