using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Modules.Monitoring.Regiobeeld;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

public static class CbsConnectorApi
{
    public static IEndpointRouteBuilder MapCbsConnectorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Monitoring");

        api.MapPost("/connectors/cbs/import", async (string region, string table, string? format, bool? dryRun, string? retrieved,
                HttpRequest request, CbsImportHandler handler, ICurrentActor actor, CancellationToken ct) =>
            {
                DateOnly? on = null;
                if (!string.IsNullOrWhiteSpace(retrieved))
                {
                    if (!DateOnly.TryParseExact(retrieved, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        return Answer(new CbsImportOutcome(table, 0, 0, 0, 0, 0, 0, 0,
                            [new(1, "retrieved", "monitoring.cbs-date-invalid", RegiobeeldTexts.Get("monitoring.cbs-date-invalid", retrieved))], dryRun == true));
                    on = d;
                }
                var kind = format ?? (request.ContentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "odata");
                var outcome = await handler.ImportFileAsync(region, table, kind, request.Body, dryRun == true, on, actor.Actor, actor.Name, ct);
                return outcome is null ? Results.NotFound() : Answer(outcome);
            })
            .RequireAccess(Scope.SignedIn).WithBodyLimit(CbsImportHandler.MaxBytes).WithName("ImportCbs")
            .WithSummary("Import a CBS StatLine table (OData v4 JSON or CSV body) through the region's mappings; coordinator; dryRun only checks");

        api.MapGet("/regions/{regionId}/connectors/cbs/mappings", async Task<Results<Ok<IReadOnlyList<CbsMappingView>>, NotFound>> (
                string regionId, CbsMappingsHandler handler, CancellationToken ct) =>
                await handler.ListAsync(regionId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ListCbsMappings").WithSummary("The region's CBS mappings (table, measure, filter → indicator)");

        api.MapPost("/regions/{regionId}/connectors/cbs/mappings", async Task<Results<Created<CbsMappingView>, NotFound>> (
                string regionId, CbsMappingRequest body, CbsMappingsHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.SaveAsync(regionId, null, body, actor.Actor, ct) is { } view
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/connectors/cbs/mappings/{view.Id}", view)
                    : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("AddCbsMapping").WithSummary("Add a CBS mapping");

        api.MapPut("/regions/{regionId}/connectors/cbs/mappings/{mappingId:int}", async Task<Results<Ok<CbsMappingView>, NotFound>> (
                string regionId, int mappingId, CbsMappingRequest body, CbsMappingsHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.SaveAsync(regionId, mappingId, body, actor.Actor, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ChangeCbsMapping").WithSummary("Change a CBS mapping; send the version you read");

        api.MapDelete("/regions/{regionId}/connectors/cbs/mappings/{mappingId:int}", async Task<Results<NoContent, NotFound>> (
                string regionId, int mappingId, int? version, CbsMappingsHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.RemoveAsync(regionId, mappingId, version, actor.Actor, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("RemoveCbsMapping").WithSummary("Remove a CBS mapping (?version=)");

        api.MapGet("/regions/{regionId}/regiobeeld", async Task<Results<Ok<RegiobeeldView>, NotFound>> (
                string regionId, RegiobeeldQueries queries, CancellationToken ct) =>
                await queries.GetAsync(regionId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetRegiobeeld")
            .WithSummary("The region in numbers: inhabitants and change, age structure, figures per municipality, the results each indicator informs, narratives; published figures after disclosure control");

        api.MapPut("/regions/{regionId}/regiobeeld/narratives", async Task<Results<Ok<RegiobeeldNarrativeView>, NotFound>> (
                string regionId, SaveNarrativeRequest body, SaveNarrativeHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, body, actor.Actor, actor.Name, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("SaveRegiobeeldNarrative")
            .WithSummary("Write, change (send version) or remove (empty text) the dated narrative of one theme: bevolking, leeftijd, huishoudens");
        return app;
    }

    private static IResult Answer(CbsImportOutcome outcome)
    {
        var errors = outcome.Errors.Select(e => new { e.Line, e.Field, e.Code, e.Message }).ToList();
        var body = new Dictionary<string, object?>
        {
            ["table"] = outcome.TableId, ["imported"] = outcome.Imported, ["unchanged"] = outcome.Unchanged, ["published"] = outcome.Published,
            ["observations"] = outcome.Observations, ["selected"] = outcome.Selected, ["withoutValue"] = outcome.WithoutValue,
            ["otherArea"] = outcome.OtherArea, ["errors"] = errors, ["dryRun"] = outcome.DryRun,
            ["licence"] = CbsProvenance.Licence, ["attribution"] = RegiobeeldQueries.CbsAttribution,
        };
        if (outcome.Succeeded) return TypedResults.Ok(body);
        body["code"] = "monitoring.import-failed";
        return TypedResults.Problem(statusCode: 422, title: MonitoringTexts.Get("monitoring.import-failed"), extensions: body);
    }
}
