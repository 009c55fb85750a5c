using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

/// <summary>
/// The Dutch profile's extra vocabulary (see docs/hsds-profile-nl.md): the resident themes, and a
/// profile taxonomy for what HSDS 3.0 has no field for (kind of help, referral, B1 summary, unverified).
/// Terms have name-based ids, so they are the same in every installation.
/// </summary>
public static class HsdsProfile
{
    public const string ProfileUrl = "https://regiokompas.nl/hsds/profiel-nl";
    public const string ProfileTaxonomyName = "regiokompas-profiel";
    public static readonly Guid ProfileTaxonomyId = ThemeTerms.NameBased("taxonomy:" + ProfileTaxonomyName);

    public const string FormalCare = "soort-formele-zorg";
    public const string Welfare = "soort-welzijn";
    public const string Informal = "soort-informeel";
    public const string ReferralRequired = "verwijzing-nodig";
    public const string NoReferral = "zonder-verwijzing";
    public const string B1Summary = "b1-samenvatting";
    public const string Unverified = "niet-geverifieerd";

    public static readonly IReadOnlyList<(string Code, string Name, string Description)> ProfileTerms =
    [
        (FormalCare, "Formele zorg", "Zorg door zorgverleners, vaak via zorgverzekering, Wmo of Wlz."),
        (Welfare, "Welzijn", "Hulp en activiteiten van een welzijnsorganisatie."),
        (Informal, "Informeel", "Hulp van vrijwilligers, buren of een bewonersinitiatief."),
        (ReferralRequired, "Verwijzing nodig", "U heeft een verwijzing of beschikking nodig."),
        (NoReferral, "Zonder verwijzing", "U kunt zelf contact opnemen."),
        (B1Summary, "Samenvatting B1", "Korte uitleg in eenvoudige taal (taalniveau B1); de tekst staat in value."),
        (Unverified, "Niet geverifieerd", "Overgenomen uit een openbaar plan en nog niet door de organisatie gecontroleerd."),
    ];

    public static Guid TermId(string code) => ThemeTerms.NameBased("profile:" + code);

    public static string KindTerm(ServiceKind kind) => kind switch
    {
        ServiceKind.FormalCare => FormalCare,
        ServiceKind.Informal => Informal,
        _ => Welfare,
    };

    public static ServiceKind? KindOf(string code) => code switch
    {
        FormalCare => ServiceKind.FormalCare,
        Welfare => ServiceKind.Welfare,
        Informal => ServiceKind.Informal,
        _ => null,
    };

    public static string StatusText(ServiceStatus status) => status switch
    {
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => "active",
    };

    public static ServiceStatus? StatusOf(string? text) => text switch
    {
        "active" => ServiceStatus.Active,
        "inactive" => ServiceStatus.Inactive,
        "defunct" => ServiceStatus.Defunct,
        "temporarily closed" => ServiceStatus.TemporarilyClosed,
        _ => null,
    };

    /// <summary>Service areas carry the CBS municipality code as a URN, which HSDS accepts as a uri.</summary>
    public static string MunicipalityUri(string code) => "urn:cbs:gemeente:" + code;

    public static string? MunicipalityFromUri(string? uri) =>
        uri is not null && uri.StartsWith("urn:cbs:gemeente:", StringComparison.Ordinal) ? uri["urn:cbs:gemeente:".Length..] : null;

    public static HsdsTaxonomy ThemeTaxonomy => new(ThemeTerms.TaxonomyId.ToString(), DutchThemes.TaxonomyId,
        "Thema's die inwoners herkennen, voor de Nederlandse sociale kaart.", ProfileUrl + "#themas", "1");

    public static HsdsTaxonomy ProfileTaxonomy => new(ProfileTaxonomyId.ToString(), ProfileTaxonomyName,
        "Nederlandse profielkenmerken die HSDS 3.0 niet als veld heeft.", ProfileUrl + "#kenmerken", "1");

    public static HsdsTaxonomyTerm ThemeTerm(Theme theme) => new()
    {
        Id = ThemeTerms.IdOf(theme.Code).ToString(), Code = theme.Code, Name = theme.Name,
        Description = theme.Name, TaxonomyId = ThemeTerms.TaxonomyId.ToString(), Language = "nl",
    };

    public static HsdsTaxonomyTerm ProfileTerm(string code)
    {
        var t = ProfileTerms.First(p => p.Code == code);
        return new HsdsTaxonomyTerm
        {
            Id = TermId(code).ToString(), Code = code, Name = t.Name, Description = t.Description,
            TaxonomyId = ProfileTaxonomyId.ToString(), Language = "nl",
        };
    }
}
