using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Modules.Plan.Actions;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Modules.Plan.Results;
using Regiokompas.Web.Modules.Plan.TransformationPlans;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Plan;

public static class PlanApi
{
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Plan");

        api.MapGet("/regions", async (PlanQueries q, CancellationToken ct) =>
                (await q.GetRegionsAsync(ct)).Select(r => new { r.Id, r.Name, r.PlanTitle, Municipalities = r.Municipalities }))
            .RequireAccess(Scope.Public).WithName("ListRegions").WithSummary("Regions with their municipalities (CBS codes)");

        api.MapGet("/regions/{regionId}/plan", async Task<Results<Ok<PlanTree>, NotFound>> (string regionId, string? version, PlanQueries q,
                Versions.PlanVersionsHandler versions, CancellationToken ct) =>
                (version is null ? await q.GetPlanTreeAsync(regionId, ct)
                    : await versions.GetPlanFileAsync(regionId, version, ct) is { } file ? Versions.PlanSnapshotTree.ToTree(file) : null) is { } tree
                    ? TypedResults.Ok(tree) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetPlan").WithSummary("The whole plan tree: pillars, goals, results, actions; ?version=N for a marked version");

        api.MapGet("/organisations", async (string? region, PlanQueries q, CancellationToken ct) => await q.GetOrganisationsAsync(region, ct))
            .RequireAccess(Scope.Public).WithName("ListOrganisations").WithSummary("Partner organisations, optionally of one region");

        api.MapGet("/regions/{regionId}/audit", async (string regionId, string entityType, string key, PlanQueries q, CancellationToken ct) =>
                await q.GetAuditAsync(regionId, entityType, key, ct))
            
            .RequireAccess(Scope.Organisation).WithName("GetAuditTrail").WithSummary("Audit trail of one item (entityType e.g. PlanResult, PlanAction); for signed-in users, as it names staff");

        api.MapPatch("/regions/{regionId}/results/{key}", async Task<Results<Ok<ResultNode>, NotFound>> (
                string regionId, string key, EditResultRequest request, EditResultHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, key, request, actor.Actor, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAccess(Scope.PillarLead).WithName("EditResult").WithSummary("Change a result (coordinator or pillar lead); send the version you read");

        api.MapPatch("/regions/{regionId}/actions/{key}", async Task<Results<Ok<ActionView>, NotFound>> (
                string regionId, string key, EditActionRequest request, EditActionHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, key, request, actor.Actor, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAccess(Scope.Organisation).WithName("EditAction").WithSummary("Change an action; the owning organisation may change its status");

        api.MapPost("/regions/{regionId}/actions/{key}/notes", async Task<Results<Created<ProgressNoteView>, NotFound>> (
                string regionId, string key, AddProgressNoteRequest request, AddProgressNoteHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, key, request, actor.Actor, ct) is { } n
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/actions/{key}", n) : TypedResults.NotFound())
            .RequireAccess(Scope.Organisation).WithName("AddProgressNote").WithSummary("Add a dated progress note to an action");

        api.MapPost("/regions/{regionId}/transformation-plans/{key}/status", async Task<Results<Ok<TransformationPlanView>, NotFound>> (
                string regionId, string key, ChangeTransformationPlanStatusRequest request, ChangeTransformationPlanStatusHandler handler,
                ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, key, request, actor.Actor, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .RequireAccess(Scope.PillarLead).WithName("ChangeTransformationPlanStatus").WithSummary("Move a transformation plan along its funding path");

        api.MapGet("/regions/{regionId}/plan-file", async Task<Results<ContentHttpResult, NotFound>> (string regionId, string? version,
                Versions.PlanVersionsHandler versions, CancellationToken ct) =>
                await versions.GetPlanFileAsync(regionId, version ?? Versions.PlanVersionsHandler.Current, ct) is { } file
                    ? TypedResults.Content(PlanFileWriter.ToYaml(file), "application/yaml; charset=utf-8") : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ExportPlanFile").WithSummary("The plan in the plan file format (YAML)");

        api.MapPost("/regions/{regionId}/plan-file", ImportAsync)
            .RequireAccess(Scope.Coordinator).WithBodyLimit(PlanFileReader.MaxFileBytes).WithName("ImportPlanFile")
            .WithSummary("Replace the region's plan by a plan file (YAML body). ?dryRun=true only validates. 422 lists every problem.");
        app.MapPlanEditorApi();
        return app;
    }

    private static async Task<IResult> ImportAsync(string regionId, bool? dryRun, HttpRequest request, ImportPlanFileHandler handler,
        Versions.PlanVersionsHandler versions, ICurrentActor actor, CancellationToken ct)
    {
        if (!Regiokompas.Domain.Plan.PlanPermissions.CanEditRegion(actor.Actor, regionId))
            return TypedResults.Problem(statusCode: 403, title: Common.Localization.Texts.Get("edit.not-allowed"));
        // The body limit (BoundedBody) has already cut off anything above MaxFileBytes.
        var (text, encoding) = await StrictText.ReadUtf8Async(request.Body, ct);
        if (encoding is not null)
            return TypedResults.Problem(statusCode: 422, title: "Het planbestand bevat fouten; er is niets ingelezen.",
                extensions: new Dictionary<string, object?> { ["problems"] = new[] { new PlanFileProblem("upload", encoding.Line, "", encoding.Message) } });
        var result = PlanFileReader.Read("upload", text!);
        if (!result.IsValid)
            return TypedResults.Problem(statusCode: 422, title: "Het planbestand bevat fouten; er is niets ingelezen.",
                extensions: new Dictionary<string, object?> { ["problems"] = result.Problems });
        if (result.Plan!.Region.Id != regionId)
            return TypedResults.Problem(statusCode: 422, title: $"Dit bestand hoort bij regio '{result.Plan.Region.Id}', niet bij '{regionId}'.");
        if (dryRun == true) return TypedResults.Ok(new { valid = true, dryRun = true });
        var summary = await handler.HandleAsync(result.Plan, ct);
        await versions.EnsureFirstVersionAsync(regionId, ct);
        return TypedResults.Ok(summary);
    }
}
