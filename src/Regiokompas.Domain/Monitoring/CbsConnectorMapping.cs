using System.Text.RegularExpressions;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Monitoring;

/// <summary>
/// Which slice of a CBS StatLine table feeds an indicator in one region: a table, a measure and
/// fixed codes for the other dimensions (for example all ages, men and women together). Kept by
/// the region's coordinator; the CBS connector imports through it.
/// </summary>
public sealed partial class CbsConnectorMapping : IVersioned, IAudited
{
    public int Id { get; set; }
    public required string RegionId { get; init; }
    public required string TableId { get; set; }
    public required string MeasureCode { get; set; }

    /// <summary>Fixed dimension codes as <c>Name=Code</c> pairs separated by semicolons: <c>Geslacht=T001038;Leeftijd=10000</c>.</summary>
    public string DimensionFilter { get; set; } = "";
    public required string IndicatorCode { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }

    string IAudited.AuditKey => $"{TableId}/{MeasureCode}/{IndicatorCode}";
    string? IAudited.AuditRegionId => RegionId;

    /// <summary>The filter as a dictionary; throws a rule violation on a pair that is not Name=Code.</summary>
    public static IReadOnlyDictionary<string, string> ParseFilter(string? filter)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in (filter ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !CodePattern().IsMatch(pair[0]) || !CodePattern().IsMatch(pair[1]) || !result.TryAdd(pair[0], pair[1]))
                throw new RuleViolation("monitoring.cbs-filter-invalid", part);
        }
        return result;
    }

    public void EnsureValid()
    {
        if (!TablePattern().IsMatch(TableId)) throw new RuleViolation("monitoring.cbs-table-invalid", TableId);
        if (!CodePattern().IsMatch(MeasureCode)) throw new RuleViolation("monitoring.cbs-measure-invalid", MeasureCode);
        ParseFilter(DimensionFilter);
    }

    [GeneratedRegex("^[0-9]{5}[A-Za-z]{3}$")]
    private static partial Regex TablePattern();

    [GeneratedRegex("^[A-Za-z0-9_]{1,40}$")]
    private static partial Regex CodePattern();
}

/// <summary>A coordinator's short, dated explanation of one theme of the regiobeeld (the story behind the numbers).</summary>
public sealed class RegionNarrative : IVersioned, IAudited
{
    public const int MaxTextLength = 1500;
    public static readonly string[] Themes = ["bevolking", "leeftijd", "huishoudens"];

    public int Id { get; set; }
    public required string RegionId { get; init; }
    public required string Theme { get; init; }
    public string Text { get; set; } = "";
    public DateOnly WrittenOn { get; set; }
    public string? WrittenBy { get; set; }
    public int Version { get; set; }

    string IAudited.AuditKey => $"regiobeeld/{Theme}";
    string? IAudited.AuditRegionId => RegionId;
}
