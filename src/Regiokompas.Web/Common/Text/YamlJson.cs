using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Regiokompas.Web.Common.Text;

/// <summary>
/// Reading a YAML file as JSON for schema validation, keeping each node's line, and putting schema
/// errors into Dutch words; shared by the plan file and the indicator catalogue.
/// </summary>
public static partial class YamlJson
{
    /// <summary>YAML to JSON, remembering the line of every node by its JSON pointer.</summary>
    public static JsonNode? ToJson(YamlNode node, string pointer, Dictionary<string, int> lines)
    {
        lines[pointer] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    if (obj.ContainsKey(name))
                        throw new YamlException(key.Start, key.End, $"veld '{name}' staat twee keer in hetzelfde blok");
                    var child = pointer + "/" + name.Replace("~", "~0").Replace("/", "~1");
                    obj[name] = ToJson(value, child, lines);
                    lines[child] = (int)key.Start.Line;
                }
                return obj;
            case YamlSequenceNode seq:
                var arr = new JsonArray();
                var i = 0;
                foreach (var item in seq.Children) arr.Add(ToJson(item, $"{pointer}/{i++}", lines));
                return arr;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    // Plain scalars get YAML's usual typing; quoted ones stay text, so "2025" can be a string.
    private static JsonNode? Scalar(YamlScalarNode s)
    {
        var v = s.Value ?? "";
        if (s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return JsonValue.Create(v);
        if (v is "" or "~" or "null") return null;
        if (v is "true" or "false") return JsonValue.Create(v == "true");
        if (long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        // A number beyond double (1e400) stays text, so the schema says it is of the wrong type.
        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) return JsonValue.Create(d);
        return JsonValue.Create(v);
    }

    /// <summary>The line of the node at <paramref name="pointer"/>, or of its nearest parent.</summary>
    public static int LineOf(Dictionary<string, int> lines, string pointer)
    {
        // A missing field has no line of its own: fall back to its nearest parent.
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (lines.TryGetValue(p, out var line)) return line;
            if (p.Length == 0) return 1;
        }
    }

    /// <summary>"/pillars/0/goals/2/deadline" → "pillars[0].goals[2].deadline".</summary>
    public static string Field(string pointer) =>
        IndexSegment().Replace(pointer.TrimStart('/'), "[$1]").Replace('/', '.');

    /// <summary>A JSON Schema error in words; <paramref name="expectedConst"/> is the value a "const" keyword asks for.</summary>
    public static string SchemaMessage(string keyword, string message, string? expectedConst = null) => keyword switch
    {
        "required" => $"verplicht veld ontbreekt: {string.Join(", ", QuotedNames().Matches(message).Select(m => m.Groups[1].Value))}",
        "format" when message.Contains("date", StringComparison.OrdinalIgnoreCase) => "geen geldige datum (gebruik jjjj-mm-dd, bijvoorbeeld 2025-12-31)",
        "format" => $"ongeldig formaat: {message}",
        "enum" => "onbekende waarde; zie het schema voor de toegestane waarden",
        "const" => expectedConst is null ? "heeft een vaste waarde; zie het schema" : $"moet '{expectedConst}' zijn",
        "type" => $"verkeerd type: {message}",
        "pattern" => "ongeldige code of id (id: kleine letters, cijfers en '-'; gemeente: GM gevolgd door 4 cijfers)",
        "additionalProperties" => "onbekend veld",
        "uniqueItems" => "dezelfde waarde staat meer dan eens in de lijst",
        "minItems" => "de lijst mag niet leeg zijn",
        "minLength" => "mag niet leeg zijn",
        "maxLength" => "tekst is te lang",
        "minimum" => "mag niet negatief zijn",
        "falseSchema" => "onbekend veld",
        _ => message,
    };

    [GeneratedRegex(@"/(\d+)(?=/|$)")]
    private static partial Regex IndexSegment();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedNames();
}
