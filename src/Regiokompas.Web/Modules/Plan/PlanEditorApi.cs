using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Plan.Editor;
using Regiokompas.Web.Modules.Plan.Versions;

namespace Regiokompas.Web.Modules.Plan;

/// <summary>The plan editor and plan versions: /api/v1/regions/{regionId}/plan/…</summary>
public static class PlanEditorApi
{
    public static IEndpointRouteBuilder MapPlanEditorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/regions/{regionId}/plan").WithTags("Plan editor");

        api.MapPost("/{kind}", async Task<Results<Created<PlanItemView>, NotFound>> (string regionId, string kind, PlanItemInput input,
                PlanEditorHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.CreateAsync(regionId, kind, input, actor.Actor, ct) is { } item
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/plan/{kind}/{item.Key}", item) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("CreatePlanItem")
            .WithSummary("Add a pillar, goal, result, action, target group, precondition or organisation (kind: pillars, goals, …); the key is made from the title");

        api.MapPut("/{kind}/{key}", async Task<Results<Ok<PlanItemView>, NotFound>> (string regionId, string kind, string key, PlanItemInput input,
                PlanEditorHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.UpdateAsync(regionId, kind, key, input, actor.Actor, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("UpdatePlanItem").WithSummary("Change every field of a plan item; send the version you read. The key stays.");

        api.MapPost("/{kind}/{key}/move", async Task<Results<Ok<PlanItemView>, NotFound>> (string regionId, string kind, string key,
                MovePlanItemRequest request, PlanEditorHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.MoveAsync(regionId, kind, key, request, actor.Actor, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("MovePlanItem").WithSummary("Move an item up or down among its siblings, or to another pillar or goal");

        api.MapPost("/{kind}/{key}/retire", async Task<Results<Ok<PlanItemView>, NotFound>> (string regionId, string kind, string key,
                RetirePlanItemRequest request, PlanEditorHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.RetireAsync(regionId, kind, key, request, actor.Actor, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("RetirePlanItem").WithSummary("Retire an item (and what hangs under it); it stays in versions and the audit trail");

        api.MapGet("/versions", async Task<Results<Ok<List<PlanVersionSummary>>, NotFound>> (string regionId, PlanQueries q, PlanVersionsHandler versions,
                CancellationToken ct) =>
                await q.GetRegionAsync(regionId, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await versions.ListAsync(regionId, ct)))
            .RequireAccess(Scope.Public).WithName("ListPlanVersions").WithSummary("The marked versions of the plan, newest first");

        api.MapPost("/versions", async Task<Results<Created<PlanVersionSummary>, NotFound>> (string regionId, MarkPlanVersionRequest request,
                PlanVersionsHandler versions, ICurrentActor actor, CancellationToken ct) =>
                await versions.MarkAsync(regionId, request, actor.Actor, ct) is { } v
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/plan?version={v.Number}", v) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("MarkPlanVersion").WithSummary("Mark the current plan as a version (label, date, optional decision id)");

        api.MapGet("/diff", async Task<Results<Ok<PlanDiffView>, NotFound>> (string regionId, string from, string? to, PlanVersionsHandler versions,
                CancellationToken ct) =>
                await versions.DiffAsync(regionId, from, to ?? PlanVersionsHandler.Current, ct) is { } diff ? TypedResults.Ok(diff) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetPlanDiff").WithSummary("What changed between two versions (to may be 'current'): added, changed, retired, moved");
        return app;
    }
}
