using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Errors;

/// <summary>
/// Turns the three errors every page form can meet into what the person sees, so page handlers need no catch
/// blocks of their own: <see cref="NotAllowed"/> → 403; <see cref="RuleViolation"/> and <see cref="EditConflict"/> →
/// the same page again with the Dutch message in the error summary, nothing saved. A page that needs more (reload its
/// lists, show the other person's change) says so through <see cref="IReloadsAfterWriteError"/> and
/// <see cref="IShowsEditConflict"/>. Pages that handle an error differently still catch it themselves first.
/// </summary>
public sealed class WriteErrorPageFilter : IAsyncPageFilter
{
    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled || executed.HandlerInstance is not PageModel page) return;
        switch (executed.Exception)
        {
            case NotAllowed:
                executed.Result = new ForbidResult();
                executed.ExceptionHandled = true;
                return;
            case RuleViolation rule:
                page.ModelState.AddModelError(string.Empty, Texts.Get(rule.Code, rule.Arguments));
                break;
            case EditConflict conflict:
                // Forms post their version as Input.Version; the posted (stale) value must not win over the current one
                // the page sets, so the next save builds on what the person has now seen.
                page.ModelState.Remove("Input.Version");
                if (page is IShowsEditConflict shows) shows.ShowConflict(conflict);
                page.ModelState.AddModelError(string.Empty, Texts.Get("edit.conflict"));
                break;
            default:
                return;
        }
        executed.ExceptionHandled = true;
        var reloaded = page is not IReloadsAfterWriteError reloads || await reloads.ReloadAfterWriteErrorAsync(context.HttpContext.RequestAborted);
        executed.Result = reloaded ? new PageResult() : new NotFoundResult();
    }
}
