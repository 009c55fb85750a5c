using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Tests.Monitoring.Import;

/// <summary>The 14 municipalities of the two demo regions and the Netherlands, with population indicators.</summary>
internal sealed class ImportTestCatalogue : IMeasurementCatalogue
{
    public static readonly string[] IJsselVecht = ["GM0148", "GM0160", "GM0166", "GM0175", "GM0180", "GM1708", "GM1896", "GM0193"];
    public static readonly string[] Flevoland = ["GM0034", "GM0995", "GM0303", "GM0171", "GM0184", "GM0050"];

    private static readonly HashSet<string> Areas = [.. IJsselVecht, .. Flevoland, "NL01"];

    private static readonly Dictionary<string, Indicator> Indicators = new Indicator[]
    {
        new() { Id = 1, Code = "inwoners", Name = "Inwoners op 1 januari", AreaLevels = [AreaLevel.Country, AreaLevel.Municipality] },
        new() { Id = 2, Code = "inwoners-gemiddeld", Name = "Gemiddelde bevolking", AreaLevels = [AreaLevel.Country, AreaLevel.Municipality] },
        new() { Id = 3, Code = "inwoners-80plus", Name = "Inwoners van 80 jaar en ouder" },
        new() { Id = 4, Code = "aandeel-65plus", Name = "Aandeel 65-plussers", Unit = IndicatorUnit.Percent },
        new() { Id = 5, Code = "acp-75plus", Name = "ACP 75+", Unit = IndicatorUnit.Percent, NumeratorLabel = "met gesprek",
            DenominatorLabel = "75-plussers", Factor = 100, Frequency = Frequency.Quarterly },
    }.ToDictionary(i => i.Code);

    public static bool Follows(string area) => Areas.Contains(area);

    public Indicator? FindIndicator(string code) => Indicators.GetValueOrDefault(code.ToLowerInvariant());
    public AreaLevel? FindArea(string code) => Areas.Contains(code) ? AreaCodes.LevelOf(code) : null;
}
