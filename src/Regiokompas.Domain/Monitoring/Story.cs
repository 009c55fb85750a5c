using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Monitoring;

public enum StoryKind { Story, Quote, Observation }

public enum StorySource { Interview, GroupTalk, ResidentsPanel, Professional, Other }

/// <summary>
/// Soft data: "het verhaal achter de cijfers". Never about a named resident; it can only be
/// made public once consent for publication is recorded.
/// </summary>
public sealed class Story : IVersioned, IAudited
{
    public const int MaxTextLength = 4000;

    public int Id { get; set; }
    public required string RegionId { get; init; }
    public StoryKind Kind { get; set; }
    public string? Title { get; set; }
    public string Text { get; private set; } = "";
    public DateOnly Date { get; set; }
    public string? MunicipalityCode { get; set; }
    public StorySource Source { get; set; }
    public DateOnly? ConsentDate { get; private set; }
    public string? ConsentRecordedBy { get; private set; }
    public Visibility Visibility { get; private set; } = Visibility.Internal;
    public List<string> PillarKeys { get; set; } = [];
    public List<string> ResultKeys { get; set; } = [];
    public List<string> IndicatorCodes { get; set; } = [];
    public int Version { get; set; }

    string IAudited.AuditKey => $"story/{Id}";
    string? IAudited.AuditRegionId => RegionId;

    public bool HasConsent => ConsentDate is not null;

    public void ChangeText(string text)
    {
        text = text.Trim();
        if (text.Length == 0) throw new RuleViolation("monitoring.story-text-required");
        if (text.Length > MaxTextLength) throw new RuleViolation("monitoring.story-text-too-long", MaxTextLength);
        Text = text;
    }

    public void RecordConsent(DateOnly date, string by, DateOnly today)
    {
        if (date > today) throw new RuleViolation("monitoring.story-consent-in-future", date);
        ConsentDate = date;
        ConsentRecordedBy = by;
    }

    /// <summary>Withdrawing consent takes the story out of public view at once.</summary>
    public void WithdrawConsent()
    {
        ConsentDate = null;
        ConsentRecordedBy = null;
        Visibility = Visibility.Internal;
    }

    public void ChangeVisibility(Visibility visibility)
    {
        if (visibility == Visibility.Public && !HasConsent) throw new RuleViolation("monitoring.story-needs-consent");
        Visibility = visibility;
    }
}
