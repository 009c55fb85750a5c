using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Monitoring.Indicators;
using Regiokompas.Web.Modules.Monitoring.Measurements;
using Regiokompas.Web.Modules.Monitoring.Stories;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring;

public static class MonitoringApi
{
    /// <summary>A CSV upload larger than this is refused before reading; imports stream below it.</summary>
    public const long MaxCsvBytes = 200L * 1024 * 1024;
    public const long MaxJsonBytes = 50L * 1024 * 1024;

    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Monitoring");

        api.MapGet("/regions/{regionId}/indicators", async Task<Results<Ok<IReadOnlyList<IndicatorView>>, NotFound>> (
                string regionId, MonitoringQueries q, ICurrentActor actor, CancellationToken ct) =>
                await q.GetIndicatorsAsync(regionId, MonitoringPermissions.CanPublish(actor.Actor, regionId), ct) is { } list
                    ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ListIndicators").WithSummary("Indicators a region uses, with the results they measure");

        api.MapGet("/indicators/{code}/measurements", async Task<Results<Ok<IReadOnlyList<MeasurementView>>, NotFound>> (
                string code, string? area, string? from, string? to, bool? submitted, MonitoringQueries q, Plan.PlanQueries plans,
                ICurrentActor actor, CancellationToken ct) =>
            {
                // Unpublished figures only for those who check them: the coordinator of the area's region (one region or
                // municipality at a time) and administrators. Everyone else gets published ones, small counts hidden.
                var internalView = submitted == true && (actor.Actor.IsAdministrator
                    || area is { Length: > 0 } && (await plans.GetRegionsAsync(ct)).FirstOrDefault(r =>
                            string.Equals(r.Id, area, StringComparison.OrdinalIgnoreCase)
                            || r.Municipalities.Any(m => string.Equals(m.Code, area, StringComparison.OrdinalIgnoreCase))) is { } region
                        && MonitoringPermissions.CanPublish(actor.Actor, region.Id));
                return await q.GetMeasurementsAsync(code, area, from, to, internalView, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();
            })
            .RequireAccess(Scope.Public).WithName("ListMeasurements").WithSummary("Figures of an indicator; area may be a region (with its municipalities) or a CBS code; from/to are periods");

        api.MapGet("/regions/{regionId}/results/status", async Task<Results<Ok<IReadOnlyList<ResultStatusView>>, NotFound>> (
                string regionId, MonitoringQueries q, CancellationToken ct) =>
                await q.GetRegionStatusesAsync(regionId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ListResultStatuses").WithSummary("Status, explanation and projection of every result of a region");

        api.MapGet("/regions/{regionId}/results/{key}/status", async Task<Results<Ok<ResultStatusView>, NotFound>> (
                string regionId, string key, MonitoringQueries q, CancellationToken ct) =>
                await q.GetResultStatusAsync(regionId, key, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetResultStatus").WithSummary("A result's status with its explanation, projection and published figures");

        api.MapGet("/results/{key}", async Task<IResult> (string key, MonitoringQueries q, CancellationToken ct) =>
            {
                // Result keys come from the plan files and are unique per region only (ADR-002).
                var regions = await q.GetResultRegionsAsync(key, ct);
                if (regions.Count == 0) return TypedResults.NotFound();
                if (regions.Count > 1)
                    return TypedResults.Problem(statusCode: 409, title: MonitoringTexts.Get("monitoring.result-ambiguous", key, string.Join(", ", regions)),
                        extensions: new Dictionary<string, object?> { ["code"] = "monitoring.result-ambiguous", ["regions"] = regions });
                return await q.GetResultStatusAsync(regions[0], key, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
            })
            .RequireAccess(Scope.Public).WithName("GetResult")
            .WithSummary("A result by its key, with status, explanation, projection and published figures; 409 lists the regions when the key is in more than one")
            .Produces<ResultStatusView>().ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/measurements", async (List<MeasurementInput> measurements, bool? dryRun, ImportMeasurementsHandler handler,
                ICurrentActor actor, CancellationToken ct) =>
                Answer(await handler.HandleAsync(measurements.Select((m, i) => m.ToRow(i + 1)).ToAsyncEnumerable(), [],
                    dryRun == true, actor.Actor, actor.Name, ct)))
            .RequireAccess(Scope.Organisation).WithBodyLimit(MaxJsonBytes).WithName("SubmitMeasurements")
            .WithSummary("Submit figures as JSON (line = position in the array, from 1). All or nothing; 422 lists every problem.");

        api.MapPost("/measurements/import", ImportCsvAsync)
            .RequireAccess(Scope.Organisation).WithBodyLimit(MaxCsvBytes).WithName("ImportMeasurements")
            .WithSummary("Submit figures as CSV in the long format (text/csv body). ?dryRun=true only checks. All or nothing; 422 lists every problem with its line.");

        api.MapPost("/regions/{regionId}/measurements/publish", async Task<Results<Ok<PublishOutcome>, NotFound>> (
                string regionId, PublishMeasurementsRequest request, PublishMeasurementsHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, request, actor.Actor, actor.Name, ct) is { } n
                    ? TypedResults.Ok(new PublishOutcome(n)) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("PublishMeasurements").WithSummary("Publish the region's submitted figures (coordinator)");
        api.MapGet("/regions/{regionId}/report", async Task<IResult> (string regionId, string? period, string? format, int? planVersion,
                Dashboard.BoardReportBuilder builder, Plan.PlanQueries plans, TimeProvider clock, CancellationToken ct) =>
            {
                var p = Dashboard.BoardReportBuilder.DefaultPeriod(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
                if (period is not null && (!Period.TryParse(period, out p) || p.Kind is not (PeriodKind.Quarter or PeriodKind.Year)))
                    return TypedResults.Problem(statusCode: 400, title: MonitoringTexts.Get("monitoring.period-invalid", period));
                if (format is "html") return TypedResults.Redirect($"/regio/{regionId}/monitor/rapport?periode={p.Code}");
                if (format is not (null or "json" or "pdf" or "docx"))
                    return TypedResults.Problem(statusCode: 400, title: MonitoringTexts.Get("monitoring.report-format-invalid", format));
                var built = await builder.BuildAsync(regionId, p, ct, planVersion);
                if (built is null && planVersion is { } asked && await plans.GetRegionAsync(regionId, ct) is not null)
                    return TypedResults.Problem(statusCode: 404, title: MonitoringTexts.Get("monitoring.report-plan-version-unknown", asked));
                if (built is not null && format == "pdf")
                    return TypedResults.File(Dashboard.BoardReportPdf.Write(built), "application/pdf", $"rapportage-{regionId}-{p.Code}.pdf");
                if (built is not null && format == "docx")
                    return TypedResults.File(Dashboard.BoardReportDocx.Write(built), Dashboard.BoardReportDocx.ContentType, $"rapportage-{regionId}-{p.Code}.docx");
                return built is { } report
                    ? TypedResults.Ok(new
                    {
                        region = report.Region.Id, period = report.Period.Code, previous = report.Previous.Code,
                        fictitious = report.Fictitious, demoNotice = report.DemoNotice,
                        planVersion = report.PlanVersion, planVersionLine = report.PlanVersionLine,
                        totals = report.Totals.ToDictionary(t => t.Key.ToString(), t => t.Value),
                        pillars = report.Pillars.Select(x => new { x.PillarKey, x.PillarName, counts = x.Counts.ToDictionary(t => t.Key.ToString(), t => t.Value) }),
                        needAttention = report.NeedAttention.Select(x => new { x.ResultKey, x.Title, x.Status, x.Explanation }),
                        changes = report.Changes.Select(c => new { c.Now.ResultKey, before = c.Before, now = c.Now.Status }),
                        freshness = report.Freshness, freshnessAsOf = report.FreshnessAsOf, engagement = report.Engagement,
                    })
                    : TypedResults.NotFound();
            })
            .RequireAccess(Scope.Public).WithName("GetBoardReport").WithSummary("Board report for a quarter or year (period=2025Q4); format=json (default), pdf, docx, or html (the printable page)");

        api.MapGet("/regions/{regionId}/stories", async (string regionId, string? result, MonitoringQueries q, ICurrentActor actor, CancellationToken ct) =>
                await q.GetStoriesAsync(regionId, result, MonitoringPermissions.CanPublish(actor.Actor, regionId), ct))
            .RequireAccess(Scope.Public).WithName("ListStories").WithSummary("Stories, quotes and observations; the public sees those with consent that were made public");

        api.MapPost("/regions/{regionId}/stories", async Task<Results<Created<StoryView>, NotFound>> (
                string regionId, AddStoryRequest request, AddStoryHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, request, actor.Actor, actor.Name, ct) is { } story
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/stories", story) : TypedResults.NotFound())
            .RequireAccess(Scope.PillarLead).WithName("AddStory").WithSummary("Add a story; it can be public only with recorded consent");
        app.MapIndicatorsApi();
        app.MapStoriesApi();
        return app;
    }

    public sealed record PublishOutcome(int Published);

    private static async Task<IResult> ImportCsvAsync(bool? dryRun, HttpRequest request, ImportMeasurementsHandler handler,
        ICurrentActor actor, CancellationToken ct)
    {
        var readProblems = new List<ImportProblem>();
        var rows = LongFormatCsvReader.ReadAsync(request.Body, readProblems, ct);
        return Answer(await handler.HandleAsync(rows, readProblems, dryRun == true, actor.Actor, actor.Name, ct));
    }

    /// <summary>
    /// 200 with the counts, or 422 problem details that carry the same fields, so a client reads
    /// <c>imported</c>, <c>unchanged</c> and <c>errors</c> in both cases.
    /// </summary>
    private static IResult Answer(ImportOutcome outcome)
    {
        var errors = outcome.Errors.Select(e => new { e.Line, e.Field, e.Code, e.Message }).ToList();
        if (outcome.Succeeded)
            return TypedResults.Ok(new { imported = outcome.Imported, unchanged = outcome.Unchanged, errors, dryRun = outcome.DryRun });
        return TypedResults.Problem(statusCode: 422, title: MonitoringTexts.Get("monitoring.import-failed"),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "monitoring.import-failed", ["imported"] = 0, ["unchanged"] = 0, ["errors"] = errors, ["dryRun"] = outcome.DryRun,
            });
    }
}
