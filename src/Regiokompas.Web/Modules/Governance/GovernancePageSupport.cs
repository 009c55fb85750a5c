using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Governance;

internal static class GovernancePageSupport
{
    /// <summary>
    /// Runs one write from a page form: saved → status text and redirect; not found → 404; not allowed → 403;
    /// an edit conflict or a broken rule → the page again with the message in Dutch, nothing changed.
    /// </summary>
    public static async Task<IActionResult> SaveAsync<T>(this PageModel page, Func<Task<T?>> save, string savedCode, Func<T, string> redirectTo)
        where T : class
    {
        try
        {
            if (await save() is not { } saved) return new NotFoundResult();
            page.TempData["Status"] = Texts.Get(savedCode);
            return new RedirectResult(redirectTo(saved));
        }
        catch (NotAllowed) { return new ForbidResult(); }
        catch (EditConflict) { page.ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict")); }
        catch (RuleViolation rule) { page.ModelState.AddModelError(string.Empty, Texts.Get(rule.Code, rule.Arguments)); }
        return new PageResult();
    }
}
