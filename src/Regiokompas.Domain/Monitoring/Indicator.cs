using System.Text.RegularExpressions;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Monitoring;

/// <summary>
/// What is measured, how, and which way is good. The value can be a fraction
/// (numerator ÷ denominator × factor, as DHIS2 does), so partners may send the counts.
/// </summary>
public sealed partial class Indicator : IVersioned, IAudited
{
    public const string TotalAgeGroup = "totaal";

    public int Id { get; set; }

    /// <summary>Stable, readable key such as <c>acp-75plus</c>; used in CSV files and the API.</summary>
    public required string Code { get; init; }

    /// <summary>Null for an indicator every region may use (the CBS figures); else the owning region.</summary>
    public string? RegionId { get; init; }

    public required string Name { get; set; }
    public string? Definition { get; set; }
    public IndicatorLevel Level { get; set; }
    public RbaQuestion Question { get; set; }
    public IndicatorUnit Unit { get; set; }
    public Polarity Polarity { get; set; }

    /// <summary>The good range when <see cref="Polarity"/> is <see cref="Polarity.WithinBand"/>.</summary>
    public double? BandLower { get; set; }
    public double? BandUpper { get; set; }

    public string? NumeratorLabel { get; set; }
    public string? DenominatorLabel { get; set; }
    public double Factor { get; set; } = 1;

    public List<AreaLevel> AreaLevels { get; set; } = [AreaLevel.Region, AreaLevel.Municipality];

    /// <summary>Age groups a figure may be split by, besides the total, e.g. "65-74", "75+".</summary>
    public List<string> AgeGroups { get; set; } = [];

    public Frequency Frequency { get; set; } = Frequency.Yearly;
    public IndicatorSource Source { get; set; }
    public string? SourceNote { get; set; }

    /// <summary>Plan-file key of the organisation that delivers the figures.</summary>
    public string? OwnerKey { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    /// <summary>For risk indicators: the value past which the dashboard raises a warning.</summary>
    public double? WarningThreshold { get; set; }

    /// <summary>
    /// Small numbers of people are hidden in public unless an indicator opts out, which it may do
    /// only with a reason (<see cref="SuppressionOptOutReason"/>), e.g. because it counts municipalities.
    /// </summary>
    public bool SuppressSmallCounts { get; set; } = true;

    /// <summary>Why figures of this indicator are shown without disclosure control; required when it opts out.</summary>
    public string? SuppressionOptOutReason { get; set; }

    /// <summary>A figure includes the earlier periods of the same year (year to date), so the difference of two is a count too.</summary>
    public bool IsCumulative { get; set; }

    /// <summary>
    /// The day a region stopped using the indicator. A retired indicator leaves the current lists and
    /// forms, but it and its figures stay, so earlier reports and the audit trail still read.
    /// </summary>
    public DateOnly? RetiredOn { get; set; }

    public bool IsRetired => RetiredOn is not null;

    public int Version { get; set; }

    string IAudited.AuditKey => Code;
    string? IAudited.AuditRegionId => RegionId;

    public bool HasFraction => NumeratorLabel is not null && DenominatorLabel is not null;

    /// <summary>A share of a population: its numerator can never exceed its denominator.</summary>
    public bool IsShare => Unit is IndicatorUnit.Percent or IndicatorUnit.Per1000 or IndicatorUnit.Per100000;

    public bool AllowsNegative => Unit is IndicatorUnit.Euros or IndicatorUnit.Score or IndicatorUnit.Other;

    public double? MaxValue => Unit == IndicatorUnit.Percent ? 100 : null;

    public bool AllowsAgeGroup(string ageGroup) =>
        ageGroup == TotalAgeGroup || AgeGroups.Contains(ageGroup, StringComparer.OrdinalIgnoreCase);

    public double ValueFrom(double numerator, double denominator)
    {
        if (denominator == 0) throw new RuleViolation("monitoring.denominator-zero");
        return numerator / denominator * Factor;
    }

    /// <summary>Whether a value lies on the good side of (or inside) a target, by polarity.</summary>
    public static bool Meets(Polarity polarity, double value, double target, double? upper = null) => polarity switch
    {
        Polarity.HigherIsBetter => value >= target,
        Polarity.LowerIsBetter => value <= target,
        _ => value >= target && value <= (upper ?? target),
    };

    /// <summary>A risk indicator past its threshold on the bad side: a warning signal.</summary>
    public bool IsWarning(double value)
    {
        if (Level != IndicatorLevel.Risk) return false;
        return Polarity switch
        {
            Polarity.WithinBand => value < (BandLower ?? double.MinValue) || value > (BandUpper ?? double.MaxValue),
            Polarity.HigherIsBetter => WarningThreshold is { } low && value < low,
            _ => WarningThreshold is { } high && value > high,
        };
    }

    /// <summary>Checks the definition as a whole; the first broken rule is thrown.</summary>
    public void EnsureValid()
    {
        if (!CodePattern().IsMatch(Code)) throw new RuleViolation("monitoring.indicator-code-invalid", Code);
        if (string.IsNullOrWhiteSpace(Name)) throw new RuleViolation("monitoring.indicator-name-required");
        if (Factor <= 0 || double.IsNaN(Factor) || double.IsInfinity(Factor))
            throw new RuleViolation("monitoring.indicator-factor-invalid", Factor);
        if ((NumeratorLabel is null) != (DenominatorLabel is null))
            throw new RuleViolation("monitoring.indicator-fraction-incomplete");
        if (Polarity == Polarity.WithinBand)
        {
            if (BandLower is not { } lower || BandUpper is not { } upper)
                throw new RuleViolation("monitoring.indicator-band-required");
            if (lower > upper) throw new RuleViolation("monitoring.indicator-band-reversed", lower, upper);
        }
        if (WarningThreshold is not null && Level != IndicatorLevel.Risk)
            throw new RuleViolation("monitoring.indicator-threshold-only-for-risk");
        if (Level == IndicatorLevel.Risk && WarningThreshold is null && Polarity != Polarity.WithinBand)
            throw new RuleViolation("monitoring.indicator-threshold-required");
        if (Unit == IndicatorUnit.Percent && WarningThreshold is < 0 or > 100)
            throw new RuleViolation("monitoring.indicator-threshold-out-of-range", WarningThreshold);
        if (!SuppressSmallCounts && string.IsNullOrWhiteSpace(SuppressionOptOutReason))
            throw new RuleViolation("monitoring.indicator-suppression-reason-required", Code);
        if (AreaLevels.Count == 0) throw new RuleViolation("monitoring.indicator-area-levels-required");
        if (AgeGroups.Any(g => string.Equals(g, TotalAgeGroup, StringComparison.OrdinalIgnoreCase)))
            throw new RuleViolation("monitoring.indicator-age-group-reserved", TotalAgeGroup);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
