namespace Regiokompas.Domain.Common;

/// <summary>Characters no stored text may hold, whatever route it came by.</summary>
public static class TextRules
{
    /// <summary>
    /// C0 controls other than tab and line breaks, DEL, and the bidirectional overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069), which make a text display differently from what
    /// is stored. Right-to-left marks (U+200E, U+200F) are ordinary text and allowed.
    /// </summary>
    public static bool IsForbidden(int codePoint) =>
        (codePoint < 0x20 && codePoint is not ('\t' or '\n' or '\r')) || codePoint == 0x7F
        || codePoint is >= 0x202A and <= 0x202E || codePoint is >= 0x2066 and <= 0x2069;

    /// <summary>The first forbidden character of a text, or null.</summary>
    public static char? FirstForbidden(string? text)
    {
        if (text is null) return null;
        foreach (var c in text)
            if (IsForbidden(c)) return c;
        return null;
    }
}
