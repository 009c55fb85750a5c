using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Governance;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Governance;

public sealed record NamedRef(string Key, string Name);

/// <summary>A body as shown on "wie is wie" and in the API. MemberNames is null in public output.</summary>
public sealed record BodyView(string Key, string Name, string Kind, string? Mandate, string? Chair, string? Secretary,
    IReadOnlyList<NamedRef> MemberOrganisations, IReadOnlyList<string>? MemberNames, string? ContactRole, string? ContactEmail,
    string? PublicContactName, IReadOnlyList<NamedRef> Pillars, bool Active, bool Fictitious, int Version);

public sealed record MeetingSummary(Guid Id, string BodyKey, string BodyName, DateTime StartsAtUtc, DateTime EndsAtUtc,
    string? Location, string? VideoLink, int AgendaItems, bool Fictitious);

public sealed record PlanItemLink(string Kind, string Key, string Title, string Url, string? MonitorUrl);

public sealed record AgendaItemView(Guid Id, int Order, string Title, PlanItemLink? PlanItem);

public sealed record MeetingView(Guid Id, string RegionId, string BodyKey, string BodyName, bool Fictitious, DateTime StartsAtUtc,
    DateTime EndsAtUtc, string? Location, string? VideoLink, string? Minutes, int Version, IReadOnlyList<AgendaItemView> Agenda);

public sealed record ObjectionView(int Number, string RaisedBy, string Text, DateTime RaisedAtUtc, string? HowMet, DateTime? MetAtUtc);

public sealed record DecisionView(Guid Id, string BodyKey, string BodyName, bool Fictitious, Guid? MeetingId, DateTime? MeetingStartsAtUtc,
    string Title, string Proposal, string? AmendedProposal, string ProposedBy, string Status, PlanItemLink? PlanItem, NamedRef? Pillar,
    DateOnly? DecidedOn, string? WithdrawalReason, DateTime ProposedAtUtc, IReadOnlyList<ObjectionView> Objections, int Version);

public sealed record DecisionFilter(string? Body = null, string? Pillar = null, DateOnly? From = null, DateOnly? To = null, bool IncludeOpen = false);

/// <summary>The read side of the Regiotafel module; also what plan pages ask through the view component.</summary>
public sealed class GovernanceQueries(AppDbContext db, PlanQueries plan)
{
    public async Task<bool> RegionExistsAsync(string regionId, CancellationToken ct) => await plan.GetRegionAsync(regionId, ct) is not null;

    public async Task<IReadOnlyList<BodyView>> GetBodiesAsync(string regionId, bool includeInactive, bool includePrivate, CancellationToken ct)
    {
        var bodies = await db.Set<GovernanceBody>().AsNoTracking()
            .Where(b => b.RegionId == regionId && (includeInactive || b.Active))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        if (bodies.Count == 0) return [];
        var names = await NamesAsync(regionId, ct);
        return bodies.Select(b => ToView(b, names, includePrivate)).ToList();
    }

    public async Task<BodyView?> GetBodyAsync(string regionId, string key, bool includePrivate, CancellationToken ct)
    {
        var b = await db.Set<GovernanceBody>().AsNoTracking().SingleOrDefaultAsync(x => x.RegionId == regionId && x.Key == key, ct);
        return b is null ? null : ToView(b, await NamesAsync(regionId, ct), includePrivate);
    }

    public Task<List<MeetingSummary>> GetMeetingsAsync(string regionId, string? bodyKey, CancellationToken ct) =>
        (from m in db.Set<Meeting>().AsNoTracking()
         join b in db.Set<GovernanceBody>() on m.BodyId equals b.Id
         where m.RegionId == regionId && (bodyKey == null || b.Key == bodyKey)
         orderby m.StartsAtUtc
         select new MeetingSummary(m.Id, b.Key, b.Name, m.StartsAtUtc, m.EndsAtUtc, m.Location, m.VideoLink, m.AgendaItems.Count, b.Fictitious))
        .ToListAsync(ct);

    public async Task<MeetingView?> GetMeetingAsync(string regionId, Guid id, CancellationToken ct)
    {
        var found = await (from x in db.Set<Meeting>().AsNoTracking().Include(x => x.AgendaItems)
                           join b in db.Set<GovernanceBody>() on x.BodyId equals b.Id
                           where x.RegionId == regionId && x.Id == id
                           select new { m = x, b.Name, b.Fictitious }).SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var items = await PlanItemsAsync(regionId, ct);
        var m = found.m;
        return new MeetingView(m.Id, m.RegionId, m.BodyKey, found.Name, found.Fictitious, m.StartsAtUtc, m.EndsAtUtc, m.Location, m.VideoLink,
            m.Minutes, m.Version, m.AgendaItems.OrderBy(a => a.Order)
                .Select(a => new AgendaItemView(a.Id, a.Order, a.Title, Link(regionId, a.PlanItemKind, a.PlanItemKey, items))).ToList());
    }

    /// <summary>Decisions of a region, newest first. Open proposals only when asked (coordinators); the public sees decided and withdrawn ones.</summary>
    public async Task<IReadOnlyList<DecisionView>> GetDecisionsAsync(string regionId, DecisionFilter filter, CancellationToken ct)
    {
        var query = db.Set<Decision>().AsNoTracking().Include(d => d.Objections).Where(d => d.RegionId == regionId);
        if (!filter.IncludeOpen) query = query.Where(d => d.Status == DecisionStatus.Decided || d.Status == DecisionStatus.Withdrawn);
        if (filter.Body is { Length: > 0 } body)
            query = query.Where(d => db.Set<GovernanceBody>().Any(b => b.Id == d.BodyId && b.Key == body));
        if (filter.Pillar is { Length: > 0 } pillar) query = query.Where(d => d.PillarKey == pillar);
        // The period is the decision date, or for proposals still open the day they were made.
        if (filter.From is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(d => d.DecidedOn >= from || (d.DecidedOn == null && d.ProposedAtUtc >= fromUtc));
        }
        if (filter.To is { } to)
        {
            var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(d => d.DecidedOn <= to || (d.DecidedOn == null && d.ProposedAtUtc < toUtc));
        }
        var decisions = await query.OrderByDescending(d => d.ProposedAtUtc).Take(500).ToListAsync(ct);
        return await ToViewsAsync(regionId, decisions, ct);
    }

    public async Task<DecisionView?> GetDecisionAsync(string regionId, Guid id, CancellationToken ct)
    {
        var d = await db.Set<Decision>().AsNoTracking().Include(x => x.Objections).SingleOrDefaultAsync(x => x.RegionId == regionId && x.Id == id, ct);
        return d is null ? null : (await ToViewsAsync(regionId, [d], ct))[0];
    }

    public async Task<IReadOnlyList<DecisionView>> GetDecisionsForMeetingAsync(string regionId, Guid meetingId, CancellationToken ct)
    {
        var list = await db.Set<Decision>().AsNoTracking().Include(x => x.Objections)
            .Where(d => d.RegionId == regionId && d.MeetingId == meetingId).OrderBy(d => d.ProposedAtUtc).ToListAsync(ct);
        return await ToViewsAsync(regionId, list, ct);
    }

    /// <summary>Decisions taken about one plan item (kind "result", "action", …), for the partial on that item's page.</summary>
    public async Task<IReadOnlyList<DecisionView>> GetDecisionsForPlanItemAsync(string regionId, PlanItemKind kind, string key, CancellationToken ct)
    {
        var list = await db.Set<Decision>().AsNoTracking().Include(x => x.Objections)
            .Where(d => d.RegionId == regionId && d.PlanItemKind == kind && d.PlanItemKey == key && d.Status == DecisionStatus.Decided)
            .OrderByDescending(d => d.DecidedOn).Take(50).ToListAsync(ct);
        return list.Count == 0 ? [] : await ToViewsAsync(regionId, list, ct);
    }

    public async Task<IReadOnlyList<PlanItemRef>> PlanItemsAsync(string regionId, CancellationToken ct) =>
        await plan.GetPlanItemRefsAsync(regionId, ct);

    private async Task<IReadOnlyList<DecisionView>> ToViewsAsync(string regionId, List<Decision> decisions, CancellationToken ct)
    {
        if (decisions.Count == 0) return [];
        var bodyIds = decisions.Select(d => d.BodyId).Distinct().ToList();
        var bodies = await db.Set<GovernanceBody>().AsNoTracking().Where(b => bodyIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => new { b.Key, b.Name, b.Fictitious }, ct);
        var meetingIds = decisions.Where(d => d.MeetingId != null).Select(d => d.MeetingId!.Value).Distinct().ToList();
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.StartsAtUtc, ct);
        var items = await PlanItemsAsync(regionId, ct);
        var pillars = items.Where(i => i.Kind == "pillar").ToDictionary(i => i.Key, i => i.Title);
        return decisions.Select(d =>
        {
            var body = bodies[d.BodyId];
            return new DecisionView(d.Id, body.Key, body.Name, body.Fictitious, d.MeetingId,
                d.MeetingId is { } mid && meetings.TryGetValue(mid, out var at) ? at : null,
                d.Title, d.Proposal, d.AmendedProposal, d.ProposedBy, EnumNames.ToName(d.Status),
                Link(regionId, d.PlanItemKind, d.PlanItemKey, items),
                d.PillarKey is { } pk && pillars.TryGetValue(pk, out var pn) ? new NamedRef(pk, pn) : null,
                d.DecidedOn, d.WithdrawalReason, d.ProposedAtUtc,
                d.Objections.OrderBy(o => o.Number).Select(o => new ObjectionView(o.Number, o.RaisedBy, o.Text, o.RaisedAtUtc, o.HowMet, o.MetAtUtc)).ToList(),
                d.Version);
        }).ToList();
    }

    internal static PlanItemLink? Link(string regionId, PlanItemKind? kind, string? key, IReadOnlyList<PlanItemRef> items)
    {
        if (kind is not { } k || key is null) return null;
        var name = EnumNames.ToName(k);
        var title = items.FirstOrDefault(i => i.Kind == name && i.Key == key)?.Title ?? key;
        var (url, monitor) = k switch
        {
            PlanItemKind.Result => ($"/regio/{regionId}/resultaat/{key}", $"/regio/{regionId}/monitor/resultaat/{key}"),
            PlanItemKind.Action => ($"/regio/{regionId}/actie/{key}", (string?)null),
            PlanItemKind.TransformationPlan => ($"/regio/{regionId}/transformatieplannen#{key}", null),
            _ => ($"/regio/{regionId}#{key}", null),
        };
        return new PlanItemLink(name, key, title, url, monitor);
    }

    private async Task<(Dictionary<string, string> Organisations, Dictionary<string, string> Pillars)> NamesAsync(string regionId, CancellationToken ct)
    {
        var orgs = (await plan.GetOrganisationRefsAsync(regionId, ct)).ToDictionary(o => o.Key, o => o.Name);
        var pillars = (await plan.GetPlanItemRefsAsync(regionId, ct)).Where(i => i.Kind == "pillar").ToDictionary(i => i.Key, i => i.Title);
        return (orgs, pillars);
    }

    private static BodyView ToView(GovernanceBody b, (Dictionary<string, string> Organisations, Dictionary<string, string> Pillars) names, bool includePrivate) =>
        new(b.Key, b.Name, EnumNames.ToName(b.Kind), b.Mandate, b.Chair, b.Secretary,
            b.MemberOrganisationKeys.Select(k => new NamedRef(k, names.Organisations.GetValueOrDefault(k, k))).ToList(),
            includePrivate ? b.MemberNames : null, b.ContactRole, b.ContactEmail, b.PublicContactName,
            b.PillarKeys.Select(k => new NamedRef(k, names.Pillars.GetValueOrDefault(k, k))).ToList(), b.Active, b.Fictitious, b.Version);
}
