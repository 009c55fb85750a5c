using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.CareDirectory;

public enum ProposalStatus { Pending, Approved, Rejected }

/// <summary>
/// An informal initiative (a neighbourhood group, a volunteer circle) that anyone may propose.
/// It is not public until a directory moderator approves it; approval creates the directory entry.
/// </summary>
public sealed class InitiativeProposal : IVersioned, IAudited
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    /// <summary>What the initiative does, in the proposer's words.</summary>
    public required string What { get; set; }
    public string? ForWhom { get; set; }
    /// <summary>CBS municipality code (GM....).</summary>
    public required string MunicipalityCode { get; set; }
    /// <summary>Where exactly (a community centre, a street), free text.</summary>
    public string? Place { get; set; }
    public string? ContactName { get; set; }
    public required string ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public ProposalStatus Status { get; private set; } = ProposalStatus.Pending;
    public DateTime SubmittedUtc { get; init; }
    public DateTime? DecidedUtc { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? RejectionReason { get; private set; }
    /// <summary>The directory entry that approval created.</summary>
    public Guid? ServiceId { get; private set; }
    public int Version { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;

    public void Approve(Guid serviceId, string moderator, DateTime now)
    {
        if (Status != ProposalStatus.Pending) throw new RuleViolation("caredirectory.proposal-decided");
        Status = ProposalStatus.Approved;
        ServiceId = serviceId;
        DecidedBy = moderator;
        DecidedUtc = now;
    }

    public void Reject(string? reason, string moderator, DateTime now)
    {
        if (Status != ProposalStatus.Pending) throw new RuleViolation("caredirectory.proposal-decided");
        if (string.IsNullOrWhiteSpace(reason)) throw new RuleViolation("caredirectory.proposal-reason-required");
        Status = ProposalStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedBy = moderator;
        DecidedUtc = now;
    }
}
