using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Regiokompas.Web.Common.Authorization;

/// <summary>
/// ASP.NET checks a page's class-level scope before routing reaches the page, but it has no notion of a
/// scope per handler (a public GET with a coordinator-only POST). This filter checks the handler's own
/// [Access] with the same policy, after the handler is chosen and before it runs.
/// </summary>
public sealed class AccessPageFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<AccessAttribute>() is { } access)
        {
            var result = await authorization.AuthorizeAsync(context.HttpContext.User, context.HttpContext, AccessPolicies.Name(access.Scope));
            if (!result.Succeeded)
            {
                context.Result = context.HttpContext.User.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
                return;
            }
        }
        await next();
    }
}
