using System.ComponentModel.DataAnnotations;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>
/// An indicator as a coordinator writes it, on the form and in the API. Enum values are the
/// catalogue file's names (<c>higherIsBetter</c>, <c>quarterly</c>); the owner is the plan-file key
/// of an organisation of the region the request is for.
/// </summary>
public sealed class IndicatorInput
{
    /// <summary>The version that was read; required to edit or retire, ignored on create.</summary>
    public int? Version { get; set; }

    [MaxLength(80)] public string? Code { get; set; }
    [MaxLength(300)] public string? Name { get; set; }
    [MaxLength(2000)] public string? Definition { get; set; }
    [MaxLength(40)] public string? Level { get; set; } = "outcome";
    [MaxLength(40)] public string? Question { get; set; } = "howWell";
    [MaxLength(40)] public string? Unit { get; set; } = "count";
    [MaxLength(40)] public string? Polarity { get; set; } = "higherIsBetter";
    public double? BandLower { get; set; }
    public double? BandUpper { get; set; }
    [MaxLength(300)] public string? Numerator { get; set; }
    [MaxLength(300)] public string? Denominator { get; set; }
    public double? Factor { get; set; } = 1;
    public List<string>? AreaLevels { get; set; } = ["region", "municipality"];

    /// <summary>Age groups besides the total, e.g. "65-74", "75+".</summary>
    public List<string>? AgeGroups { get; set; } = [];
    [MaxLength(40)] public string? Frequency { get; set; } = "yearly";
    [MaxLength(40)] public string? Source { get; set; } = "manual";
    [MaxLength(500)] public string? SourceNote { get; set; }
    [MaxLength(40)] public string? Visibility { get; set; } = "public";
    public double? WarningThreshold { get; set; }

    /// <summary>Why small counts may be shown; empty keeps disclosure control on (the default).</summary>
    [MaxLength(500)] public string? NoSuppression { get; set; }
    public bool Cumulative { get; set; }

    /// <summary>Plan-file key of the organisation that delivers the figures in this region; empty for none.</summary>
    [MaxLength(80)] public string? Owner { get; set; }

    public static T ParseEnum<T>(string? text, string field) where T : struct, Enum =>
        Enum.TryParse<T>(text?.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new RuleViolation("monitoring.indicator-value-invalid", field, text ?? "", string.Join(", ", Names<T>()));

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetNames<T>().Select(CamelCase);

    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string EnumName<T>(T value) where T : struct, Enum => CamelCase(value.ToString());

    /// <summary>Copies every field onto the indicator (not the code, which never changes) and checks the whole.</summary>
    public void ApplyTo(Indicator indicator)
    {
        // The database's column sizes, checked here so that PostgreSQL never refuses a long text with a server error.
        foreach (var (field, text, max) in new[] { ("code", Code, 80), ("name", Name, 300), ("definition", Definition, 2000),
                     ("numerator", Numerator, 300), ("denominator", Denominator, 300), ("sourceNote", SourceNote, 500), ("noSuppression", NoSuppression, 500) })
            if (text?.Trim().Length > max) throw new RuleViolation("monitoring.indicator-text-too-long", field, max);
        indicator.Name = (Name ?? "").Trim();
        indicator.Definition = Blank(Definition);
        indicator.Level = ParseEnum<IndicatorLevel>(Level, "level");
        indicator.Question = ParseEnum<RbaQuestion>(Question, "question");
        indicator.Unit = ParseEnum<IndicatorUnit>(Unit, "unit");
        indicator.Polarity = ParseEnum<Polarity>(Polarity, "polarity");
        indicator.BandLower = BandLower;
        indicator.BandUpper = BandUpper;
        indicator.NumeratorLabel = Blank(Numerator);
        indicator.DenominatorLabel = Blank(Denominator);
        indicator.Factor = Factor ?? 1;
        indicator.AreaLevels = (AreaLevels ?? []).Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => ParseEnum<AreaLevel>(a, "areaLevels")).Distinct().OrderBy(a => a).ToList();
        indicator.AgeGroups = (AgeGroups ?? []).Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (indicator.AgeGroups.Any(g => g.Length > 40)) throw new RuleViolation("monitoring.indicator-age-group-too-long", 40);
        indicator.Frequency = ParseEnum<Frequency>(Frequency, "frequency");
        indicator.Source = ParseEnum<IndicatorSource>(Source, "source");
        indicator.SourceNote = Blank(SourceNote);
        indicator.Visibility = ParseEnum<Visibility>(Visibility, "visibility");
        indicator.WarningThreshold = WarningThreshold;
        indicator.SuppressionOptOutReason = Blank(NoSuppression);
        indicator.SuppressSmallCounts = indicator.SuppressionOptOutReason is null;
        indicator.IsCumulative = Cumulative;
        if (new double?[] { BandLower, BandUpper, Factor, WarningThreshold }.Any(d => d is { } x && !double.IsFinite(x)))
            throw new RuleViolation("monitoring.indicator-number-invalid");
        indicator.EnsureValid();
    }

    public static IndicatorInput From(Indicator i, string? owner) => new()
    {
        Version = i.Version, Code = i.Code, Name = i.Name, Definition = i.Definition, Level = EnumName(i.Level), Question = EnumName(i.Question),
        Unit = EnumName(i.Unit), Polarity = EnumName(i.Polarity), BandLower = i.BandLower, BandUpper = i.BandUpper,
        Numerator = i.NumeratorLabel, Denominator = i.DenominatorLabel, Factor = i.Factor,
        AreaLevels = i.AreaLevels.Select(EnumName).ToList(), AgeGroups = [.. i.AgeGroups], Frequency = EnumName(i.Frequency),
        Source = EnumName(i.Source), SourceNote = i.SourceNote, Visibility = EnumName(i.Visibility), WarningThreshold = i.WarningThreshold,
        NoSuppression = i.SuppressionOptOutReason, Cumulative = i.IsCumulative, Owner = owner,
    };

    /// <summary>Whether two indicators have the same definition: every field of the form, the version and owner aside.</summary>
    public static bool SameDefinition(Indicator a, Indicator b)
    {
        var (x, y) = (From(a, null), From(b, null));
        x.Version = y.Version = null;
        return System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
