using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>
/// HSDS 3.0 organization. Linked to the plan's organisation (by id only) so that the members of
/// that organisation may keep its entries; the directory never reads the plan's tables.
/// </summary>
public sealed class CareOrganisation : IVersioned, IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public string Description { get; set; } = "";
    public string? Email { get; set; }
    public string? Website { get; set; }
    /// <summary>Dutch profile: Chamber of Commerce number (organization_identifier "KvK").</summary>
    public string? KvkNumber { get; set; }
    /// <summary>Dutch profile: Vektis AGB code for care providers.</summary>
    public string? AgbCode { get; set; }
    public int? PlanOrganisationId { get; set; }
    public DateTime LastModifiedUtc { get; set; }
    public int Version { get; set; }
    public List<CarePhone> Phones { get; } = [];
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

/// <summary>HSDS 3.0 service, with the Dutch profile fields (kind, B1 summary, themes).</summary>
public sealed class CareService : IVersioned, IAudited
{
    public const int MaxNameLength = 200;
    public const int MaxSummaryLength = 400;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public CareOrganisation? Organisation { get; set; }
    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    /// <summary>Dutch profile: a short text at language level B1 for residents.</summary>
    public string? B1Summary { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    public ServiceKind Kind { get; set; } = ServiceKind.Welfare;
    public string? ApplicationProcess { get; set; }
    public string? FeesDescription { get; set; }
    public bool IsFree { get; set; }
    public bool ReferralRequired { get; set; }
    public string? WaitTime { get; set; }
    public string? EligibilityDescription { get; set; }
    public int? MinimumAge { get; private set; }
    public int? MaximumAge { get; private set; }
    public DateOnly? AssuredDate { get; private set; }
    public string? AssurerEmail { get; private set; }
    public string? Alert { get; set; }
    /// <summary>Seeded from a plan document with facts we could not check against the organisation.</summary>
    public bool Unverified { get; set; }
    public bool IsDemo { get; set; }
    public List<string> ThemeCodes { get; set; } = [];
    /// <summary>When the owner was last e-mailed a "klopt nog" reminder, so reminders go out once a month at most.</summary>
    public DateTime? LastReminderUtc { get; set; }
    public DateTime LastModifiedUtc { get; set; }
    public int Version { get; set; }

    public List<CarePhone> Phones { get; } = [];
    public List<CareSchedule> Schedules { get; } = [];
    public List<ServiceArea> ServiceAreas { get; } = [];
    public List<ServiceLanguage> Languages { get; } = [];
    public List<CostOption> CostOptions { get; } = [];
    public List<ServiceAtLocation> Locations { get; } = [];
    public List<ServiceAttribute> Attributes { get; } = [];

    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;

    public void Rename(string name)
    {
        name = name.Trim();
        if (name.Length == 0) throw new RuleViolation("caredirectory.name-required");
        if (name.Length > MaxNameLength) throw new RuleViolation("caredirectory.name-too-long", MaxNameLength);
        Name = name;
    }

    public void ChangeSummary(string? summary)
    {
        summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (summary is { Length: > MaxSummaryLength }) throw new RuleViolation("caredirectory.summary-too-long", MaxSummaryLength);
        B1Summary = summary;
    }

    public void SetAgeRange(int? minimum, int? maximum)
    {
        var range = AgeRange.Create(minimum, maximum);
        MinimumAge = range.Minimum;
        MaximumAge = range.Maximum;
    }

    public AgeRange AgeRange => new(MinimumAge, MaximumAge);

    public void SetThemes(IEnumerable<string> codes)
    {
        var list = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var code in list)
            if (!DutchThemes.IsKnown(code)) throw new RuleViolation("caredirectory.unknown-theme", code);
        ThemeCodes = list;
    }

    /// <summary>The owner confirms the entry is still correct ("klopt nog"): the freshness clock restarts.</summary>
    public void Assure(DateOnly date, string? assurerEmail, DateOnly today)
    {
        if (date > today) throw new RuleViolation("caredirectory.assured-date-in-future", date);
        if (AssuredDate is { } current && date < current) return;
        AssuredDate = date;
        AssurerEmail = string.IsNullOrWhiteSpace(assurerEmail) ? AssurerEmail : assurerEmail.Trim();
    }

    /// <summary>For imports: HSDS data carries its own assured date, which may be older than ours.</summary>
    public void RestoreAssurance(DateOnly? date, string? assurerEmail)
    {
        AssuredDate = date;
        AssurerEmail = assurerEmail;
    }

    public Freshness FreshnessOn(DateOnly today, FreshnessPolicy policy) => policy.Evaluate(AssuredDate, today);

    /// <summary>The facts that search filters and the question path decide on.</summary>
    public ServiceFacts ToFacts() => new(
        Kind,
        ThemeCodes,
        ServiceAreas.Select(a => a.MunicipalityCode).OfType<string>().ToList(),
        AgeRange,
        IsFree,
        ReferralRequired,
        Languages.Select(l => l.Code).OfType<string>().ToList());
}

public sealed class CareLocation : IVersioned, IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid? OrganisationId { get; set; }
    public LocationType LocationType { get; set; } = LocationType.Physical;
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>How to get there: bus stop, parking, entrance.</summary>
    public string? Transportation { get; set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    /// <summary>Dutch profile: CBS municipality code, e.g. GM0995 for Lelystad.</summary>
    public string? MunicipalityCode { get; set; }
    /// <summary>Dutch profile: CBS district (wijk) code, e.g. WK099501.</summary>
    public string? DistrictCode { get; set; }
    public string? AccessibilityDescription { get; set; }
    public int Version { get; set; }
    public List<CareAddress> Addresses { get; } = [];
    public List<CarePhone> Phones { get; } = [];
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;

    public void MoveTo(double? latitude, double? longitude)
    {
        if (latitude is null != longitude is null) throw new RuleViolation("caredirectory.coordinates-incomplete");
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
            throw new RuleViolation("caredirectory.coordinates-out-of-range");
        Latitude = latitude;
        Longitude = longitude;
    }
}

public sealed class ServiceAtLocation : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public Guid LocationId { get; set; }
    public CareLocation? Location { get; set; }
    public string? Description { get; set; }
    public List<CareSchedule> Schedules { get; } = [];
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

public sealed class CareAddress : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid LocationId { get; set; }
    public string? Attention { get; set; }
    public required string Address1 { get; set; }
    public string? Address2 { get; set; }
    public required string City { get; set; }
    public string? Region { get; set; }
    public string StateProvince { get; set; } = "";
    public required string PostalCode { get; set; }
    public string Country { get; set; } = "NL";
    public string AddressType { get; set; } = "physical";
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

public sealed class CarePhone : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid? OrganisationId { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public required string Number { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

/// <summary>HSDS schedule (a subset of iCalendar RRULE): weekly opening hours are what residents need.</summary>
public sealed class CareSchedule : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid? ServiceId { get; set; }
    public Guid? ServiceAtLocationId { get; set; }
    public string? Freq { get; set; }
    /// <summary>Comma-separated iCalendar days: MO,TU,WE,TH,FR,SA,SU.</summary>
    public string? ByDay { get; set; }
    public TimeOnly? OpensAt { get; set; }
    public TimeOnly? ClosesAt { get; set; }
    public string? Description { get; set; }

    public void SetHours(TimeOnly? opensAt, TimeOnly? closesAt)
    {
        if (opensAt is { } o && closesAt is { } c && c <= o)
            throw new RuleViolation("caredirectory.closes-before-opens", o, c);
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

public sealed class ServiceArea : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public string? Name { get; set; }
    /// <summary>Dutch profile: the CBS code of the municipality served; null for a free-text area.</summary>
    public string? MunicipalityCode { get; set; }
    public string? Description { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

public sealed class ServiceLanguage : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    /// <summary>ISO 639 code, e.g. "nl", "en", "ar".</summary>
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Note { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

public sealed class CostOption : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public string? Option { get; set; }
    public string Currency { get; set; } = "EUR";
    public decimal? Amount { get; set; }
    public string? AmountDescription { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

public sealed class Taxonomy : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string? Uri { get; set; }
    public string? Version { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

public sealed class TaxonomyTerm : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public string? Code { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public Guid? ParentId { get; set; }
    public Guid? TaxonomyId { get; set; }
    public string? Language { get; set; }
    public string? TermUri { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}

/// <summary>HSDS attribute: links a service to a taxonomy term (kept for imported data).</summary>
public sealed class ServiceAttribute : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public Guid TaxonomyTermId { get; set; }
    public string? Value { get; set; }
    string IAudited.AuditKey => Id.ToString();
    string? IAudited.AuditRegionId => null;
}
