using System.Globalization;

namespace Regiokompas.Web.Common.Localization;

/// <summary>
/// Turns stable codes into Dutch (default) or English sentences. The texts live per module and are
/// registered in TextRegistry; kept as code rather than .resx so that a missing translation is a
/// visible dictionary entry and a failing test (TextRegistryTests).
/// </summary>
public static class Texts
{
    private static IReadOnlyList<TextModule> All => TextRegistry.Modules;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text for a code in the visitor's language; the code itself only when no module knows it (a test forbids that).</summary>
    public static string Get(string code, params object[] args)
    {
        foreach (var module in All)
        {
            if (!module.Messages.TryGetValue(code, out var m)) continue;
            return module.Format is { } format ? format(code, args) : string.Format(CultureInfo.InvariantCulture, IsEnglish ? m.En : m.Nl, args);
        }
        return code;
    }

    public static bool Has(string code) => All.Any(m => m.Messages.ContainsKey(code));

    public static IEnumerable<string> Codes => All.SelectMany(m => m.Messages.Keys);

    /// <summary>Both languages of a code, for tests and tooling.</summary>
    public static (string Nl, string En)? Both(string code) =>
        All.Select(m => m.Messages.TryGetValue(code, out var t) ? t : ((string, string)?)null).FirstOrDefault(t => t is not null);
}
