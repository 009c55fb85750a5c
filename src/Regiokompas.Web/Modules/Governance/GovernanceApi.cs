using Microsoft.AspNetCore.Http.HttpResults;
using Regiokompas.Domain.Governance;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Authorization;
using Regiokompas.Web.Modules.Governance.Bodies;
using Regiokompas.Web.Modules.Governance.Chains;
using Regiokompas.Web.Modules.Governance.FollowUp;
using Regiokompas.Web.Modules.Governance.Money;
using Regiokompas.Web.Modules.Governance.Decisions;
using Regiokompas.Web.Modules.Governance.Meetings;

namespace Regiokompas.Web.Modules.Governance;

/// <summary>
/// Routes (all under /api/v1/regions/{regionId}; reads are public data only, writes are for the region's coordinator):
/// <code>
/// GET   /bodies                                  Public       active bodies ("wie is wie"); ?all=true adds inactive ones
/// POST  /bodies                                  Coordinator  create a body
/// PUT   /bodies/{bodyKey}                        Coordinator  change a body (send the version you read)
/// GET   /bodies/{bodyKey}/calendar.ics           Public       iCalendar feed of the body's meetings
/// GET   /meetings?body=                          Public       meetings (no video links)
/// POST  /meetings                                Coordinator  plan a meeting
/// POST  /meetings/{meetingId}/agenda-items       Coordinator  add an agenda item, optionally on a plan item ("result:key")
/// PUT   /meetings/{meetingId}/minutes            Coordinator  record the minutes
/// POST  /meetings/{meetingId}/decisions          Coordinator  put a proposal on an agenda item (open for objections)
/// GET   /decisions?body=&amp;pillar=&amp;from=&amp;to=       Public       decided and withdrawn proposals, newest first
/// GET   /decisions/{decisionId}                  Public       one decided or withdrawn proposal with its objections
/// POST  /decisions/{decisionId}/{action}         Coordinator  object | meet | amend | decide | withdraw
/// </code>
/// </summary>
public static class GovernanceApi
{
    public static IEndpointRouteBuilder MapGovernanceApi(this IEndpointRouteBuilder app)
    {
        app.MapFollowUpApi();
        app.MapPreventionChainsApi();
        app.MapMoneyApi();
        var api = app.MapGroup("/api/v1/regions/{regionId}").WithTags("Regiotafel");

        api.MapGet("/bodies", async Task<Results<Ok<IReadOnlyList<BodyView>>, NotFound>> (string regionId, bool? all, GovernanceQueries q, CancellationToken ct) =>
                await q.RegionExistsAsync(regionId, ct)
                    ? TypedResults.Ok(await q.GetBodiesAsync(regionId, all == true, includePrivate: false, ct)) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ListBodies").WithSummary("The region's bodies with contact, pillars and member organisations (public data only)");

        api.MapPost("/bodies", async Task<Results<Created<BodyView>, NotFound>> (string regionId, SaveBodyRequest request,
                SaveBodyHandler handler, GovernanceQueries q, ICurrentActor actor, CancellationToken ct) =>
                await handler.CreateAsync(regionId, request, actor.Actor, q, ct) is { } b
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/bodies/{b.Key}", b) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("CreateBody").WithSummary("Create a body (coordinator of the region)");

        api.MapPut("/bodies/{bodyKey}", async Task<Results<Ok<BodyView>, NotFound>> (string regionId, string bodyKey, SaveBodyRequest request,
                SaveBodyHandler handler, GovernanceQueries q, ICurrentActor actor, CancellationToken ct) =>
                await handler.EditAsync(regionId, bodyKey, request, actor.Actor, q, ct) is { } b ? TypedResults.Ok(b) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("EditBody").WithSummary("Change a body; send the version you read");

        api.MapGet("/bodies/{bodyKey}/calendar.ics", async Task<Results<ContentHttpResult, NotFound>> (string regionId, string bodyKey,
                MeetingCalendar calendar, HttpRequest http, CancellationToken ct) =>
                await calendar.GetAsync(regionId, bodyKey, $"{http.Scheme}://{http.Host}", ct) is { } ics
                    ? TypedResults.Content(ics, "text/calendar; charset=utf-8") : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetBodyCalendar").WithSummary("iCalendar feed of a body's meetings");

        api.MapGet("/meetings", async (string regionId, string? body, GovernanceQueries q, CancellationToken ct) =>
                (await q.GetMeetingsAsync(regionId, body, ct)).Select(m => m with { VideoLink = null }))
            .RequireAccess(Scope.Public).WithName("ListMeetings").WithSummary("Meetings of the region's bodies, without video links");

        api.MapPost("/meetings", async Task<Results<Created<MeetingView>, NotFound>> (string regionId, PlanMeetingRequest request,
                PlanMeetingHandler handler, GovernanceQueries q, ICurrentActor actor, CancellationToken ct) =>
                await handler.CreateAsync(regionId, request, actor.Actor, ct) is { } id && await q.GetMeetingAsync(regionId, id, ct) is { } m
                    ? TypedResults.Created($"/regio/{regionId}/vergadering/{id}", m) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("PlanMeeting").WithSummary("Plan a meeting of a body; times without offset are Dutch time");

        api.MapPost("/meetings/{meetingId:guid}/agenda-items", async Task<Results<Created<MeetingView>, NotFound>> (string regionId, Guid meetingId,
                AddAgendaItemRequest request, PlanMeetingHandler handler, GovernanceQueries q, ICurrentActor actor, CancellationToken ct) =>
                await handler.AddAgendaItemAsync(regionId, meetingId, request, actor.Actor, ct) is not null && await q.GetMeetingAsync(regionId, meetingId, ct) is { } m
                    ? TypedResults.Created($"/regio/{regionId}/vergadering/{meetingId}", m) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("AddAgendaItem").WithSummary("Add an agenda item; planItem is e.g. \"result:glp-d1-r1\"");

        api.MapPut("/meetings/{meetingId:guid}/minutes", async Task<Results<Ok<MeetingView>, NotFound>> (string regionId, Guid meetingId,
                RecordMinutesRequest request, PlanMeetingHandler handler, GovernanceQueries q, ICurrentActor actor, CancellationToken ct) =>
                await handler.RecordMinutesAsync(regionId, meetingId, request, actor.Actor, ct) && await q.GetMeetingAsync(regionId, meetingId, ct) is { } m
                    ? TypedResults.Ok(m) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("RecordMinutes").WithSummary("Record the minutes of a meeting (plain text)");

        api.MapPost("/meetings/{meetingId:guid}/decisions", async Task<Results<Created<DecisionView>, NotFound>> (string regionId, Guid meetingId,
                ProposeDecisionRequest request, ChangeDecisionHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.ProposeAsync(regionId, meetingId, request, actor.Actor, ct) is { } d
                    ? TypedResults.Created($"/api/v1/regions/{regionId}/decisions/{d.Id}", d) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ProposeDecision").WithSummary("Put a proposal on an agenda item; it is open for objections");

        api.MapGet("/decisions", async Task<Results<Ok<IReadOnlyList<DecisionView>>, NotFound>> (string regionId, string? body, string? pillar,
                DateOnly? from, DateOnly? to, GovernanceQueries q, CancellationToken ct) =>
                await q.RegionExistsAsync(regionId, ct)
                    ? TypedResults.Ok(await q.GetDecisionsAsync(regionId, new DecisionFilter(body, pillar, from, to), ct)) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("ListDecisions").WithSummary("Decided and withdrawn proposals; filter by body, pillar and period (from/to, yyyy-mm-dd)");

        api.MapGet("/decisions/{decisionId:guid}", async Task<Results<Ok<DecisionView>, NotFound>> (string regionId, Guid decisionId,
                GovernanceQueries q, CancellationToken ct) =>
                await q.GetDecisionAsync(regionId, decisionId, ct) is { Status: "decided" or "withdrawn" } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .RequireAccess(Scope.Public).WithName("GetDecision").WithSummary("One decided or withdrawn proposal with its objections and how they were met");

        api.MapPost("/decisions/{decisionId:guid}/{action:regex(^(object|meet|amend|decide|withdraw)$)}",
                async Task<Results<Ok<DecisionView>, NotFound>> (string regionId, Guid decisionId, string action, ChangeDecisionRequest request,
                    ChangeDecisionHandler handler, ICurrentActor actor, CancellationToken ct) =>
                await handler.ChangeAsync(regionId, decisionId, action, request, actor.Actor, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .RequireAccess(Scope.Coordinator).WithName("ChangeDecision")
            .WithSummary("object (raisedBy, text) | meet (objection, howMet, amendedProposal?) | amend (amendedProposal) | decide (decidedOn) | withdraw (reason)");
        return app;
    }
}
