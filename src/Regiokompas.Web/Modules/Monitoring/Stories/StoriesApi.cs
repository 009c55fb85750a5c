using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;

namespace Regiokompas.Web.Modules.Monitoring.Stories;

/// <summary>Editing and withdrawing stories; adding and listing are in <see cref="MonitoringApi"/>.</summary>
public static class StoriesApi
{
    public sealed record WithdrawStoryRequest(int? Version = null);

    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Monitoring");

        api.MapPut("/regions/{regionId}/stories/{storyId:int}", async Task<Results<Ok<StoryEditView>, NotFound>> (
                string regionId, int storyId, EditStoryRequest request, EditStoryHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.HandleAsync(regionId, storyId, request, actor.Actor, actor.Name, ct) is { } story
                    ? TypedResults.Ok(story) : TypedResults.NotFound())
            .RequireAccess(Scope.PillarLead).WithName("EditStory")
            .WithSummary("Edit a story (version required; 409 on a stale version). Clearing consentDate withdraws consent.");

        api.MapPost("/regions/{regionId}/stories/{storyId:int}/withdraw", async Task<Results<Ok<StoryEditView>, NotFound>> (
                string regionId, int storyId, WithdrawStoryRequest? request, EditStoryHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.WithdrawAsync(regionId, storyId, request?.Version, actor.Actor, ct) is { } story
                    ? TypedResults.Ok(story) : TypedResults.NotFound())
            .RequireAccess(Scope.PillarLead).WithName("WithdrawStory")
            .WithSummary("Consent withdrawn: the story leaves every public page, report and API answer at once (audited)");
        return app;
    }
}
