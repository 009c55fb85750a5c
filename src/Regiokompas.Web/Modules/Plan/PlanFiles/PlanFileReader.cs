using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Regiokompas.Web.Modules.Plan.PlanFiles;

/// <summary>One thing wrong with a plan file, located so that a person can fix it.</summary>
public sealed record PlanFileProblem(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}

public sealed record PlanFileReadResult(PlanFile? Plan, IReadOnlyList<PlanFileProblem> Problems)
{
    public bool IsValid => Plan is not null && Problems.Count == 0;
}

/// <summary>
/// Reads a plan file in three passes — YAML syntax, the JSON Schema, then the cross-references
/// the schema cannot express — and reports every problem with its line, never just the first.
/// </summary>
public static partial class PlanFileReader
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(PlanFileReader).Assembly.GetManifestResourceStream("plan-file.schema.json")
            ?? throw new InvalidOperationException("plan-file.schema.json is not embedded.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PlanFileReadResult Read(string fileName, string text)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        JsonNode? root;
        try
        {
            if (YamlLimits.Check(text) is { } limit)
                return Fail(fileName, limit.Line, "", $"{limit.Message} (regel {limit.Line}, kolom {limit.Column}); er is niets ingelezen.");
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            if (yaml.Documents.Count == 0)
                return Fail(fileName, 1, "", "Het bestand is leeg.");
            root = ToJson(yaml.Documents[0].RootNode, "", lines);
        }
        catch (YamlException e)
        {
            return Fail(fileName, (int)e.Start.Line, "", $"Geen geldige YAML: {Regex.Replace(e.Message, @"^\(.*?\): ", "")}");
        }

        var problems = new List<PlanFileProblem>();
        var evaluation = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(root),
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!evaluation.IsValid)
        {
            foreach (var detail in (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
            foreach (var (keyword, message) in detail.Errors!)
            {
                var pointer = detail.InstanceLocation.ToString();
                problems.Add(new PlanFileProblem(fileName, LineOf(lines, pointer), Field(pointer), SchemaMessage(keyword, message)));
            }
            problems = problems.Distinct().OrderBy(p => p.Line).ToList();
            return new PlanFileReadResult(null, problems);
        }

        var plan = root.Deserialize<PlanFile>(Json)!;
        foreach (var (pointer, message) in PlanFileRules.Check(plan))
            problems.Add(new PlanFileProblem(fileName, LineOf(lines, pointer), Field(pointer), message));
        return problems.Count == 0
            ? new PlanFileReadResult(plan, [])
            : new PlanFileReadResult(null, problems.OrderBy(p => p.Line).ToList());
    }

    private static PlanFileReadResult Fail(string file, int line, string field, string message) =>
        new(null, [new PlanFileProblem(file, line, field, message)]);

    /// <summary>YAML to JSON, remembering the line of every node by its JSON pointer.</summary>
    internal static JsonNode? ToJson(YamlNode node, string pointer, Dictionary<string, int> lines)
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

    internal static int LineOf(Dictionary<string, int> lines, string pointer)
    {
        // A missing field has no line of its own: fall back to its nearest parent.
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (lines.TryGetValue(p, out var line)) return line;
            if (p.Length == 0) return 1;
        }
    }

    /// <summary>"/pillars/0/goals/2/deadline" → "pillars[0].goals[2].deadline".</summary>
    internal static string Field(string pointer) =>
        IndexSegment().Replace(pointer.TrimStart('/'), "[$1]").Replace('/', '.');

    internal static string SchemaMessage(string keyword, string message) => keyword switch
    {
        "required" => $"verplicht veld ontbreekt: {string.Join(", ", QuotedNames().Matches(message).Select(m => m.Groups[1].Value))}",
        "format" when message.Contains("date", StringComparison.OrdinalIgnoreCase) => "geen geldige datum (gebruik jjjj-mm-dd, bijvoorbeeld 2025-12-31)",
        "format" => $"ongeldig formaat: {message}",
        "enum" => "onbekende waarde; zie het schema voor de toegestane waarden",
        "const" => $"moet '{PlanFileFormat.Current}' zijn",
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
