using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Web.Modules.CareDirectory.Services;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.CareDirectory.Hulp;

/// <summary>
/// The "klopt nog" link from the reminder e-mail. Opening the link only shows the entry; the owner
/// confirms with a button, so mail scanners that follow links confirm nothing.
/// </summary>
[Access(Scope.Public)]
public sealed class KloptNogModel(AssureLinks links, CareDirectoryQueries queries, AssureServiceHandler assure) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }
    public ServiceView? Service { get; private set; }
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (links.Read(Token) is not { } id) return Page();
        Service = await queries.GetAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (links.Read(Token) is not { } id) return Page();
        if (await assure.HandleWithLinkAsync(id, ct) is null) return NotFound();
        Service = await queries.GetAsync(id, ct);
        Confirmed = true;
        return Page();
    }
}
