using System.Globalization;
using System.Text;

namespace Regiokompas.Domain.Plan;

/// <summary>Keys for items made in the editor: a slug of the title, unique within the region, never changed afterwards.</summary>
public static class PlanKeys
{
    public const int MaxLength = 60;

    public static string Slug(string title)
    {
        var normalized = title.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return slug.Length == 0 ? "onderdeel" : slug;
    }

    /// <summary>The slug, or the slug with -2, -3 … when it is taken (also by retired items, whose keys stay theirs).</summary>
    public static string Unique(string title, IReadOnlySet<string> taken)
    {
        var slug = Slug(title);
        if (!taken.Contains(slug)) return slug;
        for (var i = 2; ; i++)
        {
            var candidate = $"{slug}-{i}";
            if (!taken.Contains(candidate)) return candidate;
        }
    }
}
