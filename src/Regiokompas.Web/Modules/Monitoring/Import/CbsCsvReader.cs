using System.Runtime.CompilerServices;
using CsvHelper;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Import;

/// <summary>
/// Reads the observations of a CBS table in CSV layout (the dataportal's download: one row per
/// observation with columns Id, Measure, ValueAttribute, Value and one per dimension), through
/// the same selection as the OData reader, so both layouts give the same figures.
/// </summary>
public static class CbsCsvReader
{
    public static async IAsyncEnumerable<MeasurementRow> ReadAsync(
        Stream input, CbsTableMapping mapping, CbsReadCounts counts, ICollection<ImportProblem> problems,
        Func<string, bool>? areaFilter = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var csv = CsvReader.Create(input, LongFormatCsvReader.Options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var index = csv.Headers.Select((h, i) => (Name: h.Trim().Trim('\uFEFF'), i))
            .GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        string[] needed = ["Measure", "Value", mapping.AreaDimension, mapping.PeriodDimension];
        var missing = needed.Where(n => !index.ContainsKey(n)).ToList();
        foreach (var name in missing) problems.Add(new(1, name, "monitoring.csv-column-missing", name));
        if (missing.Count > 0) yield break;

        while (await csv.ReadAsync(ct))
        {
            string? Get(string name) => index.TryGetValue(name, out var i) && i < csv.FieldCount ? csv.GetString(i) : null;
            var value = Get("Value");
            // The Dutch CSV may write decimals with a comma; the validator reads both.
            var observation = new CbsObservation((int)csv.LineNumber, Get("Measure"), Get("ValueAttribute"), value, Get);
            if (CbsSelector.ToRow(observation, mapping, areaFilter, counts) is { } row) yield return row;
        }
    }
}
