using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Governance.Meetings;

/// <summary>A meeting of a body. Times are local Dutch time as people enter them; stored as UTC.</summary>
public sealed class PlanMeetingRequest
{
    [Required(ErrorMessage = "Kies het overlegorgaan.")] public string? Body { get; set; }
    [Required(ErrorMessage = "Vul de begintijd in.")] public DateTime? Starts { get; set; }
    [Required(ErrorMessage = "Vul de eindtijd in.")] public DateTime? Ends { get; set; }
    [StringLength(300, ErrorMessage = "Hoogstens 300 tekens.")] public string? Location { get; set; }
    [Url(ErrorMessage = "Dit is geen geldige link (begin met https://)."), StringLength(500)] public string? VideoLink { get; set; }
}

public sealed class AddAgendaItemRequest
{
    public int? Version { get; set; }
    [Required(ErrorMessage = "Geef het agendapunt een titel."), StringLength(300, ErrorMessage = "Hoogstens 300 tekens.")] public string? Title { get; set; }
    /// <summary>"result:glp-d1-r1", "action:…", "pillar:…", "transformation-plan:…", or empty.</summary>
    [StringLength(120)] public string? PlanItem { get; set; }
}

public sealed class RecordMinutesRequest
{
    public int? Version { get; set; }
    [StringLength(Meeting.MaxMinutesLength, ErrorMessage = "Het verslag is te lang.")] public string? Minutes { get; set; }
}

public sealed class PlanMeetingHandler(AppDbContext db, PlanQueries plan, TimeProvider clock)
{
    public async Task<Guid?> CreateAsync(string regionId, PlanMeetingRequest r, Actor actor, CancellationToken ct)
    {
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        var body = await db.Set<GovernanceBody>().AsNoTracking().SingleOrDefaultAsync(b => b.RegionId == regionId && b.Key == r.Body, ct);
        if (body is null) throw new RuleViolation("governance.body-unknown", r.Body ?? "");
        var meeting = Meeting.Plan(regionId, body.Id, body.Key, ToUtc(r.Starts!.Value), ToUtc(r.Ends!.Value), r.Location, r.VideoLink, Now);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }

    public async Task<AgendaItem?> AddAgendaItemAsync(string regionId, Guid meetingId, AddAgendaItemRequest r, Actor actor, CancellationToken ct)
    {
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        var meeting = await LoadAsync(regionId, meetingId, ct);
        if (meeting is null) return null;
        await GovernanceEditSupport.GuardVersionAsync(db, meeting, r.Version, () => new { meeting.Version }, ct);
        var (kind, key, pillar) = await ResolveAsync(regionId, r.PlanItem, ct);
        var item = meeting.AddAgendaItem(r.Title!, kind, key, pillar, Now);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<bool> RecordMinutesAsync(string regionId, Guid meetingId, RecordMinutesRequest r, Actor actor, CancellationToken ct)
    {
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        var meeting = await LoadAsync(regionId, meetingId, ct);
        if (meeting is null) return false;
        await GovernanceEditSupport.GuardVersionAsync(db, meeting, r.Version, () => new { meeting.Version, meeting.Minutes }, ct);
        meeting.RecordMinutes(r.Minutes, Now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private Task<Meeting?> LoadAsync(string regionId, Guid id, CancellationToken ct) =>
        db.Set<Meeting>().Include(m => m.AgendaItems).SingleOrDefaultAsync(m => m.RegionId == regionId && m.Id == id, ct);

    /// <summary>Checks that "kind:key" names an item of this region's plan, and finds the pillar it sits under.</summary>
    private async Task<(PlanItemKind?, string?, string?)> ResolveAsync(string regionId, string? planItem, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(planItem)) return (null, null, null);
        var parts = planItem.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !EnumNames.TryParse<PlanItemKind>(parts[0], out var kind) || parts[1].Length == 0)
            throw new RuleViolation("governance.plan-item-unknown", planItem);
        var found = (await plan.GetPlanItemRefsAsync(regionId, ct)).FirstOrDefault(i => i.Kind == parts[0] && i.Key == parts[1])
            ?? throw new RuleViolation("governance.plan-item-unknown", parts[1]);
        return (kind, found.Key, found.PillarKey);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Form and JSON times without an offset are Dutch local time; with one, they are converted.</summary>
    internal static DateTime ToUtc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => TimeZoneInfo.ConvertTimeToUtc(t, GovernanceLabels.Amsterdam),
    };
}
