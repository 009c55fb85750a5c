using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Governance.Chains;

/// <summary>
/// <code>
/// GET  /api/v1/regions/{regionId}/prevention-chains                    Public        chains, municipalities, cells and counts
/// PUT  /api/v1/regions/{regionId}/prevention-chains/{chainKey}/{code}  Organisation  set one cell (coordinator, or a member of that municipality)
/// </code>
/// </summary>
public static class PreventionChainsApi
{
    public static IEndpointRouteBuilder MapPreventionChainsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/regions/{regionId}").WithTags("Regiotafel");

        api.MapGet("/prevention-chains", async Task<Results<Ok<ChainMatrix>, NotFound>> (string regionId, PreventionChainQueries q, CancellationToken ct) =>
                await q.GetMatrixAsync(regionId, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetPreventionChains")
            .WithSummary("Municipalities × prevention chains with status and date per cell, and the counts the monitor shows");

        api.MapPut("/prevention-chains/{chainKey}/{code}", async Task<Results<Ok<ChainCell>, NotFound>> (string regionId, string chainKey, string code,
                SetChainStatusRequest request, SetChainStatusHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, chainKey, code, request, actor.Actor, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .RequireAccess(Scope.Organisation).WithName("SetPreventionChainStatus")
            .WithSummary("Set the status of one chain in one municipality (coordinator, or a member of that municipality's organisation); send the version you read");
        return app;
    }
}
