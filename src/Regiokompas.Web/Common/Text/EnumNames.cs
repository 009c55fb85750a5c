using System.Text.Json;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Common.Text;

/// <summary>Enum values as written in files, forms and the API: kebab-case ("quick-check", "gp-organisation").</summary>
public static class EnumNames
{
    public static string ToName<T>(T value) where T : struct, Enum => Names<T>.ToName[value];

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum =>
        Names<T>.FromName.TryGetValue(name ?? "", out value);

    public static T Parse<T>(string name) where T : struct, Enum =>
        TryParse<T>(name, out var v) ? v : throw new FormatException($"'{name}' is not a {typeof(T).Name}.");

    public static IEnumerable<string> All<T>() where T : struct, Enum => Names<T>.ToName.Values;

    private static class Names<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ToName = Enum.GetValues<T>().ToDictionary(v => v, v => Convert(v));
        public static readonly Dictionary<string, T> FromName = ToName.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

        private static string Convert(T v) =>
            (object)v is TargetUnit.Per1000 ? "per-1000" : JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString());
    }
}
