using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Governance.FollowUp;

/// <summary>
/// Work agenda follow-up (under /api/v1):
/// <code>
/// GET   /regions/{regionId}/milestones                       Public       milestones with overdue and met/missed
/// POST  /regions/{regionId}/milestones                       Coordinator  add a milestone on a pillar or action
/// POST  /regions/{regionId}/milestones/{milestoneId}         Coordinator  done | reschedule | reopen (send the version you read)
/// GET   /regions/{regionId}/work-agenda/due                  Coordinator  open actions and milestones overdue or due within 14 days
/// GET   /regions/{regionId}/work-agenda/unowned              Coordinator  actions without an owner
/// POST  /work-agenda/digests                                 Administrator send the weekly digests now (each person at most once a week)
/// </code>
/// </summary>
public static class FollowUpApi
{
    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Regiotafel");

        api.MapGet("/regions/{regionId}/milestones", async Task<Results<Ok<IReadOnlyList<MilestoneView>>, NotFound>> (
                string regionId, FollowUpQueries q, GovernanceQueries g, CancellationToken ct) =>
                await g.RegionExistsAsync(regionId, ct) ? TypedResults.Ok(await q.GetMilestonesAsync(regionId, ct)) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ListMilestones").WithSummary("The region's milestones; overdue is true when the date has passed and it is not done");

        api.MapPost("/regions/{regionId}/milestones", async Task<Results<Created<MilestoneView>, NotFound>> (
                string regionId, AddMilestoneRequest request, FollowUpHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.AddMilestoneAsync(regionId, request, actor.Actor, ct) is { } m
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/milestones/{m.Id}", m) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("AddMilestone").WithSummary("Add a milestone on a pillar or an action");

        api.MapPost("/regions/{regionId}/milestones/{milestoneId}", async Task<Results<Ok<MilestoneView>, NotFound>> (
                string regionId, Guid milestoneId, ChangeMilestoneRequest request, FollowUpHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.ChangeMilestoneAsync(regionId, milestoneId, request, actor.Actor, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ChangeMilestone").WithSummary("Mark a milestone done, give it a new date, or reopen it");

        api.MapGet("/regions/{regionId}/work-agenda/due", async Task<Results<Ok<IReadOnlyList<FollowUpItem>>, NotFound>> (
                string regionId, FollowUpQueries q, GovernanceQueries g, CancellationToken ct) =>
                await g.RegionExistsAsync(regionId, ct) ? TypedResults.Ok(await q.GetDueAsync([regionId], ct)) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ListDueWork").WithSummary("Open actions and milestones that are overdue or due within 14 days");

        api.MapGet("/regions/{regionId}/work-agenda/unowned", async Task<Results<Ok<IReadOnlyList<UnownedActionView>>, NotFound>> (
                string regionId, FollowUpQueries q, GovernanceQueries g, CancellationToken ct) =>
                await g.RegionExistsAsync(regionId, ct) ? TypedResults.Ok(await q.GetUnownedActionsAsync(regionId, ct)) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ListUnownedActions").WithSummary("Actions without an owner");

        api.MapPost("/work-agenda/digests", async (SendDigestsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAccess(Scope.Administrator).WithName("SendWorkAgendaDigests").WithSummary("Send the weekly work agenda digests now; each person gets at most one a week");
        return app;
    }
}
