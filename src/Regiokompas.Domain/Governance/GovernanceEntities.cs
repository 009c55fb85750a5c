using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Governance;

public enum BodyKind { Regiotafel, BestuurlijkOverleg, Regiegroep, CoalitionTable, WorkingGroup }

/// <summary>What an agenda item or decision points at in the plan.</summary>
public enum PlanItemKind { Pillar, Result, Action, TransformationPlan }

/// <summary>Consent: a proposal is open for objections, may be amended to meet them, and ends decided or withdrawn.</summary>
public enum DecisionStatus { Open, Amended, Decided, Withdrawn }

/// <summary>A table of the network: Regiotafel, Bestuurlijk Overleg, regiegroep, coalition table or working group.</summary>
public sealed class GovernanceBody : IVersioned, IAudited
{
    public int Id { get; set; }
    public required string RegionId { get; init; }
    public required string Key { get; init; }
    public required string Name { get; set; }
    public BodyKind Kind { get; set; }
    public string? Mandate { get; set; }
    /// <summary>Chair and secretary as role and organisation ("onafhankelijk voorzitter"), not as a person.</summary>
    public string? Chair { get; set; }
    public string? Secretary { get; set; }
    public List<string> MemberOrganisationKeys { get; set; } = [];
    /// <summary>People at the table; staff names are shown to signed-in users only.</summary>
    public List<string> MemberNames { get; set; } = [];
    public string? ContactRole { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>A person the body itself lists as public contact; the only person name shown to anyone.</summary>
    public string? PublicContactName { get; set; }
    public List<string> PillarKeys { get; set; } = [];
    public bool Active { get; set; } = true;
    /// <summary>Demo data made up for trying the app; always shown with "fictief (demo)".</summary>
    public bool Fictitious { get; set; }
    public int Version { get; set; }
    string IAudited.AuditKey => Key;
    string? IAudited.AuditRegionId => RegionId;
}

public sealed class Meeting : IVersioned, IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionId { get; init; }
    public int BodyId { get; init; }
    public required string BodyKey { get; init; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    public string? Location { get; set; }
    public string? VideoLink { get; set; }
    public string? Minutes { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; set; }
    public List<AgendaItem> AgendaItems { get; } = [];
    string IAudited.AuditKey => $"{BodyKey}/{Id:N}";
    string? IAudited.AuditRegionId => RegionId;

    public const int MaxMinutesLength = 20_000;

    public static Meeting Plan(string regionId, int bodyId, string bodyKey, DateTime startsAtUtc, DateTime endsAtUtc,
        string? location, string? videoLink, DateTime nowUtc)
    {
        var meeting = new Meeting { RegionId = regionId, BodyId = bodyId, BodyKey = bodyKey, Location = Clean(location), VideoLink = Clean(videoLink) };
        meeting.Reschedule(startsAtUtc, endsAtUtc, nowUtc);
        if (meeting.Location is null && meeting.VideoLink is null) throw new RuleViolation("governance.meeting-needs-place");
        return meeting;
    }

    public void Reschedule(DateTime startsAtUtc, DateTime endsAtUtc, DateTime nowUtc)
    {
        if (endsAtUtc <= startsAtUtc) throw new RuleViolation("governance.meeting-ends-before-start");
        if (endsAtUtc - startsAtUtc > TimeSpan.FromHours(24)) throw new RuleViolation("governance.meeting-too-long");
        (StartsAtUtc, EndsAtUtc, UpdatedAtUtc) = (startsAtUtc, endsAtUtc, nowUtc);
    }

    public AgendaItem AddAgendaItem(string title, PlanItemKind? kind, string? planItemKey, string? pillarKey, DateTime nowUtc)
    {
        title = title.Trim();
        if (title.Length == 0) throw new RuleViolation("governance.agenda-title-required");
        if (kind is null != string.IsNullOrWhiteSpace(planItemKey)) throw new RuleViolation("governance.plan-item-incomplete");
        var item = new AgendaItem
        {
            MeetingId = Id, RegionId = RegionId, Order = AgendaItems.Count + 1, Title = title,
            PlanItemKind = kind, PlanItemKey = kind is null ? null : planItemKey!.Trim(), PillarKey = pillarKey,
        };
        AgendaItems.Add(item);
        UpdatedAtUtc = nowUtc; // touches the meeting, so its version guards the agenda too
        return item;
    }

    public void RecordMinutes(string? minutes, DateTime nowUtc)
    {
        minutes = Clean(minutes);
        if (minutes is { Length: > MaxMinutesLength }) throw new RuleViolation("governance.minutes-too-long", MaxMinutesLength);
        Minutes = minutes;
        UpdatedAtUtc = nowUtc;
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class AgendaItem : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid MeetingId { get; init; }
    public required string RegionId { get; init; }
    public int Order { get; init; }
    public required string Title { get; init; }
    public PlanItemKind? PlanItemKind { get; init; }
    public string? PlanItemKey { get; init; }
    /// <summary>The pillar the plan item sits under, kept so decisions can be filtered by pillar.</summary>
    public string? PillarKey { get; init; }
    string IAudited.AuditKey => $"{MeetingId:N}/{Order}";
    string? IAudited.AuditRegionId => RegionId;
}

/// <summary>A proposal decided by consent: it passes when no objection is left unmet.</summary>
public sealed class Decision : IVersioned, IAudited
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionId { get; init; }
    public int BodyId { get; init; }
    public Guid? MeetingId { get; init; }
    public Guid? AgendaItemId { get; init; }
    public required string Title { get; init; }
    /// <summary>What the proposal asks, as first put forward.</summary>
    public required string Proposal { get; init; }
    public required string ProposedBy { get; init; }
    /// <summary>The latest text after amendments that met objections; null while never amended.</summary>
    public string? AmendedProposal { get; private set; }
    public PlanItemKind? PlanItemKind { get; init; }
    public string? PlanItemKey { get; init; }
    public string? PillarKey { get; init; }
    public DecisionStatus Status { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public DateTime ProposedAtUtc { get; init; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; set; }
    public List<Objection> Objections { get; } = [];
    string IAudited.AuditKey => Id.ToString("N");
    string? IAudited.AuditRegionId => RegionId;

    public bool IsClosed => Status is DecisionStatus.Decided or DecisionStatus.Withdrawn;
    public string CurrentProposal => AmendedProposal ?? Proposal;

    public static Decision Propose(string regionId, int bodyId, Guid? meetingId, AgendaItem? agendaItem,
        string title, string proposal, string proposedBy, DateTime nowUtc)
    {
        title = Required(title, "governance.decision-title-required");
        proposal = Required(proposal, "governance.proposal-required");
        proposedBy = Required(proposedBy, "governance.proposer-required");
        if (title.Length > 300) throw new RuleViolation("governance.text-too-long", 300);
        if (proposal.Length > MaxTextLength || proposedBy.Length > 300) throw new RuleViolation("governance.text-too-long", MaxTextLength);
        return new Decision
        {
            RegionId = regionId, BodyId = bodyId, MeetingId = meetingId, AgendaItemId = agendaItem?.Id,
            Title = title, Proposal = proposal, ProposedBy = proposedBy,
            PlanItemKind = agendaItem?.PlanItemKind, PlanItemKey = agendaItem?.PlanItemKey, PillarKey = agendaItem?.PillarKey,
            Status = DecisionStatus.Open, ProposedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        };
    }

    public Objection Object(string raisedBy, string text, DateTime nowUtc)
    {
        EnsureOpen();
        var objection = new Objection
        {
            DecisionId = Id, RegionId = RegionId, Number = Objections.Count + 1,
            RaisedBy = Required(raisedBy, "governance.objector-required"),
            Text = Limit(Required(text, "governance.objection-required")), RaisedAtUtc = nowUtc,
        };
        Objections.Add(objection);
        UpdatedAtUtc = nowUtc;
        return objection;
    }

    /// <summary>Records how an objection was met; with an amended text the proposal moves to "amended".</summary>
    public void MeetObjection(int number, string howMet, string? amendedProposal, DateTime nowUtc)
    {
        EnsureOpen();
        var objection = Objections.SingleOrDefault(o => o.Number == number)
            ?? throw new RuleViolation("governance.objection-unknown", number);
        if (objection.IsMet) throw new RuleViolation("governance.objection-already-met", number);
        objection.HowMet = Limit(Required(howMet, "governance.how-met-required"));
        objection.MetAtUtc = nowUtc;
        if (Meeting.Clean(amendedProposal) is { } amended) Amend(amended, nowUtc);
        UpdatedAtUtc = nowUtc;
    }

    public void Amend(string amendedProposal, DateTime nowUtc)
    {
        EnsureOpen();
        amendedProposal = Limit(Required(amendedProposal, "governance.proposal-required"));
        if (amendedProposal == CurrentProposal) throw new RuleViolation("governance.amendment-unchanged");
        AmendedProposal = amendedProposal;
        Status = DecisionStatus.Amended;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Consent is reached only when every objection has been met.</summary>
    public void Decide(DateOnly decidedOn, DateTime nowUtc)
    {
        EnsureOpen();
        var unmet = Objections.Count(o => !o.IsMet);
        if (unmet > 0) throw new RuleViolation("governance.objections-unmet", unmet);
        if (decidedOn < DateOnly.FromDateTime(ProposedAtUtc)) throw new RuleViolation("governance.decided-before-proposed", DateOnly.FromDateTime(ProposedAtUtc));
        // One day of slack: the date is given in Dutch time, which runs ahead of UTC.
        if (decidedOn > DateOnly.FromDateTime(nowUtc).AddDays(1)) throw new RuleViolation("governance.decided-in-future");
        Status = DecisionStatus.Decided;
        DecidedOn = decidedOn;
        UpdatedAtUtc = nowUtc;
    }

    public void Withdraw(string reason, DateTime nowUtc)
    {
        EnsureOpen();
        WithdrawalReason = Limit(Required(reason, "governance.withdraw-reason-required"));
        Status = DecisionStatus.Withdrawn;
        UpdatedAtUtc = nowUtc;
    }

    private void EnsureOpen()
    {
        if (IsClosed) throw new RuleViolation("governance.decision-closed", Status);
    }

    private static string Required(string? value, string code) =>
        Meeting.Clean(value) ?? throw new RuleViolation(code);

    private static string Limit(string value) =>
        value.Length > MaxTextLength ? throw new RuleViolation("governance.text-too-long", MaxTextLength) : value;
}

/// <summary>An objection to a proposal and, once met, how.</summary>
public sealed class Objection : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid DecisionId { get; init; }
    public required string RegionId { get; init; }
    public int Number { get; init; }
    public required string RaisedBy { get; init; }
    public required string Text { get; init; }
    public DateTime RaisedAtUtc { get; init; }
    public string? HowMet { get; internal set; }
    public DateTime? MetAtUtc { get; internal set; }
    public bool IsMet => HowMet is not null;
    string IAudited.AuditKey => $"{DecisionId:N}/{Number}";
    string? IAudited.AuditRegionId => RegionId;
}
