using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Governance.FollowUp;

public sealed record MilestoneView(Guid Id, string Title, string? PillarKey, string? ActionKey, DateOnly Due, DateOnly? DoneOn, bool Overdue, string? Outcome, int Version);
public sealed record UnownedActionView(string Key, string Title, string PillarKey, string PillarName, string Status, DateOnly? Due, bool Overdue);
/// <summary>One line of a digest or follow-up list: an action or a milestone that is due soon or overdue.</summary>
public sealed record FollowUpItem(FollowUpKind Kind, string Id, string RegionId, string Title, string? OwnerName, int? OwnerId, DateOnly Due, bool Overdue, string Url);

public sealed class AddMilestoneRequest
{
    [Required, StringLength(Milestone.MaxTitleLength)] public string Title { get; set; } = "";
    [StringLength(80)] public string? Pillar { get; set; }
    [StringLength(80)] public string? Action { get; set; }
    [Required] public DateOnly? Due { get; set; }
}

public sealed class ChangeMilestoneRequest
{
    /// <summary>"done" with <see cref="Date"/> as the day it was reached (today when empty), "reschedule" with the new due date, or "reopen".</summary>
    [Required, RegularExpression("done|reschedule|reopen")] public string Change { get; set; } = "";
    public DateOnly? Date { get; set; }
    public int? Version { get; set; }
}

/// <summary>Reads for the work agenda's follow-up: milestones, actions without an owner, and what is due or overdue.</summary>
public sealed class FollowUpQueries(AppDbContext db, TimeProvider clock)
{
    /// <summary>How far ahead the digest and the "due soon" lists look.</summary>
    public const int HorizonDays = 14;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<MilestoneView>> GetMilestonesAsync(string regionId, CancellationToken ct)
    {
        var today = Today;
        var list = await db.Set<Milestone>().AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.Due).ThenBy(m => m.Title).ToListAsync(ct);
        return list.Select(m => ToView(m, today)).ToList();
    }

    internal static MilestoneView ToView(Milestone m, DateOnly today) =>
        new(m.Id, m.Title, m.PillarKey, m.ActionKey, m.Due, m.DoneOn, m.IsOverdue(today),
            m.WasMet(today) switch { true => "met", false => "missed", null => null }, m.Version);

    public async Task<IReadOnlyList<UnownedActionView>> GetUnownedActionsAsync(string regionId, CancellationToken ct)
    {
        var today = Today;
        var rows = await (from a in db.Actions.AsNoTracking()
                          join p in db.Pillars on a.PillarId equals p.Id
                          where a.RegionId == regionId && a.OwnerId == null
                          orderby p.SortOrder, a.SortOrder
                          select new { a.Key, a.Title, PillarKey = p.Key, PillarName = p.Name, a.Status, a.Due }).ToListAsync(ct);
        return rows.Select(r => new UnownedActionView(r.Key, r.Title, r.PillarKey, r.PillarName, EnumNames.ToName(r.Status), r.Due,
            PlanAction.IsOverdue(r.Due, r.Status, today))).ToList();
    }

    /// <summary>Open actions and milestones of the regions that are overdue or due within the horizon.</summary>
    public async Task<IReadOnlyList<FollowUpItem>> GetDueAsync(IReadOnlyCollection<string> regionIds, CancellationToken ct)
    {
        var today = Today;
        var until = today.AddDays(HorizonDays);
        var actions = await db.Actions.AsNoTracking()
            .Where(a => regionIds.Contains(a.RegionId) && a.Due != null && a.Due <= until
                && a.Status != ActionStatus.Done && a.Status != ActionStatus.Stopped)
            .Select(a => new { a.Id, a.Key, a.RegionId, a.Title, a.OwnerId, OwnerName = a.Owner == null ? null : a.Owner.Name, a.Due, a.Status })
            .ToListAsync(ct);
        var milestones = await db.Set<Milestone>().AsNoTracking()
            .Where(m => regionIds.Contains(m.RegionId) && m.DoneOn == null && m.Due <= until).ToListAsync(ct);
        var ownerOfAction = await db.Actions.AsNoTracking()
            .Where(a => regionIds.Contains(a.RegionId) && a.OwnerId != null)
            .Select(a => new { a.RegionId, a.Key, a.OwnerId, OwnerName = a.Owner!.Name }).ToListAsync(ct);
        var owners = ownerOfAction.ToDictionary(a => (a.RegionId, a.Key));
        return actions.Select(a => new FollowUpItem(FollowUpKind.Action, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.RegionId,
                a.Title, a.OwnerName, a.OwnerId, a.Due!.Value, PlanAction.IsOverdue(a.Due, a.Status, today), $"/regio/{a.RegionId}/actie/{a.Key}"))
            .Concat(milestones.Select(m =>
            {
                var owner = m.ActionKey is { } k && owners.TryGetValue((m.RegionId, k), out var o) ? o : null;
                return new FollowUpItem(FollowUpKind.Milestone, m.Id.ToString("N"), m.RegionId, m.Title, owner?.OwnerName, owner?.OwnerId,
                    m.Due, m.IsOverdue(today), m.ActionKey is { } ak ? $"/regio/{m.RegionId}/actie/{ak}" : $"/regio/{m.RegionId}/mijlpalen");
            }))
            .OrderBy(i => i.Due).ThenBy(i => i.Title).ToList();
    }
}

/// <summary>Writes of the follow-up: milestones by the coordinator, and "done" or "new date" from a digest link.</summary>
public sealed class FollowUpHandler(AppDbContext db, TimeProvider clock, UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals, IHttpContextAccessor http)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<MilestoneView?> AddMilestoneAsync(string regionId, AddMilestoneRequest request, Actor actor, CancellationToken ct)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, ct)) return null;
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        string? pillarKey = Blank(request.Pillar), actionKey = Blank(request.Action);
        if (actionKey is not null)
        {
            var action = await db.Actions.AsNoTracking().Where(a => a.RegionId == regionId && a.Key == actionKey)
                .Select(a => new { PillarKey = db.Pillars.Where(p => p.Id == a.PillarId).Select(p => p.Key).First() }).SingleOrDefaultAsync(ct)
                ?? throw new RuleViolation("governance.plan-item-unknown", actionKey);
            pillarKey ??= action.PillarKey;
        }
        if (pillarKey is not null && !await db.Pillars.AnyAsync(p => p.RegionId == regionId && p.Key == pillarKey, ct))
            throw new RuleViolation("governance.pillar-unknown", pillarKey);
        var milestone = Milestone.Create(regionId, request.Title, pillarKey, actionKey, request.Due ?? throw new RuleViolation("governance.milestone-due-required"));
        db.Add(milestone);
        await db.SaveChangesAsync(ct);
        return FollowUpQueries.ToView(milestone, Today);
    }

    public async Task<MilestoneView?> ChangeMilestoneAsync(string regionId, Guid id, ChangeMilestoneRequest request, Actor actor, CancellationToken ct)
    {
        var milestone = await db.Set<Milestone>().SingleOrDefaultAsync(m => m.RegionId == regionId && m.Id == id, ct);
        if (milestone is null) return null;
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        await GovernanceEditSupport.GuardVersionAsync(db, milestone, request.Version, () => FollowUpQueries.ToView(milestone, Today), ct);
        Apply(milestone, request.Change, request.Date);
        await db.SaveChangesAsync(ct);
        return FollowUpQueries.ToView(milestone, Today);
    }

    private void Apply(Milestone milestone, string change, DateOnly? date)
    {
        switch (change)
        {
            case "done": milestone.MarkDone(date ?? Today, Today); break;
            case "reschedule": milestone.Reschedule(date ?? throw new RuleViolation("governance.new-date-required")); break;
            case "reopen": milestone.Reopen(); break;
            default: throw new RuleViolation("governance.change-unknown");
        }
    }

    /// <summary>What the link points at, for the page, when the person it was mailed to may still act on it.</summary>
    public async Task<(string Title, string RegionId, DateOnly? Due, string Url, bool CanReschedule)?> DescribeAsync(FollowUpTarget target, CancellationToken ct)
    {
        if (await ActorForAsync(target, ct) is not { } who) return null;
        if (target.Kind == FollowUpKind.Action)
            return await LoadActionAsync(target, who.Actor, ct) is { } a
                ? (a.Title, a.RegionId, a.Due, $"/regio/{a.RegionId}/actie/{a.Key}", PlanPermissions.CanEditAction(who.Actor, a.RegionId, a.PillarId)) : null;
        return await LoadMilestoneAsync(target, who.Actor, ct) is { } m
            ? (m.Title, m.RegionId, m.Due, m.ActionKey is { } k ? $"/regio/{m.RegionId}/actie/{k}" : $"/regio/{m.RegionId}/mijlpalen", true) : null;
    }

    /// <summary>
    /// "Done" or "new date" from a digest link. The change is made, and audited, in the name of the person the link was
    /// mailed to, and only while that person may still make it. An owner who may not change the schedule gives a new
    /// expected date: it is kept as a progress note and the action is marked delayed, for the coordinator to see.
    /// </summary>
    public async Task<bool> ApplyLinkAsync(FollowUpTarget target, bool done, DateOnly? newDate, CancellationToken ct)
    {
        if (await ActorForAsync(target, ct) is not { } who) return false;
        if (!done && newDate is null) throw new RuleViolation("governance.new-date-required");
        if (!done && newDate < Today) throw new RuleViolation("governance.new-date-in-past");
        if (http.HttpContext is { } context) context.User = who.Principal;   // the audit trail names the person, not "systeem"
        if (target.Kind == FollowUpKind.Action)
        {
            if (await LoadActionAsync(target, who.Actor, ct) is not { } action) return false;
            if (done) action.Status = ActionStatus.Done;
            else if (PlanPermissions.CanEditAction(who.Actor, action.RegionId, action.PillarId)) action.ChangeSchedule(action.Start, newDate);
            else
            {
                action.Status = ActionStatus.Delayed;
                action.AddNote(Today, $"Nieuwe verwachte einddatum: {newDate:yyyy-MM-dd}", who.Actor.Name, clock.GetUtcNow().UtcDateTime, who.Actor.OrganisationId);
            }
        }
        else
        {
            if (await LoadMilestoneAsync(target, who.Actor, ct) is not { } milestone) return false;
            Apply(milestone, done ? "done" : "reschedule", done ? null : newDate);
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<(Actor Actor, ClaimsPrincipal Principal)?> ActorForAsync(FollowUpTarget target, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(target.UserId);
        if (user is null || await users.IsLockedOutAsync(user)) return null;
        var principal = await principals.CreateAsync(user);
        return (AppClaims.ToActor(principal), principal);
    }

    private async Task<PlanAction?> LoadActionAsync(FollowUpTarget target, Actor actor, CancellationToken ct)
    {
        if (!int.TryParse(target.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)) return null;
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == id, ct);
        return action is not null && PlanPermissions.CanReportActionProgress(actor, action.RegionId, action.PillarId, action.OwnerId) ? action : null;
    }

    private async Task<Milestone?> LoadMilestoneAsync(FollowUpTarget target, Actor actor, CancellationToken ct)
    {
        if (!Guid.TryParseExact(target.Id, "N", out var id)) return null;
        var milestone = await db.Set<Milestone>().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (milestone is null) return null;
        if (PlanPermissions.CanEditRegion(actor, milestone.RegionId)) return milestone;
        // The owner of the milestone's action may tick it off too.
        if (milestone.ActionKey is null || actor.OrganisationId is null) return null;
        var ownsAction = await db.Actions.AnyAsync(a => a.RegionId == milestone.RegionId && a.Key == milestone.ActionKey && a.OwnerId == actor.OrganisationId, ct);
        return ownsAction ? milestone : null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
