using System.Globalization;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

/// <summary>
/// Where a CBS figure comes from, kept in the figure's note so it travels with the figure through
/// import, correction history and publication: "Bron: CBS 03759ned · M000352 · opgehaald 2026-07-02 · CC BY 4.0".
/// </summary>
public static class CbsProvenance
{
    public const string Prefix = "Bron: CBS";
    public const string Licence = "CC BY 4.0";

    public static string Note(string tableId, string measure, DateOnly retrievedOn) =>
        $"{Prefix} {tableId} · {measure} · opgehaald {retrievedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {Licence}";

    /// <summary>The provenance line of a figure's note, or null when the figure does not come from CBS.</summary>
    public static string? Of(string? note) => note is not null && note.StartsWith(Prefix, StringComparison.Ordinal) ? note : null;
}
