using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

/// <summary>A problem in a boundary file. Feature is the 1-based position in <c>features</c>, 0 for the file as a whole.</summary>
public sealed record BoundaryProblem(int Feature, string Field, string Code, object[] Arguments)
{
    public string Message => BoundaryTexts.Get(Code, Arguments);
}

/// <summary>A remark that is not an error: a feature left out on purpose, or parts joined.</summary>
public sealed record BoundaryNote(int Feature, string Code, object[] Arguments)
{
    public string Message => BoundaryTexts.Get(Code, Arguments);
}

public sealed record BoundaryArea(int Feature, string Code, string Name, Geometry Geometry);

public sealed record BoundaryFile(int? Year, IReadOnlyList<BoundaryArea> Areas, IReadOnlyList<BoundaryProblem> Problems,
    IReadOnlyList<BoundaryNote> Notes, int Skipped);

public sealed class BoundaryReadOptions
{
    /// <summary>The property that holds the CBS code; when empty the reader tries the usual names.</summary>
    public string? CodeProperty { get; init; }
    public int? Year { get; init; }
}

/// <summary>
/// Reads municipality (or district) outlines from a GeoJSON FeatureCollection in WGS84 and checks
/// every feature, so one pass reports every problem by feature number and property.
/// </summary>
public static class GeoJsonBoundaryReader
{
    public static readonly string[] CodeProperties = ["gemeentecode", "statcode", "code", "GM_CODE"];
    public static readonly string[] NameProperties = ["gemeentenaam", "statnaam", "naam", "name", "GM_NAAM"];

    /// <summary>CBS pseudo-municipalities (abroad, unknown) that have no place on a map of the Netherlands.</summary>
    private static readonly HashSet<string> PseudoAreas = ["GM0997", "GM0998", "GM0999"];

    /// <summary>About 10 m: invisible at the scale of a region map, and it keeps the page light.</summary>
    private const double SimplifyTolerance = 0.0001;
    private static readonly PrecisionModel FiveDecimals = new(100_000);

    public static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static BoundaryFile Read(Stream json, BoundaryReadOptions options)
    {
        var problems = new List<BoundaryProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            problems.Add(new(0, "", "boundaries.json-invalid", [(e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1]));
            return new(null, [], problems, [], 0);
        }
        using (document)
            return Read(document.RootElement, options, problems);
    }

    private static BoundaryFile Read(JsonElement root, BoundaryReadOptions options, List<BoundaryProblem> problems)
    {
        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "FeatureCollection")
        {
            problems.Add(new(0, "type", "boundaries.not-feature-collection", []));
            return new(null, [], problems, [], 0);
        }
        // Old GeoJSON could name its coordinate system; RD New (EPSG:28992) is the usual Dutch one.
        if (root.TryGetProperty("crs", out var crs) && crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var crsProps) && Text(crsProps, "name") is { } crsName
            && !(crsName.Contains("4326") || crsName.Contains("CRS84")))
        {
            problems.Add(new(0, "crs", crsName.Contains("28992") ? "boundaries.crs-rd" : "boundaries.crs-not-wgs84", [crsName]));
            return new(null, [], problems, [], 0);
        }
        if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array || features.GetArrayLength() == 0)
        {
            problems.Add(new(0, "features", "boundaries.no-features", []));
            return new(null, [], problems, [], 0);
        }

        var notes = new List<BoundaryNote>();
        var parts = new List<BoundaryArea>();
        int? year = options.Year;
        int? fileYear = null;
        var skipped = 0;
        var number = 0;
        foreach (var feature in features.EnumerateArray())
        {
            number++;
            var before = problems.Count;
            if (feature.ValueKind != JsonValueKind.Object || Text(feature, "type") != "Feature")
            {
                problems.Add(new(number, "type", "boundaries.feature-invalid", []));
                continue;
            }
            var props = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;

            var (codeField, rawCode) = Code(props, options.CodeProperty);
            string? code = null;
            if (rawCode is null)
                problems.Add(new(number, options.CodeProperty ?? "gemeentecode", "boundaries.code-missing",
                    [options.CodeProperty ?? string.Join(", ", CodeProperties)]));
            else
            {
                code = AreaCodes.Normalize(rawCode.Length == 4 && rawCode.All(char.IsAsciiDigit) ? "GM" + rawCode : rawCode);
                if (AreaCodes.LevelOf(code) is not (AreaLevel.Municipality or AreaLevel.District))
                {
                    problems.Add(new(number, codeField!, "boundaries.code-invalid", [rawCode]));
                    code = null;
                }
            }
            var name = NameProperties.Select(n => Text(props, n)).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? code ?? "";

            if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty("jaar", out var y) && y.ValueKind == JsonValueKind.Number
                && y.TryGetInt32(out var featureYear))
            {
                if (fileYear is { } fy && fy != featureYear && options.Year is null)
                    problems.Add(new(number, "jaar", "boundaries.year-mixed", [featureYear, fy]));
                fileYear ??= featureYear;
            }

            if (code is not null && PseudoAreas.Contains(code))
            {
                notes.Add(new(number, "boundaries.note-pseudo-area", [number, code, name]));
                skipped++;
                continue;
            }
            // CBS files of 2022 split a municipality into land and water parts; the map shows land only.
            if (Text(props, "water") is { } water && water.Equals("JA", StringComparison.OrdinalIgnoreCase))
            {
                skipped++;
                continue;
            }

            var geometry = ReadGeometry(feature, number, problems);
            if (problems.Count == before && code is not null && geometry is not null)
                parts.Add(new(number, code, name, geometry));
        }
        year ??= fileYear;
        if (year is null)
            problems.Add(new(0, "jaar", "boundaries.year-missing", []));
        else if (year is < 1900 or > 2100)
            problems.Add(new(0, "jaar", "boundaries.year-invalid", [year]));
        var waterParts = skipped - notes.Count;
        if (waterParts > 0) notes.Add(new(0, "boundaries.note-water", [waterParts]));
        if (parts.Count == 0 && problems.Count == 0)
            problems.Add(new(0, "features", "boundaries.no-areas", []));

        var areas = new List<BoundaryArea>();
        foreach (var group in parts.GroupBy(a => a.Code))
        {
            var first = group.First();
            if (group.Count() == 1) { areas.Add(first with { Geometry = Light(first.Geometry) }); continue; }
            // Repeated codes are parts of one area: joined into one MultiPolygon, not dissolved,
            // because a union of simplified outlines can fail on their slivers.
            var polygons = group.SelectMany(a => Polygons(a.Geometry)).ToArray();
            try
            {
                areas.Add(first with { Geometry = Light(first.Geometry.Factory.CreateMultiPolygon(polygons)) });
            }
            catch (ArgumentException)
            {
                // The simplifier refuses parts that repeat the same ring; such a file is not an area's outline.
                problems.Add(new(first.Feature, "geometry.coordinates", "boundaries.geometry-unreadable", []));
                continue;
            }
            notes.Add(new(first.Feature, "boundaries.note-merged", [group.Key, group.Count(), string.Join(", ", group.Select(a => a.Feature))]));
        }
        return problems.Count > 0 ? new(year, [], problems, notes, skipped) : new(year, areas, problems, notes, skipped);
    }

    private static Geometry? ReadGeometry(JsonElement feature, int number, List<BoundaryProblem> problems)
    {
        if (!feature.TryGetProperty("geometry", out var g) || g.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(number, "geometry", "boundaries.geometry-missing", []));
            return null;
        }
        var type = Text(g, "type") ?? "?";
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            problems.Add(new(number, "geometry.type", "boundaries.geometry-not-polygon", [type]));
            return null;
        }
        Geometry? geometry;
        try
        {
            geometry = g.Deserialize<Geometry>(GeoJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            problems.Add(new(number, "geometry.coordinates", "boundaries.geometry-unreadable", []));
            return null;
        }
        if (geometry is null || geometry.IsEmpty)
        {
            problems.Add(new(number, "geometry.coordinates", "boundaries.geometry-empty", []));
            return null;
        }
        // One message per feature is enough: the first coordinate outside WGS84 says what is wrong.
        foreach (var c in geometry.Coordinates)
        {
            if (c.X is >= -180 and <= 180 && c.Y is >= -90 and <= 90) continue;
            var rd = c.X is >= -10_000 and <= 320_000 && c.Y is >= 270_000 and <= 650_000;
            problems.Add(new(number, "geometry.coordinates", rd ? "boundaries.coordinates-rd" : "boundaries.coordinates-out-of-range",
                [Number(c.X), Number(c.Y)]));
            return null;
        }
        return geometry;
    }

    private static Geometry Light(Geometry g)
    {
        var simplified = TopologyPreservingSimplifier.Simplify(g, SimplifyTolerance);
        return GeometryPrecisionReducer.ReducePointwise(simplified.IsEmpty ? g : simplified, FiveDecimals);
    }

    private static IEnumerable<Polygon> Polygons(Geometry g) => g switch
    {
        Polygon p => [p],
        MultiPolygon m => m.Geometries.Cast<Polygon>(),
        _ => [],
    };

    private static (string? Field, string? Value) Code(JsonElement props, string? codeProperty)
    {
        foreach (var name in codeProperty is { Length: > 0 } ? [codeProperty] : CodeProperties)
            if (Text(props, name) is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v)) return (name, v.Trim());
        return (null, null);
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

    private static string Number(double d) => d.ToString("0.######", CultureInfo.InvariantCulture);
}
