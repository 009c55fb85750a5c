using System.Text.Json;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

/// <summary>
/// Recognises the older HSDS 1.x shape, so such a package is refused with that reason instead of a list of
/// misleading field errors. 1.x has tables and fields that 3.0 renamed or folded away (regular_schedules,
/// physical_addresses, service_taxonomy, …); one of them is enough to tell.
/// </summary>
public static class HsdsVersion1
{
    private static readonly string[] Tables =
        // Only names HSDS 3.0 no longer has (3.0 keeps required_documents, for example).
        ["regular_schedules", "holiday_schedules", "physical_addresses", "postal_addresses", "service_taxonomy"];

    /// <summary>The first 1.x-only table name in a tabular package, or null.</summary>
    public static string? TableSign(IEnumerable<string> tables)
    {
        var set = tables.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Tables.FirstOrDefault(set.Contains);
    }

    /// <summary>The first 1.x-only field in a JSON document (its root, or its first service), or null.</summary>
    public static string? Sign(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        var first = root.TryGetProperty("contents", out var c) && c.ValueKind == JsonValueKind.Array && c.GetArrayLength() > 0 ? c[0]
            : root.TryGetProperty("services", out var s) && s.ValueKind == JsonValueKind.Array && s.GetArrayLength() > 0 ? s[0]
            : root;
        foreach (var candidate in new[] { root, first })
            if (candidate.ValueKind == JsonValueKind.Object)
                foreach (var name in Tables)
                    if (candidate.TryGetProperty(name, out _)) return name;
        return null;
    }
}
