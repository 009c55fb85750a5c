using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Modules.CareDirectory.Services;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

[Access(Scope.SignedIn)]
public sealed class KwaliteitModel(DataQualityReportHandler handler) : PageModel
{
    public QualityOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await handler.HandleAsync(ct);
}
