using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Modules.CareDirectory.Services;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

[Authorize]
public sealed class KwaliteitModel(DataQualityReportHandler handler) : PageModel
{
    public QualityOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await handler.HandleAsync(ct);
}
