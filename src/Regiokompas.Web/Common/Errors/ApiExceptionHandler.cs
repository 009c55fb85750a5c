using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Errors;

/// <summary>Turns exceptions on /api requests into RFC 9457 problem details; pages fall through to /Error.</summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // The middleware has already swapped Request.Path for the error page; the feature keeps the original.
        var path = http.Features.Get<IExceptionHandlerFeature>()?.Path ?? http.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) return false;
        var problem = exception switch
        {
            BadHttpRequestException bad => Http.BoundedBody.Unreadable(bad),
            RuleViolation rule => Problem(StatusCodes.Status409Conflict, Texts.Get(rule.Code, rule.Arguments), rule.Code),
            EditConflict conflict => ConflictProblem(conflict),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, Texts.Get("edit.conflict"), "edit.conflict"),
            NotAllowed notAllowed => Problem(StatusCodes.Status403Forbidden, Texts.Get(notAllowed.Message), notAllowed.Message),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, Texts.Get("error.server"), "error.server");
        }
        problem.Instance = path;
        problem.Extensions["traceId"] = http.TraceIdentifier;
        http.Response.StatusCode = problem.Status!.Value;
        // Written directly rather than through IProblemDetailsService, whose writers may decline
        // depending on the Accept header: API errors must always be problem details.
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        return true;
    }

    private static ProblemDetails Problem(int status, string title, string code)
    {
        var p = new ProblemDetails { Status = status, Title = title };
        p.Extensions["code"] = code;
        return p;
    }

    private static ProblemDetails ConflictProblem(EditConflict c)
    {
        var p = Problem(StatusCodes.Status409Conflict, Texts.Get("edit.conflict"), "edit.conflict");
        p.Detail = c.ChangedBy is null
            ? $"{c.Item}: u werkte met versie {c.YourVersion}, de huidige versie is {c.CurrentVersion}."
            : $"{c.Item}: gewijzigd door {c.ChangedBy} op {c.ChangedAtUtc:yyyy-MM-dd HH:mm} UTC (versie {c.CurrentVersion}); u werkte met versie {c.YourVersion}.";
        p.Extensions["yourVersion"] = c.YourVersion;
        p.Extensions["currentVersion"] = c.CurrentVersion;
        p.Extensions["changedBy"] = c.ChangedBy;
        p.Extensions["changedAt"] = c.ChangedAtUtc;
        p.Extensions["current"] = c.Current;
        return p;
    }
}
