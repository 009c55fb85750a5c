using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

/// <summary>Printable board report for a quarter or a year; the browser's print makes the PDF.</summary>
[Access(Scope.Public)]
public sealed class ReportModel(BoardReportBuilder builder, TimeProvider clock) : PageModel
{
    public BoardReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string regionId, string? periode, int? versie, CancellationToken ct)
    {
        var period = BoardReportBuilder.DefaultPeriod(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!string.IsNullOrWhiteSpace(periode))
        {
            if (!Period.TryParse(periode, out period) || period.Kind is not (PeriodKind.Quarter or PeriodKind.Year))
                return BadRequest();
        }
        if (await builder.BuildAsync(regionId, period, ct, versie) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
