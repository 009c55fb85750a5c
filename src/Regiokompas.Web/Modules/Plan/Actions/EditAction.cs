using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.Actions;

/// <summary>A change to an action. Null fields stay as they are; organisation members may only send Status.</summary>
public sealed class EditActionRequest
{
    [Required] public int? Version { get; set; }
    [EnumName(typeof(ActionStatus))] public string? Status { get; set; }
    [StringLength(300, MinimumLength = 1)] public string? Title { get; set; }
    [StringLength(4000)] public string? Description { get; set; }
    [StringLength(80)] public string? Owner { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
}

public sealed record ActionView(string Id, string Title, string? Description, string? Owner, string Status, DateOnly? Start, DateOnly? Due, int Version);

public sealed class EditActionHandler(AppDbContext db, PlanQueries queries)
{
    public async Task<ActionView?> HandleAsync(string regionId, string key, EditActionRequest request, Actor actor, CancellationToken ct)
    {
        var action = await db.Actions.Include(a => a.Owner).SingleOrDefaultAsync(a => a.RegionId == regionId && a.Key == key, ct);
        if (action is null) return null;

        var fullEdit = PlanPermissions.CanEditAction(actor, regionId, action.PillarId);
        if (!fullEdit)
        {
            if (!PlanPermissions.CanReportActionProgress(actor, regionId, action.PillarId, action.OwnerId))
                throw new NotAllowed("edit.not-allowed");
            if (TouchesMoreThanProgress(action, request)) throw new NotAllowed("edit.only-progress");
        }
        await PlanEditSupport.GuardVersionAsync(db, queries, action, request.Version!.Value, ToView, ct);

        if (request.Status is { } status) action.Status = EnumNames.Parse<ActionStatus>(status);
        if (fullEdit)
        {
            if (request.Title is { } title) action.Title = title.Trim();
            if (request.Description is { } description) action.Description = description.Length == 0 ? null : description;
            if (request.Start is not null || request.Due is not null)
                action.ChangeSchedule(request.Start ?? action.Start, request.Due ?? action.Due);
            if (request.Owner is { } ownerKey && ownerKey != action.Owner?.Key)
            {
                var owner = await db.Organisations.SingleOrDefaultAsync(o => o.RegionId == regionId && o.Key == ownerKey, ct)
                    ?? throw new Regiokompas.Domain.Common.RuleViolation("plan.unknown-organisation", ownerKey);
                action.Owner = owner;
                action.OwnerId = owner.Id;
            }
        }
        await PlanEditSupport.SaveAsync(db, queries, action, request.Version.Value, ToView, ct);
        return ToView(action);
    }

    private static bool TouchesMoreThanProgress(PlanAction a, EditActionRequest r) =>
        (r.Title is not null && r.Title.Trim() != a.Title)
        || (r.Description is not null && r.Description != (a.Description ?? ""))
        || (r.Owner is not null && r.Owner != a.Owner?.Key)
        || (r.Start is not null && r.Start != a.Start)
        || (r.Due is not null && r.Due != a.Due);

    internal static ActionView ToView(PlanAction a) =>
        new(a.Key, a.Title, a.Description, a.Owner?.Key, EnumNames.ToName(a.Status), a.Start, a.Due, a.Version);
}

public sealed class AddProgressNoteRequest
{
    public DateOnly? Date { get; set; }
    [Required, StringLength(4000, MinimumLength = 1)] public string? Text { get; set; }
}

public sealed record ProgressNoteView(DateOnly Date, string Text, string? Author);

public sealed class AddProgressNoteHandler(AppDbContext db, TimeProvider clock, Common.Auth.ICurrentActor current)
{
    public async Task<ProgressNoteView?> HandleAsync(string regionId, string key, AddProgressNoteRequest request, Actor actor, CancellationToken ct)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.RegionId == regionId && a.Key == key, ct);
        if (action is null) return null;
        if (!PlanPermissions.CanReportActionProgress(actor, regionId, action.PillarId, action.OwnerId))
            throw new NotAllowed("edit.not-allowed");
        var now = clock.GetUtcNow().UtcDateTime;
        var note = action.AddNote(request.Date ?? DateOnly.FromDateTime(now), request.Text!, current.Name, now, actor.OrganisationId);
        await db.SaveChangesAsync(ct);
        return new ProgressNoteView(note.Date, note.Text, note.Author);
    }
}
