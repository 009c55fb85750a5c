using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Governance.Decisions;

/// <summary>A proposal put to a body, on an agenda item of one of its meetings.</summary>
public sealed class ProposeDecisionRequest
{
    [Required(ErrorMessage = "Kies het agendapunt.")] public Guid? AgendaItemId { get; set; }
    [Required(ErrorMessage = "Geef het voorstel een titel."), StringLength(300, ErrorMessage = "Hoogstens 300 tekens.")] public string? Title { get; set; }
    [Required(ErrorMessage = "Schrijf op wat er gevraagd wordt."), StringLength(Decision.MaxTextLength)] public string? Proposal { get; set; }
    [Required(ErrorMessage = "Vul in wie het voorstel doet."), StringLength(300, ErrorMessage = "Hoogstens 300 tekens.")] public string? ProposedBy { get; set; }
}

/// <summary>
/// One step of consent. Action is object | meet | amend | decide | withdraw; the fields it needs:
/// object: RaisedBy, Text · meet: Objection, HowMet, optional AmendedProposal · amend: AmendedProposal ·
/// decide: DecidedOn · withdraw: Reason. Version is the one read.
/// </summary>
public sealed class ChangeDecisionRequest
{
    [Required(ErrorMessage = "Ververs de pagina en probeer opnieuw.")] public int? Version { get; set; }
    [StringLength(300)] public string? RaisedBy { get; set; }
    [StringLength(Decision.MaxTextLength)] public string? Text { get; set; }
    public int? Objection { get; set; }
    [StringLength(Decision.MaxTextLength)] public string? HowMet { get; set; }
    [StringLength(Decision.MaxTextLength)] public string? AmendedProposal { get; set; }
    public DateOnly? DecidedOn { get; set; }
    [StringLength(Decision.MaxTextLength)] public string? Reason { get; set; }
}

public sealed class ChangeDecisionHandler(AppDbContext db, GovernanceQueries queries, TimeProvider clock)
{
    public static readonly string[] Actions = ["object", "meet", "amend", "decide", "withdraw"];

    public async Task<DecisionView?> ProposeAsync(string regionId, Guid meetingId, ProposeDecisionRequest r, Actor actor, CancellationToken ct)
    {
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.AgendaItems)
            .SingleOrDefaultAsync(m => m.RegionId == regionId && m.Id == meetingId, ct);
        if (meeting is null) return null;
        var item = meeting.AgendaItems.SingleOrDefault(a => a.Id == r.AgendaItemId) ?? throw new RuleViolation("governance.agenda-item-unknown");
        var decision = Decision.Propose(regionId, meeting.BodyId, meeting.Id, item, r.Title!, r.Proposal!, r.ProposedBy!, Now);
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        return await queries.GetDecisionAsync(regionId, decision.Id, ct);
    }

    public async Task<DecisionView?> ChangeAsync(string regionId, Guid decisionId, string action, ChangeDecisionRequest r, Actor actor, CancellationToken ct)
    {
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        var decision = await db.Set<Decision>().Include(d => d.Objections).SingleOrDefaultAsync(d => d.RegionId == regionId && d.Id == decisionId, ct);
        if (decision is null) return null;
        var before = await queries.GetDecisionAsync(regionId, decisionId, ct);
        await GovernanceEditSupport.GuardVersionAsync(db, decision, r.Version, () => before!, ct);
        switch (action)
        {
            case "object": decision.Object(r.RaisedBy ?? "", r.Text ?? "", Now); break;
            case "meet": decision.MeetObjection(r.Objection ?? 0, r.HowMet ?? "", r.AmendedProposal, Now); break;
            case "amend": decision.Amend(r.AmendedProposal ?? "", Now); break;
            case "decide": decision.Decide(r.DecidedOn ?? DateOnly.FromDateTime(Today), Now); break;
            case "withdraw": decision.Withdraw(r.Reason ?? "", Now); break;
            default: return null;
        }
        await db.SaveChangesAsync(ct);
        return await queries.GetDecisionAsync(regionId, decisionId, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateTime Today => Governance.GovernanceLabels.ToLocal(Now);
}
