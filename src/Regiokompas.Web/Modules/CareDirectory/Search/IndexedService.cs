using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory.Search;

/// <summary>What the index needs of one service, projected from the database in one query.</summary>
public sealed record IndexedService(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? AlternateName,
    string? Description,
    string? B1Summary,
    string? EligibilityDescription,
    string OrganisationName,
    ServiceStatus Status,
    ServiceKind Kind,
    bool IsFree,
    bool ReferralRequired,
    bool IsDemo,
    int? MinimumAge,
    int? MaximumAge,
    DateOnly? AssuredDate,
    DateTime LastModifiedUtc,
    IReadOnlyList<string> ThemeCodes,
    IReadOnlyList<string> MunicipalityCodes,
    IReadOnlyList<string> AreaNames,
    IReadOnlyList<string> LanguageCodes,
    IReadOnlyList<Guid> TaxonomyTermIds,
    IReadOnlyList<Guid> TaxonomyIds,
    IReadOnlyList<string> PlaceWords,
    double? Latitude,
    double? Longitude,
    bool Reachable = true);

/// <summary>A search as the resident page, the professionals' view and the HSDS API ask it.</summary>
public sealed record DirectorySearch
{
    public string? Text { get; init; }
    public DirectoryFilter Filter { get; init; } = DirectoryFilter.None;
    /// <summary>Resident search hides entries past the freshness hide age, inactive entries and (unless enabled) demo entries.</summary>
    public bool ResidentView { get; init; }
    public bool IncludeDemo { get; init; }
    public DateOnly Today { get; init; }
    public Guid? OrganisationId { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public Guid? TaxonomyId { get; init; }
    public DateTime? ModifiedAfterUtc { get; init; }
    /// <summary>Where the resident is, for distance ranking (from a postcode or municipality).</summary>
    public (double Latitude, double Longitude)? Near { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}

public sealed record SearchHit(Guid Id, string Name, double Score);

/// <param name="DidYouMean">The query with unknown words replaced by the nearest known ones, or null.</param>
public sealed record SearchOutcome(IReadOnlyList<SearchHit> Hits, int Total, bool Relaxed, string? DidYouMean = null);
