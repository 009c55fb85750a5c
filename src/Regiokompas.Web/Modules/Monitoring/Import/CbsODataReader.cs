using System.Text.Json;
using System.Text.Json.Serialization;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Import;

public sealed record CbsODataPage(IReadOnlyList<MeasurementRow> Rows, string? NextLink);

/// <summary>
/// Reads one page of a CBS OData v4 <c>Observations</c> response (datasets.cbs.nl/odata/v1/CBS/{table}).
/// Paging over <c>@odata.nextLink</c> is the caller's, since fetching is I/O; pages are bounded by CBS.
/// The line of a row is the observation's position in the whole result, counting from 1.
/// </summary>
public static class CbsODataReader
{
    public static async Task<CbsODataPage> ReadPageAsync(
        Stream page, CbsTableMapping mapping, CbsReadCounts counts, Func<string, bool>? areaFilter = null, CancellationToken ct = default)
    {
        var response = await JsonSerializer.DeserializeAsync<ObservationsResponse>(page, cancellationToken: ct)
            ?? throw new JsonException("Empty OData response.");
        var rows = new List<MeasurementRow>();
        foreach (var o in response.Value)
        {
            var line = counts.Observations + 1;
            var observation = new CbsObservation(line, o.Measure, o.ValueAttribute,
                o.Value is { } v ? CbsSelector.Format(v) : null, o.Dimension);
            if (CbsSelector.ToRow(observation, mapping, areaFilter, counts) is { } row) rows.Add(row);
        }
        return new(rows, response.NextLink);
    }

    private sealed class ObservationsResponse
    {
        [JsonPropertyName("value")] public List<Observation> Value { get; set; } = [];
        [JsonPropertyName("@odata.nextLink")] public string? NextLink { get; set; }
    }

    private sealed class Observation
    {
        public string? Measure { get; set; }
        public string? ValueAttribute { get; set; }
        public double? Value { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement> Dimensions { get; set; } = [];

        public string? Dimension(string name) =>
            Dimensions.TryGetValue(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
    }
}
