using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CsvHelper;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Import;

/// <summary>An indicator fed by one column, or by the sum of several (80+ = "80-89" + "90+").</summary>
public sealed record WideColumn(string IndicatorCode, IReadOnlyList<string> SourceColumns, string? AgeGroup = null)
{
    public WideColumn(string indicatorCode, string sourceColumn) : this(indicatorCode, [sourceColumn]) { }
}

/// <summary>
/// A table with one row per area and one column per figure, such as CBS's key figures per
/// municipality. The period comes from a column (<c>jaar</c>) or is fixed for the file.
/// </summary>
public sealed record WideCsvMapping(
    string AreaColumn,
    IReadOnlyList<WideColumn> Columns,
    string? PeriodColumn = null,
    string? FixedPeriod = null,
    IReadOnlyDictionary<string, string>? RowFilter = null)
{
    /// <summary>CBS's "no figure" codes and symbols; such a cell is left out, not an error.</summary>
    public IReadOnlySet<string> MissingMarkers { get; init; } = new HashSet<string> { "-99999999", ".", "x", "" };
}

/// <summary>Reads wide CSV tables into long rows, one per area and mapped column.</summary>
public static partial class WideCsvReader
{
    public static async IAsyncEnumerable<MeasurementRow> ReadAsync(
        Stream input, WideCsvMapping mapping, CbsReadCounts counts, ICollection<ImportProblem> problems,
        Func<string, bool>? areaFilter = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if ((mapping.PeriodColumn is null) == (mapping.FixedPeriod is null))
            throw new ArgumentException("Give either a period column or a fixed period.", nameof(mapping));

        await using var csv = CsvReader.Create(input, LongFormatCsvReader.Options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.Headers.Count; i++) index.TryAdd(RepairHeader(csv.Headers[i]), i);

        var needed = mapping.Columns.SelectMany(c => c.SourceColumns)
            .Append(mapping.AreaColumn)
            .Concat(mapping.PeriodColumn is { } p ? [p] : [])
            .Concat(mapping.RowFilter?.Keys ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var missing = needed.Where(n => !index.ContainsKey(n)).ToList();
        foreach (var name in missing) problems.Add(new(1, name, "monitoring.csv-column-missing", name));
        if (missing.Count > 0) yield break;

        while (await csv.ReadAsync(ct))
        {
            string Get(string name) => index[name] < csv.FieldCount ? (csv.GetString(index[name]) ?? "").Trim() : "";
            if (mapping.RowFilter is { } filter && filter.Any(f => !string.Equals(Get(f.Key), f.Value, StringComparison.OrdinalIgnoreCase)))
                continue;
            var line = (int)csv.LineNumber;
            var area = Get(mapping.AreaColumn);
            var period = mapping.FixedPeriod ?? Get(mapping.PeriodColumn!);
            foreach (var column in mapping.Columns)
            {
                counts.Observations++;
                if (areaFilter is not null && !areaFilter(area)) { counts.OtherArea++; continue; }
                var cells = column.SourceColumns.Select(Get).ToList();
                if (cells.Any(mapping.MissingMarkers.Contains)) { counts.WithoutValue++; continue; }

                string value;
                if (cells.Count == 1) value = cells[0];
                else
                {
                    // A sum of columns; an unreadable cell is passed on as is for the validator to name.
                    double sum = 0;
                    var bad = cells.FirstOrDefault(c => !MeasurementValidator.TryParseNumber(c, out _));
                    if (bad is not null) value = bad;
                    else
                    {
                        foreach (var c in cells) { MeasurementValidator.TryParseNumber(c, out var n); sum += n; }
                        value = CbsSelector.Format(sum);
                    }
                }
                counts.Selected++;
                yield return new MeasurementRow(line, column.IndicatorCode, area, period, value, AgeGroup: column.AgeGroup);
            }
        }
    }

    /// <summary>
    /// Undoes a spreadsheet's habit of reading an age range as a date: "10-19" saved as "okt-19"
    /// (Dutch month abbreviations), so a mapping can name the column as meant.
    /// </summary>
    public static string RepairHeader(string header)
    {
        var h = header.Trim().Trim('\uFEFF');
        var m = MangledRange().Match(h);
        if (!m.Success) return h;
        var month = Array.IndexOf(Months, m.Groups[1].Value.ToLowerInvariant()) + 1;
        return $"{month}-{m.Groups[2].Value}";
    }

    private static readonly string[] Months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    [GeneratedRegex("^(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)-([0-9]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex MangledRange();
}
