using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

/// <summary>A small hand-made catalogue: three indicators, one region, two municipalities.</summary>
internal sealed class TestCatalogue : IMeasurementCatalogue
{
    public static readonly Indicator AcpShare = new()
    {
        Id = 1, Code = "acp-75plus", Name = "Aandeel 75-plussers met ACP-gesprek", Unit = IndicatorUnit.Percent,
        Polarity = Polarity.HigherIsBetter, NumeratorLabel = "75-plussers met gesprek", DenominatorLabel = "75-plussers",
        Factor = 100, Frequency = Frequency.Quarterly, AgeGroups = ["75-84", "85+"], SuppressSmallCounts = true,
    };

    public static readonly Indicator TalksPerPractice = new()
    {
        Id = 2, Code = "ggz-gesprekken-per-praktijk", Name = "Verkennende gesprekken per huisartspraktijk",
        Unit = IndicatorUnit.Other, Polarity = Polarity.HigherIsBetter, NumeratorLabel = "gesprekken",
        DenominatorLabel = "praktijken", Frequency = Frequency.Quarterly,
    };

    public static readonly Indicator Population = new()
    {
        Id = 3, Code = "inwoners", Name = "Inwoners", Unit = IndicatorUnit.Count, Level = IndicatorLevel.Population,
        Frequency = Frequency.Yearly, Source = IndicatorSource.Cbs,
        AreaLevels = [AreaLevel.Country, AreaLevel.Region, AreaLevel.Municipality],
    };

    private static readonly Dictionary<string, Indicator> Indicators =
        new[] { AcpShare, TalksPerPractice, Population }.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, AreaLevel> Areas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NL01"] = AreaLevel.Country, ["IJSSEL-VECHT"] = AreaLevel.Region,
        ["GM0193"] = AreaLevel.Municipality, ["GM0148"] = AreaLevel.Municipality,
        ["WK019301"] = AreaLevel.District,
    };

    public Indicator? FindIndicator(string code) => Indicators.GetValueOrDefault(code);
    public AreaLevel? FindArea(string code) => Areas.TryGetValue(code, out var level) ? level : null;
}
