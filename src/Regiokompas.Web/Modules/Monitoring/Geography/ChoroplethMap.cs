using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

/// <summary>A value to colour one area with. A hidden value arrives here as Suppressed without a number.</summary>
public sealed record MapValue(string Code, string Name, double? Number, string Label, bool Suppressed);

public sealed record MapArea(string Code, string Name, string Path, string Fill, string Title);

public sealed record MapLegendItem(string Fill, string Label);

public sealed record ChoroplethMapView(int Width, int Height, IReadOnlyList<MapArea> Areas, IReadOnlyList<MapLegendItem> Legend,
    int Year, string Attribution);

/// <summary>
/// Draws the map on the server as SVG paths: no script, no canvas, so it shows without
/// JavaScript, prints, and the page's table stays the one complete, readable version.
/// </summary>
public static class ChoroplethMap
{
    public const int Width = 600;

    // ColorBrewer "Blues": sequential, one hue, readable with every common colour-vision deficiency.
    // The palest steps are left out so that no class looks like the white of "no data".
    private static readonly string[][] Blues =
    [
        ["#4292c6"],
        ["#9ecae1", "#2171b5"],
        ["#c6dbef", "#6baed6", "#08519c"],
        ["#c6dbef", "#6baed6", "#2171b5", "#08306b"],
    ];

    public const string NoData = "url(#map-no-data)";
    public const string Hidden = "url(#map-hidden)";

    public static ChoroplethMapView? Build(IReadOnlyList<BoundaryView> boundaries, IReadOnlyList<MapValue> values, IndicatorUnit unit,
        Func<string, string, string> t)
    {
        var shapes = boundaries
            .Select(b => (Boundary: b, Geometry: JsonSerializer.Deserialize<Geometry>(b.GeometryGeoJson, GeoJsonBoundaryReader.GeoJson)))
            .Where(s => s.Geometry is { IsEmpty: false })
            .ToList();
        if (shapes.Count == 0) return null;

        // Equirectangular with the region's mid-latitude: for an area the size of a region the
        // distortion is far below a pixel, and it needs no projection library.
        var envelope = new Envelope();
        foreach (var s in shapes) envelope.ExpandToInclude(s.Geometry!.EnvelopeInternal);
        var kx = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var scale = (Width - 8) / Math.Max(envelope.Width * kx, 1e-9);
        var height = (int)Math.Ceiling(envelope.Height * scale) + 8;
        string Point(Coordinate c) => string.Create(CultureInfo.InvariantCulture,
            $"{4 + (c.X - envelope.MinX) * kx * scale:0.#},{4 + (envelope.MaxY - c.Y) * scale:0.#}");

        var byCode = values.ToDictionary(v => v.Code);
        var scaleOfValues = ChoroplethScale.Create(values.Where(v => !v.Suppressed && v.Number is not null).Select(v => v.Number!.Value));
        var palette = scaleOfValues.Classes.Count == 0 ? [] : Blues[scaleOfValues.Classes.Count - 1];

        var areas = new List<MapArea>();
        foreach (var (boundary, geometry) in shapes)
        {
            var value = byCode.GetValueOrDefault(boundary.Code);
            var name = value?.Name ?? boundary.Name;
            string fill, label;
            if (value is null || (value.Number is null && !value.Suppressed))
                (fill, label) = (NoData, t("geen gegevens", "no data"));
            else if (value.Suppressed)
                (fill, label) = (Hidden, t("verborgen (klein aantal)", "hidden (small number)"));
            else
                (fill, label) = (palette[scaleOfValues.ClassOf(value.Number!.Value) ?? 0], value.Label);
            areas.Add(new(boundary.Code, name, PathData(geometry!, Point), fill, $"{name}: {label}"));
        }

        var legend = scaleOfValues.Classes
            .Select(c => new MapLegendItem(palette[c.Index], c.Lower == c.Upper
                ? MonitoringTexts.Value(c.Lower, unit)
                : $"{MonitoringTexts.Value(c.Lower, unit)} – {MonitoringTexts.Value(c.Upper, unit)}"))
            .ToList();
        if (areas.Any(a => a.Fill == Hidden)) legend.Add(new(Hidden, t("verborgen (klein aantal)", "hidden (small number)")));
        if (areas.Any(a => a.Fill == NoData)) legend.Add(new(NoData, t("geen gegevens", "no data")));

        var year = shapes.Max(s => s.Boundary.Year);
        var attribution = string.Join("; ", shapes.Select(s => s.Boundary.Attribution).Distinct());
        return new(Width, height, areas, legend, year, attribution);
    }

    private static string PathData(Geometry geometry, Func<Coordinate, string> point)
    {
        var d = new StringBuilder();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon) continue;
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                var coords = ring.Coordinates;
                d.Append('M').Append(point(coords[0]));
                for (var k = 1; k < coords.Length - 1; k++) d.Append(' ').Append(point(coords[k]));
                d.Append('Z');
            }
        }
        return d.ToString();
    }
}
