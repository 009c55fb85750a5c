using System.Globalization;
using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Web.Modules.Monitoring.Import;

/// <summary>
/// Which CBS StatLine observations feed which indicator: one measure, with the other dimensions
/// fixed (for example all ages, men and women together). CBS tables are multi-dimensional; an
/// indicator is one slice.
/// </summary>
public sealed record CbsSelection(
    string IndicatorCode,
    string MeasureCode,
    IReadOnlyDictionary<string, string> FixedDimensions,
    string? AgeDimension = null,
    IReadOnlyDictionary<string, string>? AgeGroups = null);

public sealed record CbsTableMapping(
    string TableId,
    IReadOnlyList<CbsSelection> Selections,
    string AreaDimension = "RegioS",
    string PeriodDimension = "Perioden");

/// <summary>What an import read and left aside; left-aside observations are not errors.</summary>
public sealed class CbsReadCounts
{
    public int Observations { get; set; }
    public int Selected { get; set; }

    /// <summary>CBS has no figure (ValueAttribute other than None, or the "no figure" code).</summary>
    public int WithoutValue { get; set; }

    /// <summary>An area this installation does not follow, such as a former municipality.</summary>
    public int OtherArea { get; set; }
}

/// <summary>One CBS observation, whichever layout (OData JSON or CSV) it came from.</summary>
internal readonly record struct CbsObservation(int Line, string? Measure, string? ValueAttribute, string? Value, Func<string, string?> Dimension);

internal static class CbsSelector
{
    /// <summary>The row for an observation, or null when no selection wants it or it has no figure.</summary>
    public static MeasurementRow? ToRow(CbsObservation o, CbsTableMapping mapping, Func<string, bool>? areaFilter, CbsReadCounts counts)
    {
        counts.Observations++;
        foreach (var selection in mapping.Selections)
        {
            if (!string.Equals(selection.MeasureCode, o.Measure, StringComparison.Ordinal)) continue;
            if (!selection.FixedDimensions.All(d => string.Equals(o.Dimension(d.Key)?.Trim(), d.Value, StringComparison.Ordinal))) continue;

            string? ageGroup = null;
            if (selection.AgeDimension is { } ageDimension)
            {
                var code = o.Dimension(ageDimension)?.Trim();
                if (code is null || selection.AgeGroups is null || !selection.AgeGroups.TryGetValue(code, out ageGroup)) continue;
            }

            // Old StatLine (OData v3) pads codes with spaces: "GM0193  ".
            var area = o.Dimension(mapping.AreaDimension)?.Trim();
            if (area is null || (areaFilter is not null && !areaFilter(area)))
            {
                counts.OtherArea++;
                return null;
            }
            if (!string.Equals(o.ValueAttribute ?? "None", "None", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(o.Value))
            {
                counts.WithoutValue++;
                return null;
            }
            counts.Selected++;
            return new MeasurementRow(o.Line, selection.IndicatorCode, area, o.Dimension(mapping.PeriodDimension)?.Trim(),
                o.Value.Trim(), AgeGroup: ageGroup, Note: $"CBS {mapping.TableId}");
        }
        return null;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
