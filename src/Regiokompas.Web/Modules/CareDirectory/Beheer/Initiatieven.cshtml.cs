using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.CareDirectory.Services;

namespace Regiokompas.Web.Modules.CareDirectory.Beheer;

/// <summary>The directory moderator's queue of proposed initiatives, oldest first.</summary>
[Access(Scope.Administrator)]
public sealed class InitiatievenModel(InitiativeHandler handler) : PageModel
{
    public IReadOnlyList<InitiativeProposal> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Pending = await handler.PendingAsync(ct);
}
