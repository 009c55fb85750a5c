using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Http;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>Indicator management for coordinators: define, edit, retire, link, the coverage view and the catalogue file.</summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/regions/{regionId}").WithTags("Monitoring");

        api.MapGet("/indicators/manage", async (string regionId, bool? retired, IndicatorAdminHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(regionId, retired == true, ct)))
            .RequireAccess(Scope.Coordinator).WithName("ListManagedIndicators")
            .WithSummary("The region's indicators with every field, owner and links (coordinator); ?retired=true includes retired ones");

        api.MapPost("/indicators", async Task<Results<Created<IndicatorDetail>, NotFound>> (string regionId, IndicatorInput input,
                IndicatorAdminHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.CreateAsync(regionId, input, actor.Actor, ct) is { } created
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/indicators/{created.Code}", created) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("CreateIndicator")
            .WithSummary("Define a new indicator of the region; 409 with a Dutch message when a rule is broken");

        api.MapGet("/indicators/{code}", async Task<Results<Ok<IndicatorDetail>, NotFound>> (string regionId, string code,
                IndicatorAdminHandler handler, CancellationToken ct) =>
                await handler.GetAsync(regionId, code, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("GetIndicator").WithSummary("One indicator with its version, owner in the region and links");

        api.MapPut("/indicators/{code}", async Task<Results<Ok<IndicatorDetail>, NotFound>> (string regionId, string code, IndicatorInput input,
                IndicatorAdminHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.EditAsync(regionId, code, input, actor.Actor, ct) is { } edited ? TypedResults.Ok(edited) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("EditIndicator")
            .WithSummary("Change an indicator (every field; send the version you read, 409 edit.conflict when it moved on)");

        api.MapPost("/indicators/{code}/retire", async Task<Results<Ok<IndicatorDetail>, NotFound>> (string regionId, string code, RetireIndicatorRequest request,
                IndicatorAdminHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.RetireAsync(regionId, code, request.Version, actor.Actor, ct) is { } retired ? TypedResults.Ok(retired) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("RetireIndicator")
            .WithSummary("Retire an indicator: it leaves current lists and its links in the region end; it and its figures stay");

        api.MapPut("/results/{key}/indicators/{code}", async Task<Results<Ok<IReadOnlyList<ResultLinkView>>, NotFound>> (string regionId, string key,
                string code, LinkIndicatorRequest? request, IndicatorAdminHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.LinkAsync(regionId, key, code, request?.Primary ?? false, actor.Actor, ct) is { } links
                    ? TypedResults.Ok(links) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("LinkIndicator")
            .WithSummary("Link an indicator to a result; primary=true makes it the one that decides the status (the first link always does)");

        api.MapDelete("/results/{key}/indicators/{code}", async Task<Results<Ok<IReadOnlyList<ResultLinkView>>, NotFound>> (string regionId, string key,
                string code, IndicatorAdminHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.UnlinkAsync(regionId, key, code, actor.Actor, ct) is { } links ? TypedResults.Ok(links) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("UnlinkIndicator").WithSummary("End a link between a result and an indicator");

        api.MapGet("/indicator-coverage", async Task<Results<Ok<IndicatorCoverage>, NotFound>> (string regionId, IndicatorCoverageQuery query,
                ICurrentActor actor, CancellationToken ct) =>
                await query.GetAsync(regionId, MonitoringPermissions.CanPublish(actor.Actor, regionId), ct) is { } coverage
                    ? TypedResults.Ok(coverage) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetIndicatorCoverage")
            .WithSummary("How many results have a target, an indicator and published figures, with the gaps listed");

        api.MapGet("/indicator-catalogue", async Task<IResult> (string regionId, IndicatorCatalogueTransfer transfer, CancellationToken ct) =>
                await transfer.ExportAsync(regionId, ct) is { } yaml
                    ? TypedResults.File(Encoding.UTF8.GetBytes(yaml), "application/yaml", $"indicatoren-{regionId}.yaml")
                    : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ExportIndicatorCatalogue")
            .WithSummary("The region's indicator catalogue as a YAML file (docs/indicator-catalogue-format.md)");

        api.MapPost("/indicator-catalogue", async Task<IResult> (string regionId, bool? dryRun, HttpRequest request,
                IndicatorCatalogueTransfer transfer, ICurrentActor actor, CancellationToken ct) =>
            {
                // The body limit (BoundedBody) has already cut off anything above MaxFileBytes.
                var (text, encoding) = await StrictText.ReadUtf8Async(request.Body, ct);
                var outcome = encoding is not null
                    ? new CatalogueImportOutcome(0, 0, 0, 0, dryRun == true, [new CatalogueProblem(encoding.Line, "", encoding.Message)])
                    : await transfer.ImportAsync(regionId, text!, dryRun == true, actor.Actor, ct);
                if (outcome is null) return TypedResults.NotFound();
                var problems = outcome.Problems.Select(p => new { p.Line, p.Field, p.Message }).ToList();
                return outcome.Succeeded
                    ? TypedResults.Ok(new { outcome.Created, outcome.Updated, outcome.Linked, outcome.Unlinked, dryRun = outcome.DryRun, problems })
                    : TypedResults.Problem(statusCode: 422, title: MonitoringTexts.Get("monitoring.catalogue-import-failed"),
                        extensions: new Dictionary<string, object?> { ["code"] = "monitoring.catalogue-import-failed", ["problems"] = problems, ["dryRun"] = outcome.DryRun });
            })
            .RequireAccess(Scope.Coordinator).WithBodyLimit(IndicatorCatalogueReader.MaxFileBytes).WithName("ImportIndicatorCatalogue")
            .WithSummary("Import the region's indicator catalogue (YAML body). ?dryRun=true only checks. All or nothing; 422 lists every problem with its line.");
        return app;
    }

    public sealed record RetireIndicatorRequest(int Version);
}
