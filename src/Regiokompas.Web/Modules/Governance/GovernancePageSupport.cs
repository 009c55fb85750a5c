using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Governance;

internal static class GovernancePageSupport
{
    /// <summary>
    /// Runs one write from a page form: saved → status text and redirect; not found → 404. Refusals, edit conflicts
    /// and broken rules are answered by <see cref="WriteErrorPageFilter"/>.
    /// </summary>
    public static async Task<IActionResult> SaveAsync<T>(this PageModel page, Func<Task<T?>> save, string savedCode, Func<T, string> redirectTo)
        where T : class
    {
        if (await save() is not { } saved) return new NotFoundResult();
        page.TempData["Status"] = Texts.Get(savedCode);
        return new RedirectResult(redirectTo(saved));
    }
}
