using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Monitoring;

/// <summary>Identifies one figure: the same key twice in an import is a duplicate, in the database a correction.</summary>
public readonly record struct MeasurementKey(string IndicatorCode, string AreaCode, string PeriodCode, string AgeGroup)
{
    public static MeasurementKey Of(string indicatorCode, string areaCode, Period period, string? ageGroup) =>
        new(indicatorCode.Trim().ToLowerInvariant(), AreaCodes.Normalize(areaCode), period.Code,
            string.IsNullOrWhiteSpace(ageGroup) ? Indicator.TotalAgeGroup : ageGroup.Trim());
}

/// <summary>
/// One figure for one indicator, area, period and age group. It comes in as submitted; the
/// coordinator publishes it. A correction keeps the earlier value in <see cref="Revisions"/>,
/// and the public keeps seeing the last published value until the correction is published too.
/// </summary>
public sealed class Measurement : IVersioned, IAudited
{
    public long Id { get; set; }
    public int IndicatorId { get; set; }
    public required string IndicatorCode { get; init; }
    public required string AreaCode { get; init; }
    public string AgeGroup { get; init; } = Indicator.TotalAgeGroup;
    public required string PeriodCode { get; init; }
    public PeriodKind PeriodKind { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }

    public double Value { get; private set; }
    public double? Numerator { get; private set; }
    public double? Denominator { get; private set; }
    public string? Note { get; private set; }
    public MeasurementState State { get; private set; }
    public int? OrganisationId { get; set; }
    public string? SubmittedBy { get; private set; }
    public DateTime SubmittedAtUtc { get; private set; }

    public double? PublishedValue { get; private set; }
    public double? PublishedNumerator { get; private set; }
    public double? PublishedDenominator { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }

    public int Version { get; set; }
    public List<MeasurementRevision> Revisions { get; } = [];

    string IAudited.AuditKey => $"{IndicatorCode}/{AreaCode}/{PeriodCode}/{AgeGroup}";
    string? IAudited.AuditRegionId => null;

    public Period Period => PeriodKind switch
    {
        PeriodKind.Year => Period.OfYear(PeriodStart.Year),
        PeriodKind.Quarter => Period.OfQuarter(PeriodStart.Year, (PeriodStart.Month - 1) / 3 + 1),
        PeriodKind.Month => Period.OfMonth(PeriodStart.Year, PeriodStart.Month),
        _ => Period.OfDay(PeriodStart),
    };

    public MeasurementKey Key => new(IndicatorCode, AreaCode, PeriodCode, AgeGroup);
    public bool IsPublished => PublishedValue is not null;

    public static Measurement Submit(ValidMeasurement row, string by, DateTime nowUtc, int? organisationId = null)
    {
        var measurement = new Measurement
        {
            IndicatorId = row.Indicator.Id,
            IndicatorCode = row.Key.IndicatorCode,
            AreaCode = row.Key.AreaCode,
            AgeGroup = row.Key.AgeGroup,
            PeriodCode = row.Period.Code,
            PeriodKind = row.Period.Kind,
            PeriodStart = row.Period.Start,
            PeriodEnd = row.Period.End,
            OrganisationId = organisationId,
        };
        measurement.Set(row.Value, row.Numerator, row.Denominator, row.Note, by, nowUtc);
        return measurement;
    }

    /// <summary>
    /// Replaces the figure, keeping the old one in the history. Returns false and changes
    /// nothing when the figure is the same, so sending a file twice is harmless.
    /// </summary>
    public bool Correct(ValidMeasurement row, string by, DateTime nowUtc)
    {
        if (row.Key != Key) throw new RuleViolation("monitoring.measurement-key-mismatch", row.Key.ToString(), Key.ToString());
        if (Holds(row)) return false;

        Revisions.Add(new MeasurementRevision
        {
            MeasurementId = Id, Value = Value, Numerator = Numerator, Denominator = Denominator, Note = Note,
            State = State, SubmittedBy = SubmittedBy, SubmittedAtUtc = SubmittedAtUtc,
            ReplacedBy = by, ReplacedAtUtc = nowUtc,
        });
        Set(row.Value, row.Numerator, row.Denominator, row.Note, by, nowUtc);
        return true;
    }

    /// <summary>Whether the row says exactly what this measurement already holds.</summary>
    public bool Holds(ValidMeasurement row) => Holds(Value, Numerator, Denominator, Note, row);

    /// <summary>The same comparison on stored values, for imports that read figures without loading entities.</summary>
    public static bool Holds(double value, double? numerator, double? denominator, string? note, ValidMeasurement row) =>
        value.Equals(row.Value) && numerator.Equals(row.Numerator) && denominator.Equals(row.Denominator)
        && string.Equals(note, row.Note, StringComparison.Ordinal);

    /// <summary>Makes the current figure public. Returns false when it already is.</summary>
    public bool Publish(string by, DateTime nowUtc)
    {
        if (State == MeasurementState.Published) return false;
        State = MeasurementState.Published;
        PublishedValue = Value;
        PublishedNumerator = Numerator;
        PublishedDenominator = Denominator;
        PublishedBy = by;
        PublishedAtUtc = nowUtc;
        return true;
    }

    private void Set(double value, double? numerator, double? denominator, string? note, string by, DateTime nowUtc)
    {
        if (nowUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("Time must be UTC.", nameof(nowUtc));
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Note = note;
        State = MeasurementState.Submitted;
        SubmittedBy = by;
        SubmittedAtUtc = nowUtc;
    }
}

/// <summary>An earlier value of a measurement, kept when it was corrected: who sent it, and who replaced it when.</summary>
public sealed class MeasurementRevision
{
    public long Id { get; set; }
    public long MeasurementId { get; set; }
    public double Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    public string? Note { get; init; }
    public MeasurementState State { get; init; }
    public string? SubmittedBy { get; init; }
    public DateTime SubmittedAtUtc { get; init; }
    public required string ReplacedBy { get; init; }
    public DateTime ReplacedAtUtc { get; init; }
}
