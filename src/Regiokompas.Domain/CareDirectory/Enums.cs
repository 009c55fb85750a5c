namespace Regiokompas.Domain.CareDirectory;

/// <summary>HSDS 3.0 service status; stored as text, written to HSDS as snake-case words.</summary>
public enum ServiceStatus { Active, Inactive, Defunct, TemporarilyClosed }

/// <summary>Dutch profile: what sort of help this is, so residents can choose between professionals and neighbours.</summary>
public enum ServiceKind { FormalCare, Welfare, Informal }

/// <summary>HSDS 3.0 location_type.</summary>
public enum LocationType { Physical, Postal, Virtual }

/// <summary>How old an entry's assured date is, relative to the freshness policy.</summary>
public enum Freshness
{
    /// <summary>Checked recently.</summary>
    Fresh,
    /// <summary>Still shown normally, but the owner is asked to check it soon.</summary>
    ReminderDue,
    /// <summary>Past the flag age: shown with a visible warning.</summary>
    Flagged,
    /// <summary>Past the hide age: no longer in resident search.</summary>
    Hidden,
}

public enum ErrorReportStatus { Open, Resolved }

/// <summary>The closed loop of a Welzijn op Recept referral as the receiving organisation reports it.</summary>
public enum ReferralStatus { Sent, Received, ContactMade, Started, NotStarted }
