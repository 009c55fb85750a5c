using System.Runtime.CompilerServices;
using CsvHelper;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Http;

namespace Regiokompas.Web.Modules.Monitoring.Import;

/// <summary>
/// Reads the documented long format: one figure per line, columns
/// <c>indicator, area, period, value, numerator, denominator, age_group, note</c> (Dutch names
/// accepted too), comma or semicolon separated, as written by Excel or a script. Only the
/// shape is checked here; the rules are <see cref="MeasurementValidator"/>'s.
/// </summary>
public static class LongFormatCsvReader
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["indicator"] = MeasurementValidator.Fields.Indicator,
        ["indicatorcode"] = MeasurementValidator.Fields.Indicator,
        ["area"] = MeasurementValidator.Fields.Area,
        ["gebied"] = MeasurementValidator.Fields.Area,
        ["gebiedscode"] = MeasurementValidator.Fields.Area,
        ["period"] = MeasurementValidator.Fields.Period,
        ["periode"] = MeasurementValidator.Fields.Period,
        ["value"] = MeasurementValidator.Fields.Value,
        ["waarde"] = MeasurementValidator.Fields.Value,
        ["numerator"] = MeasurementValidator.Fields.Numerator,
        ["teller"] = MeasurementValidator.Fields.Numerator,
        ["denominator"] = MeasurementValidator.Fields.Denominator,
        ["noemer"] = MeasurementValidator.Fields.Denominator,
        ["age_group"] = MeasurementValidator.Fields.AgeGroup,
        ["agegroup"] = MeasurementValidator.Fields.AgeGroup,
        ["leeftijd"] = MeasurementValidator.Fields.AgeGroup,
        ["leeftijdsgroep"] = MeasurementValidator.Fields.AgeGroup,
        ["note"] = MeasurementValidator.Fields.Note,
        ["toelichting"] = MeasurementValidator.Fields.Note,
        ["opmerking"] = MeasurementValidator.Fields.Note,
    };

    private static readonly string[] Required =
        [MeasurementValidator.Fields.Indicator, MeasurementValidator.Fields.Area, MeasurementValidator.Fields.Period];

    public static CsvReaderOptions Options { get; } = CsvReaderOptions.Default with
    {
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        DetectSeparatorHint = true,
    };

    /// <summary>
    /// Streams the rows of a file. Header problems (a missing or unknown column) go to
    /// <paramref name="problems"/> on line 1, and then no rows are returned. Problems with the
    /// file as a whole (not UTF-8, empty, a line with more or fewer fields than the header) are
    /// added as they are found, so read <paramref name="problems"/> only after the last row.
    /// </summary>
    public static async IAsyncEnumerable<MeasurementRow> ReadAsync(
        Stream input, ICollection<ImportProblem> problems, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var utf8 = new Utf8CheckingStream(input);
        await using var csv = CsvReader.Create(utf8, Options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var columns = csv.Headers.Count == 0 ? null : MapHeader(csv.Headers, problems);
        var rows = 0;
        if (columns is not null)
        {
            var width = csv.Headers.Count;
            var commaSeparated = csv.Separator == ',';
            while (await csv.ReadAsync(ct))
            {
                rows++;
                if (csv.FieldCount != width)
                {
                    problems.Add(FieldCountProblem(csv, width, commaSeparated));
                    continue;
                }
                yield return Row(csv, columns);
            }
        }
        if (utf8.Problem is { } bad) problems.Add(new(bad.Line, "", bad.Code, bad.Arguments));
        else if (csv.Headers.Count == 0) problems.Add(new(1, "", "input.empty"));
        else if (columns is not null && rows == 0) problems.Add(new(2, "", "input.no-rows"));
    }

    /// <summary>
    /// In a comma-separated file an unquoted 17,3 becomes two fields; say so instead of a bare
    /// field count, because that is nearly always what happened.
    /// </summary>
    private static ImportProblem FieldCountProblem(CsvReader csv, int width, bool commaSeparated)
    {
        var line = (int)csv.LineNumber;
        if (commaSeparated && csv.FieldCount == width + 1)
            for (var i = 0; i + 1 < csv.FieldCount; i++)
            {
                var (whole, fraction) = (csv.GetString(i) ?? "", csv.GetString(i + 1) ?? "");
                if (IsInteger(whole, allowSign: true) && IsInteger(fraction, allowSign: false))
                    return new(line, "", "csv.decimal-comma", line, $"{whole},{fraction}");
            }
        return new(line, "", "csv.field-count", line, csv.FieldCount, width);
    }

    private static bool IsInteger(string s, bool allowSign)
    {
        var digits = allowSign && s.StartsWith('-') ? s.AsSpan(1) : s.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static MeasurementRow Row(CsvReader csv, Dictionary<string, int> columns)
    {
        string? Field(string name) =>
            columns.TryGetValue(name, out var i) && i < csv.FieldCount ? Blank(csv.GetString(i)) : null;

        return new MeasurementRow(
            (int)csv.LineNumber,
            Field(MeasurementValidator.Fields.Indicator),
            Field(MeasurementValidator.Fields.Area),
            Field(MeasurementValidator.Fields.Period),
            Field(MeasurementValidator.Fields.Value),
            Field(MeasurementValidator.Fields.Numerator),
            Field(MeasurementValidator.Fields.Denominator),
            Field(MeasurementValidator.Fields.AgeGroup),
            Field(MeasurementValidator.Fields.Note));
    }

    public static async Task<List<MeasurementRow>> ReadAllAsync(Stream input, ICollection<ImportProblem> problems, CancellationToken ct = default)
    {
        var rows = new List<MeasurementRow>();
        await foreach (var row in ReadAsync(input, problems, ct)) rows.Add(row);
        return rows;
    }

    private static Dictionary<string, int>? MapHeader(IReadOnlyList<string> headers, ICollection<ImportProblem> problems)
    {
        var before = problems.Count;
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim().Trim('\uFEFF');
            if (name.Length == 0) continue;
            if (!Aliases.TryGetValue(name, out var field)) problems.Add(new(1, name, "monitoring.csv-column-unknown", name));
            else if (!columns.TryAdd(field, i)) problems.Add(new(1, name, "monitoring.csv-column-twice", field));
        }
        foreach (var field in Required.Where(f => !columns.ContainsKey(f)))
            problems.Add(new(1, field, "monitoring.csv-column-missing", field));
        if (!columns.ContainsKey(MeasurementValidator.Fields.Value) && !columns.ContainsKey(MeasurementValidator.Fields.Numerator))
            problems.Add(new(1, MeasurementValidator.Fields.Value, "monitoring.csv-column-missing", MeasurementValidator.Fields.Value));
        return problems.Count > before ? null : columns;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
