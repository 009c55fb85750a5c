namespace Regiokompas.Domain.CareDirectory;

/// <summary>A theme of the Dutch profile's resident taxonomy: a stable code and the word a resident uses.</summary>
public sealed record Theme(string Code, string Name);

/// <summary>
/// The themes a resident recognises. They are taxonomy terms (data), published in HSDS as the
/// taxonomy "regiokompas-thema"; the codes are stable because links and filters use them.
/// </summary>
public static class DutchThemes
{
    public const string TaxonomyId = "regiokompas-thema";

    public static readonly IReadOnlyList<Theme> All =
    [
        new("geldzorgen", "Geldzorgen"),
        new("eenzaamheid", "Eenzaamheid"),
        new("opvoeden", "Opvoeden en opgroeien"),
        new("mantelzorg", "Mantelzorg"),
        new("ouder-worden", "Ouder worden"),
        new("mentale-gezondheid", "Mentale gezondheid"),
        new("wonen", "Wonen"),
        new("werk", "Werk en meedoen"),
        new("gezondheid-en-bewegen", "Gezondheid en bewegen"),
        new("dementie", "Dementie"),
        new("rouw", "Rouw en verlies"),
        new("verslaving", "Verslaving"),
        new("taal", "Taal, lezen en digitaal"),
        new("huiselijk-geweld", "Veilig thuis"),
        new("zorg-thuis", "Zorg en hulp thuis"),
        new("jongeren", "Jongeren"),
    ];

    private static readonly Dictionary<string, Theme> ByCode = All.ToDictionary(t => t.Code, StringComparer.Ordinal);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    public static Theme? Find(string code) => ByCode.GetValueOrDefault(code);
}
