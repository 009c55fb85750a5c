using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Regiokompas.Web.Common.Authorization;

/// <summary>
/// ASP.NET checks a page's class-level scope before routing reaches the page, but it has no notion of a
/// scope per handler (a public GET with a coordinator-only POST). This filter finds the handler the request
/// names and checks its own [Access] with the same policy, first of all filters (before antiforgery and binding).
/// </summary>
public sealed class AccessPageFilter(IAuthorizationService authorization) : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.ActionDescriptor is not CompiledPageActionDescriptor page) return;
        var http = context.HttpContext;
        var method = HttpMethods.IsHead(http.Request.Method) ? "GET" : http.Request.Method;
        var name = context.RouteData.Values["handler"]?.ToString() is { Length: > 0 } routed ? routed : http.Request.Query["handler"].FirstOrDefault();
        var handler = page.HandlerMethods.FirstOrDefault(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
            && string.Equals(h.Name ?? "", name ?? "", StringComparison.OrdinalIgnoreCase));
        if (handler?.MethodInfo.GetCustomAttribute<AccessAttribute>() is not { } access) return;
        var result = await authorization.AuthorizeAsync(http.User, http, AccessPolicies.Name(access.Scope));
        if (!result.Succeeded)
            context.Result = http.User.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
    }
}
