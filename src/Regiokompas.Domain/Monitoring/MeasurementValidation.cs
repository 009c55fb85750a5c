using Regiokompas.Domain.Common;
using System.Globalization;

namespace Regiokompas.Domain.Monitoring;

/// <summary>One incoming figure as text, whatever the route (form, CSV, JSON, CBS import).</summary>
public sealed record MeasurementRow(
    int Line,
    string? Indicator,
    string? Area,
    string? Period,
    string? Value,
    string? Numerator = null,
    string? Denominator = null,
    string? AgeGroup = null,
    string? Note = null);

/// <summary>A figure that passed every rule, with its period fitted to the indicator's frequency.</summary>
public sealed record ValidMeasurement(
    int Line,
    Indicator Indicator,
    MeasurementKey Key,
    Period Period,
    double Value,
    double? Numerator,
    double? Denominator,
    string? Note);

/// <summary>What is wrong with one field of one line; <see cref="Code"/> is turned into text at the edge.</summary>
public sealed record ImportProblem(int Line, string Field, string Code, params object[] Arguments)
{
    public override string ToString() => $"{Line}:{Field}:{Code}";
}

public sealed record ValidationResult(IReadOnlyList<ValidMeasurement> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>The indicators and areas a batch is checked against.</summary>
public interface IMeasurementCatalogue
{
    Indicator? FindIndicator(string code);

    /// <summary>The level of a known area code (NL01, a region id, GM0193, WK019301), or null.</summary>
    AreaLevel? FindArea(string code);
}

/// <summary>
/// The one set of rules every route for figures goes through. It never stops at the first
/// problem: the caller gets every problem with line and field, so a file is fixed in one go.
/// </summary>
public static class MeasurementValidator
{
    public const int MaxNoteLength = 1000;

    /// <summary>Absolute slack between a given value and numerator ÷ denominator × factor (rounding in the source).</summary>
    public const double FractionTolerance = 0.051;

    public static class Fields
    {
        public const string Indicator = "indicator";
        public const string Area = "area";
        public const string Period = "period";
        public const string Value = "value";
        public const string Numerator = "numerator";
        public const string Denominator = "denominator";
        public const string AgeGroup = "age_group";
        public const string Note = "note";
    }

    public static ValidationResult Validate(IEnumerable<MeasurementRow> rows, IMeasurementCatalogue catalogue, DateOnly today)
    {
        var batch = new MeasurementBatch(catalogue, today);
        foreach (var row in rows) batch.Add(row);
        return batch.Result();
    }

    internal static ValidMeasurement? Check(MeasurementRow row, IMeasurementCatalogue catalogue, DateOnly today, List<ImportProblem> problems) =>
        CheckRow(row, catalogue, today, problems);

    private static ValidMeasurement? CheckRow(MeasurementRow row, IMeasurementCatalogue catalogue, DateOnly today, List<ImportProblem> problems)
    {
        var line = row.Line;
        void Problem(string field, string code, params object[] args) => problems.Add(new(line, field, code, args));

        Indicator? indicator = null;
        var indicatorCode = row.Indicator?.Trim();
        if (string.IsNullOrEmpty(indicatorCode)) Problem(Fields.Indicator, "monitoring.field-required");
        else if ((indicator = catalogue.FindIndicator(indicatorCode)) is null) Problem(Fields.Indicator, "monitoring.indicator-unknown", indicatorCode);

        var areaCode = row.Area is null ? null : AreaCodes.Normalize(row.Area);
        if (string.IsNullOrEmpty(areaCode)) Problem(Fields.Area, "monitoring.field-required");
        else if (catalogue.FindArea(areaCode) is not { } level) Problem(Fields.Area, "monitoring.area-unknown", areaCode);
        else if (indicator is not null && !indicator.AreaLevels.Contains(level))
            Problem(Fields.Area, "monitoring.area-level-not-allowed", areaCode, level);

        Period period = default;
        var periodOk = false;
        if (string.IsNullOrWhiteSpace(row.Period)) Problem(Fields.Period, "monitoring.field-required");
        else if (!Period.TryParse(row.Period, out var parsed)) Problem(Fields.Period, "monitoring.period-invalid", row.Period.Trim());
        else if (indicator is not null && !parsed.TryFitTo(indicator.Frequency, out period))
            Problem(Fields.Period, "monitoring.period-frequency-mismatch", parsed.Code, indicator.Frequency);
        else if (indicator is not null && period.Start > today) Problem(Fields.Period, "monitoring.period-in-future", period.Code);
        else periodOk = indicator is not null;

        var ageGroup = string.IsNullOrWhiteSpace(row.AgeGroup) ? Indicator.TotalAgeGroup : row.AgeGroup.Trim();
        if (indicator is not null && !indicator.AllowsAgeGroup(ageGroup)) Problem(Fields.AgeGroup, "monitoring.age-group-unknown", ageGroup);

        var note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
        if (note is { Length: > MaxNoteLength }) Problem(Fields.Note, "monitoring.note-too-long", MaxNoteLength);
        if (TextRules.FirstForbidden(note) is { } control) Problem(Fields.Note, "input.control-char-field", $"U+{(int)control:X4}");

        var value = Number(row.Value, Fields.Value, problems, line);
        var numerator = Number(row.Numerator, Fields.Numerator, problems, line);
        var denominator = Number(row.Denominator, Fields.Denominator, problems, line);
        if (indicator is null || value.Failed || numerator.Failed || denominator.Failed) return null;

        if (!indicator.AllowsNegative)
        {
            if (value.Number < 0) Problem(Fields.Value, "monitoring.number-negative");
        }
        if (numerator.Number < 0) Problem(Fields.Numerator, "monitoring.number-negative");
        if (denominator.Number < 0) Problem(Fields.Denominator, "monitoring.number-negative");

        double? final = value.Number;
        if (numerator.Number is not null || denominator.Number is not null)
        {
            if (!indicator.HasFraction)
            {
                Problem(numerator.Number is not null ? Fields.Numerator : Fields.Denominator, "monitoring.fraction-not-defined", indicator.Code);
            }
            else if (numerator.Number is not { } num) Problem(Fields.Numerator, "monitoring.field-required");
            else if (denominator.Number is not { } den) Problem(Fields.Denominator, "monitoring.field-required");
            else if (den == 0) Problem(Fields.Denominator, "monitoring.denominator-zero");
            else if (indicator.IsShare && num > den) Problem(Fields.Numerator, "monitoring.numerator-above-denominator", num, den);
            else if (num >= 0 && den > 0)
            {
                var computed = indicator.ValueFrom(num, den);
                if (final is { } given && Math.Abs(given - computed) > FractionTolerance)
                    Problem(Fields.Value, "monitoring.value-fraction-mismatch", given, Math.Round(computed, 3));
                final ??= computed;
            }
        }
        else if (final is null) Problem(Fields.Value, "monitoring.field-required");

        if (final is > 100 && indicator.Unit == IndicatorUnit.Percent && value.Number is not null)
            Problem(Fields.Value, "monitoring.percentage-above-100", final);

        if (!periodOk || final is not { } result || areaCode is null) return null;
        return new(line, indicator, MeasurementKey.Of(indicator.Code, areaCode, period, ageGroup), period,
            result, numerator.Number, denominator.Number, note);
    }

    private readonly record struct ParsedNumber(double? Number, bool Failed);

    private static ParsedNumber Number(string? text, string field, List<ImportProblem> problems, int line)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null, false);
        if (TryParseNumber(text, out var number)) return new(number, false);
        problems.Add(new(line, field, "monitoring.number-invalid", text.Trim()));
        return new(null, true);
    }

    /// <summary>
    /// Accepts 12.5 and the Dutch 12,5; refuses anything with both separators (1.234,5), because
    /// a thousands separator is too easily misread in either direction.
    /// </summary>
    public static bool TryParseNumber(string text, out double number)
    {
        var s = text.AsSpan().Trim();
        var comma = s.IndexOf(',');
        if (comma >= 0 && s.Contains('.')) { number = 0; return false; }
        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (comma >= 0 && s[(comma + 1)..].IndexOf(',') < 0)
        {
            // One comma: a Dutch decimal separator. Copied to the stack, because a string per figure adds up.
            Span<char> dotted = stackalloc char[s.Length];
            s.CopyTo(dotted);
            dotted[comma] = '.';
            return double.TryParse(dotted, styles, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
        }
        return double.TryParse(s, styles, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }
}

/// <summary>
/// Validates rows one at a time as they stream in, so a large file is never held as text;
/// duplicates are found across the whole batch.
/// </summary>
public sealed class MeasurementBatch(IMeasurementCatalogue catalogue, DateOnly today)
{
    private readonly List<ValidMeasurement> _rows = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<MeasurementKey, int> _seen = [];

    public int RowCount { get; private set; }
    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>A problem found outside any row, such as a missing column in a file's header.</summary>
    public void AddProblem(ImportProblem problem) => _problems.Add(problem);

    public void Add(MeasurementRow row)
    {
        RowCount++;
        var before = _problems.Count;
        var checkedRow = MeasurementValidator.Check(row, catalogue, today, _problems);
        if (checkedRow is null || _problems.Count > before) return;
        if (_seen.TryGetValue(checkedRow.Key, out var firstLine))
        {
            _problems.Add(new(row.Line, MeasurementValidator.Fields.Period, "monitoring.duplicate-row", firstLine));
            return;
        }
        _seen.Add(checkedRow.Key, row.Line);
        if (_problems.Count == 0) _rows.Add(checkedRow);
    }

    /// <summary>All rows, or none when anything was wrong: an import is all or nothing.</summary>
    public ValidationResult Result() => new(_problems.Count == 0 ? _rows : [], _problems);
}
