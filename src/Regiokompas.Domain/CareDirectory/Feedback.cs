using System.Net.Mail;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>"Meld een fout": a resident or professional tells the owner that an entry is wrong.</summary>
public sealed class ErrorReport : IVersioned, IAudited
{
    public const int MaxMessageLength = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ServiceId { get; init; }
    public required string Message { get; init; }
    public string? ContactEmail { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public ErrorReportStatus Status { get; private set; }
    public DateTime? ResolvedAtUtc { get; private set; }
    public string? ResolvedBy { get; private set; }
    public int Version { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;

    public static ErrorReport Create(Guid serviceId, string message, string? contactEmail, DateTime nowUtc)
    {
        message = message?.Trim() ?? "";
        if (message.Length == 0) throw new RuleViolation("caredirectory.report-empty");
        if (message.Length > MaxMessageLength) throw new RuleViolation("caredirectory.report-too-long", MaxMessageLength);
        contactEmail = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim();
        if (contactEmail is not null && !MailAddress.TryCreate(contactEmail, out _))
            throw new RuleViolation("caredirectory.report-email-invalid");
        return new ErrorReport { ServiceId = serviceId, Message = message, ContactEmail = contactEmail, CreatedAtUtc = nowUtc };
    }

    public void Resolve(string by, DateTime nowUtc)
    {
        if (Status == ErrorReportStatus.Resolved) return;
        Status = ErrorReportStatus.Resolved;
        ResolvedAtUtc = nowUtc;
        ResolvedBy = by;
    }
}

/// <summary>
/// A Welzijn op Recept referral: the GP sends a resident (with consent, no medical data) and the
/// welfare organisation reports back, so the loop closes. The resident is named only by initials.
/// </summary>
public sealed class WellbeingReferral : IVersioned, IAudited
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ServiceId { get; init; }
    public required string ReferrerName { get; init; }
    public string? ReferrerUserId { get; init; }
    public int? ReferrerOrganisationId { get; init; }
    public required string ResidentInitials { get; init; }
    public string? ResidentContact { get; init; }
    public string? Note { get; init; }
    public DateTime ConsentAtUtc { get; init; }
    public ReferralStatus Status { get; private set; } = ReferralStatus.Sent;
    public string? NotStartedReason { get; private set; }
    public DateTime LastStatusAtUtc { get; private set; }
    public int Version { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;

    public static WellbeingReferral Create(Guid serviceId, string referrerName, int? referrerOrganisationId,
        string residentInitials, string? residentContact, string? note, bool consentGiven, DateTime nowUtc, string? referrerUserId = null)
    {
        if (!consentGiven) throw new RuleViolation("caredirectory.referral-needs-consent");
        residentInitials = residentInitials?.Trim() ?? "";
        if (residentInitials.Length is 0 or > 10) throw new RuleViolation("caredirectory.referral-initials-invalid", 10);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNoteLength }) throw new RuleViolation("caredirectory.referral-note-too-long", MaxNoteLength);
        return new WellbeingReferral
        {
            ServiceId = serviceId, ReferrerName = referrerName, ReferrerUserId = referrerUserId, ReferrerOrganisationId = referrerOrganisationId,
            ResidentInitials = residentInitials, ResidentContact = residentContact?.Trim(), Note = note,
            ConsentAtUtc = nowUtc, LastStatusAtUtc = nowUtc,
        };
    }

    /// <summary>Forward only: sent → received → contact made → started or not started (with a reason).</summary>
    public static bool CanMove(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.Sent, ReferralStatus.Received) => true,
        (ReferralStatus.Sent or ReferralStatus.Received, ReferralStatus.ContactMade) => true,
        (ReferralStatus.ContactMade, ReferralStatus.Started) => true,
        (ReferralStatus.Sent or ReferralStatus.Received or ReferralStatus.ContactMade, ReferralStatus.NotStarted) => true,
        _ => false,
    };

    public void MoveTo(ReferralStatus to, string? reason, DateTime nowUtc)
    {
        if (!CanMove(Status, to)) throw new RuleViolation("caredirectory.referral-status-not-allowed", Status, to);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (to == ReferralStatus.NotStarted && reason is null) throw new RuleViolation("caredirectory.referral-reason-required");
        Status = to;
        NotStartedReason = to == ReferralStatus.NotStarted ? reason : null;
        LastStatusAtUtc = nowUtc;
    }
}
