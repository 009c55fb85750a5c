using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>Eligibility by age: both ends inclusive, either end open.</summary>
public readonly record struct AgeRange(int? Minimum, int? Maximum)
{
    public const int OldestAge = 120;

    public static AgeRange Create(int? minimum, int? maximum)
    {
        if (minimum is < 0 or > OldestAge || maximum is < 0 or > OldestAge)
            throw new RuleViolation("caredirectory.age-out-of-range", 0, OldestAge);
        if (minimum is { } min && maximum is { } max && min > max)
            throw new RuleViolation("caredirectory.age-range-invalid", min, max);
        return new AgeRange(minimum, maximum);
    }

    public bool Covers(int age) => (Minimum is null || age >= Minimum) && (Maximum is null || age <= Maximum);
}

/// <summary>What filters decide on, taken from a service (or from a search index document).</summary>
public sealed record ServiceFacts(
    ServiceKind Kind,
    IReadOnlyCollection<string> ThemeCodes,
    IReadOnlyCollection<string> MunicipalityCodes,
    AgeRange Ages,
    bool IsFree,
    bool ReferralRequired,
    IReadOnlyCollection<string> LanguageCodes);

/// <summary>
/// The resident's and professional's filters. Empty means "no restriction". A service without
/// service areas is taken to serve everyone (online and national help), and a service without
/// languages is taken to be in Dutch.
/// </summary>
public sealed record DirectoryFilter
{
    public string? MunicipalityCode { get; init; }
    public int? Age { get; init; }
    public bool FreeOnly { get; init; }
    public bool WithoutReferralOnly { get; init; }
    public string? LanguageCode { get; init; }
    public IReadOnlySet<ServiceKind> Kinds { get; init; } = new HashSet<ServiceKind>();
    /// <summary>Any of these themes matches.</summary>
    public IReadOnlySet<string> Themes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public static readonly DirectoryFilter None = new();

    public bool IsEmpty => MunicipalityCode is null && Age is null && !FreeOnly && !WithoutReferralOnly
        && LanguageCode is null && Kinds.Count == 0 && Themes.Count == 0;

    public bool Matches(ServiceFacts facts)
    {
        if (MunicipalityCode is { } m && facts.MunicipalityCodes.Count > 0 && !facts.MunicipalityCodes.Contains(m)) return false;
        if (Age is { } age && !facts.Ages.Covers(age)) return false;
        if (FreeOnly && !facts.IsFree) return false;
        if (WithoutReferralOnly && facts.ReferralRequired) return false;
        if (LanguageCode is { } lang && !SpeaksLanguage(facts, lang)) return false;
        if (Kinds.Count > 0 && !Kinds.Contains(facts.Kind)) return false;
        if (Themes.Count > 0 && !facts.ThemeCodes.Any(Themes.Contains)) return false;
        return true;
    }

    private static bool SpeaksLanguage(ServiceFacts facts, string language) =>
        facts.LanguageCodes.Count == 0
            ? string.Equals(language, "nl", StringComparison.OrdinalIgnoreCase)
            : facts.LanguageCodes.Contains(language, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Resident ranking: text relevance first, then help in the resident's own municipality, then nearness.</summary>
public static class ResidentRanking
{
    public const double OwnMunicipalityBoost = 2.0;

    /// <summary>Entries without a phone, e-mail, website or address leave a resident stuck, so they rank lower.</summary>
    public const double UnreachablePenalty = 0.5;

    public static double Score(double relevance, bool servesOwnMunicipality, double? distanceKm, bool reachable = true)
    {
        var score = relevance * (servesOwnMunicipality ? OwnMunicipalityBoost : 1.0) * (reachable ? 1.0 : UnreachablePenalty);
        // Nearness only reorders close calls: halves the weight at 10 km, never below a quarter.
        if (distanceKm is { } d) score *= 0.25 + 0.75 / (1 + Math.Max(0, d) / 10.0);
        return score;
    }

    /// <summary>Great-circle distance (haversine) in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double earthRadiusKm = 6371.0;
        static double Rad(double degrees) => degrees * Math.PI / 180.0;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
