using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Common.Localization;

/// <summary>One registry of user-facing texts per module, in Dutch and English. A module with its own formatting (numbers, enum words) supplies it.</summary>
public sealed record TextModule(string Name, IReadOnlyDictionary<string, (string Nl, string En)> Messages, Func<string, object[], string>? Format = null);

/// <summary>The one list of every text registry (Common's and each module's); Texts.Get looks codes up here.</summary>
public static class TextRegistry
{
    /// <summary>Common's own registries first, then each module's in module order.</summary>
    public static IReadOnlyList<TextModule> Modules => All.Value;

    private static readonly Lazy<IReadOnlyList<TextModule>> All = new(() =>
    [
        new("Common", CommonTexts.Messages),
        new("Access", Authorization.AccessTexts.Messages),
        new("Input", Http.InputTexts.Messages),
        .. AppModules.All.SelectMany(m => m.Texts),
    ]);
}
