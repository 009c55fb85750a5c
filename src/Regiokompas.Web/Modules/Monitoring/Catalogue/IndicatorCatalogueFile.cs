using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regiokompas.Web.Modules.Monitoring.Catalogue;

/// <summary>The shipped indicator catalogue (Seed/monitoring/indicators.yaml) and its links to plan results.</summary>
public sealed class IndicatorCatalogueFile
{
    public int Format { get; set; }

    /// <summary>The region a file was exported from (docs/indicator-catalogue-format.md); absent in the shipped catalogue.</summary>
    public string? Region { get; set; }
    public List<IndicatorEntry> Indicators { get; set; } = [];

    /// <summary>Region id → result key → indicator codes.</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Links { get; set; } = [];

    /// <summary>
    /// Region id → result key → indicators that describe the context of a result (such as its
    /// population); seeded as links that never decide the status.
    /// </summary>
    public Dictionary<string, Dictionary<string, List<string>>> Informs { get; set; } = [];

    public sealed class IndicatorEntry
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Definition { get; set; }
        public string Level { get; set; } = "outcome";
        public string Question { get; set; } = "howWell";
        public string Unit { get; set; } = "count";
        public string Polarity { get; set; } = "higherIsBetter";
        public double? BandLower { get; set; }
        public double? BandUpper { get; set; }
        public string? Numerator { get; set; }
        public string? Denominator { get; set; }
        public double Factor { get; set; } = 1;
        public List<string>? AreaLevels { get; set; }
        public List<string>? AgeGroups { get; set; }
        public string Frequency { get; set; } = "yearly";
        public string Source { get; set; } = "manual";
        public string? SourceNote { get; set; }
        public string? Region { get; set; }
        public string? Owner { get; set; }

        /// <summary>Region id → plan-file key of the organisation that delivers the figures there.</summary>
        public Dictionary<string, string> Owners { get; set; } = [];
        public string Visibility { get; set; } = "public";
        public double? WarningThreshold { get; set; }

        /// <summary>Why this indicator shows small counts; without it, small counts are hidden (the default).</summary>
        public string? NoSuppression { get; set; }

        /// <summary>Figures are year to date.</summary>
        public bool Cumulative { get; set; }

        /// <summary>The day the indicator was retired (yyyy-mm-dd); absent while it is in use.</summary>
        public string? Retired { get; set; }

        public Indicator ToIndicator()
        {
            var indicator = new Indicator
            {
                Code = Code, RegionId = Region, Name = Name, Definition = Definition,
                Level = Parse<IndicatorLevel>(Level), Question = Parse<RbaQuestion>(Question), Unit = Parse<IndicatorUnit>(Unit),
                Polarity = Parse<Polarity>(Polarity), BandLower = BandLower, BandUpper = BandUpper,
                NumeratorLabel = Numerator, DenominatorLabel = Denominator, Factor = Factor,
                AreaLevels = AreaLevels?.Select(Parse<AreaLevel>).ToList() ?? [AreaLevel.Region, AreaLevel.Municipality],
                AgeGroups = AgeGroups ?? [], Frequency = Parse<Frequency>(Frequency), Source = Parse<IndicatorSource>(Source),
                SourceNote = SourceNote, OwnerKey = Owner, Visibility = Parse<Visibility>(Visibility),
                WarningThreshold = WarningThreshold,
                SuppressSmallCounts = string.IsNullOrWhiteSpace(NoSuppression), SuppressionOptOutReason = NoSuppression, IsCumulative = Cumulative,
                RetiredOn = Retired is null ? null
                    : DateOnly.TryParseExact(Retired, "yyyy-MM-dd", out var retired) ? retired
                    : throw new RuleViolation("monitoring.catalogue-value-invalid", Code, "retired", Retired),
            };
            indicator.EnsureValid();
            return indicator;
        }

        private T Parse<T>(string text) where T : struct, Enum =>
            Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
                ? value
                : throw new RuleViolation("monitoring.catalogue-value-invalid", Code, typeof(T).Name, text);
    }

    public static IndicatorCatalogueFile Parse(string yaml) => Combine([ParseOne(yaml)]);

    /// <summary>One catalogue file on its own; its links may name indicators of another file.</summary>
    public static IndicatorCatalogueFile ParseOne(string yaml)
    {
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<IndicatorCatalogueFile>(yaml) ?? new IndicatorCatalogueFile();
        if (file.Format != 1) throw new InvalidOperationException($"Unknown indicator catalogue format {file.Format}.");
        return file;
    }

    /// <summary>Several catalogue files as one: an indicator may be defined in only one of them.</summary>
    public static IndicatorCatalogueFile Combine(IReadOnlyList<IndicatorCatalogueFile> files)
    {
        var file = new IndicatorCatalogueFile { Format = 1, Indicators = files.SelectMany(f => f.Indicators).ToList() };
        foreach (var part in files)
        {
            Merge(file.Links, part.Links);
            Merge(file.Informs, part.Informs);
        }
        var duplicate = file.Indicators.GroupBy(i => i.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Indicator '{duplicate.Key}' is in the catalogue twice.");
        var codes = file.Indicators.Select(i => i.Code).ToHashSet();
        var unknown = file.Links.Concat(file.Informs).SelectMany(r => r.Value.SelectMany(l => l.Value)).FirstOrDefault(c => !codes.Contains(c));
        if (unknown is not null) throw new InvalidOperationException($"A link names indicator '{unknown}', which is not in the catalogue.");
        return file;
    }

    private static void Merge(Dictionary<string, Dictionary<string, List<string>>> into, Dictionary<string, Dictionary<string, List<string>>> part)
    {
        foreach (var (region, results) in part)
        {
            if (!into.TryGetValue(region, out var target)) into[region] = target = [];
            foreach (var (result, codes) in results)
            {
                if (!target.TryGetValue(result, out var list)) target[result] = list = [];
                list.AddRange(codes.Where(c => !list.Contains(c)).ToList());
            }
        }
    }
}
