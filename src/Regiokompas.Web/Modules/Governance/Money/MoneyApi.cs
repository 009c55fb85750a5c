using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Governance.Preconditions;

namespace Regiokompas.Web.Modules.Governance.Money;

/// <summary>
/// Under /api/v1/regions/{regionId}:
/// <code>
/// POST  /transformation-plans                     PillarLead   create a transformation plan (coordinator, or lead of its pillar)
/// GET   /transformation-plans/{key}               Public       one plan with budget, dates and results
/// PUT   /transformation-plans/{key}               PillarLead   change it (send the version you read)
/// GET   /budget                                   Public       budget per year with totals per fund, part and pillar
/// PUT   /budget                                   Coordinator  set one line (year, fund, part, pillar)
/// GET   /preconditions                            Public       the national preconditions with their follow-up
/// PUT   /preconditions/{key}/follow-up            Coordinator  record the dated follow-up
/// </code>
/// </summary>
public static class MoneyApi
{
    public static IEndpointRouteBuilder MapMoneyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/regions/{regionId}").WithTags("Regiotafel");

        api.MapPost("/transformation-plans", async Task<Results<Created<TransformationPlanDetails>, NotFound>> (string regionId,
                SaveTransformationPlanRequest request, SaveTransformationPlanHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.CreateAsync(regionId, request, actor.Actor, ct) is { } t
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/transformation-plans/{t.Key}", t) : TypedResults.NotFound())
            .RequireAccess(Scope.PillarLead).WithName("CreateTransformationPlan").WithSummary("Create a transformation plan with budget, dates, applicants and results");

        api.MapGet("/transformation-plans/{key}", async Task<Results<Ok<TransformationPlanDetails>, NotFound>> (string regionId, string key,
                SaveTransformationPlanHandler handler, CancellationToken ct) =>
                await handler.GetAsync(regionId, key, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetTransformationPlan").WithSummary("One transformation plan with budget, dates and linked results");

        api.MapPut("/transformation-plans/{key}", async Task<Results<Ok<TransformationPlanDetails>, NotFound>> (string regionId, string key,
                SaveTransformationPlanRequest request, SaveTransformationPlanHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.EditAsync(regionId, key, request, actor.Actor, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .RequireAccess(Scope.PillarLead).WithName("EditTransformationPlan").WithSummary("Change a transformation plan; send the version you read");

        api.MapGet("/budget", async Task<Results<Ok<BudgetOverview>, NotFound>> (string regionId, BudgetHandler handler, CancellationToken ct) =>
                await handler.GetAsync(regionId, ct) is { } b ? TypedResults.Ok(b) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetBudget").WithSummary("SPUK IZA / GALA per year: allocated, committed, spent; totals per fund, part and pillar");

        api.MapPut("/budget", async Task<Results<Ok<BudgetLineView>, NotFound>> (string regionId, SetBudgetLineRequest request,
                BudgetHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.SetAsync(regionId, request, actor.Actor, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("SetBudgetLine").WithSummary("Set one budget line (year, fund, part, optional pillar); audited");

        api.MapGet("/preconditions", async Task<Results<Ok<IReadOnlyList<PreconditionView>>, NotFound>> (string regionId, PreconditionsHandler handler, CancellationToken ct) =>
                await handler.ListAsync(regionId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ListPreconditions").WithSummary("The national preconditions, to whom they are addressed and their follow-up");

        api.MapPut("/preconditions/{key}/follow-up", async Task<Results<Ok<PreconditionView>, NotFound>> (string regionId, string key,
                SetFollowUpRequest request, PreconditionsHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.SetFollowUpAsync(regionId, key, request, actor.Actor, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("SetPreconditionFollowUp").WithSummary("Record the dated follow-up of a precondition; send the version you read");
        return app;
    }
}
