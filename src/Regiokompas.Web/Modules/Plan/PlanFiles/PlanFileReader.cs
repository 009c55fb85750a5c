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
            root = YamlJson.ToJson(yaml.Documents[0].RootNode, "", lines);
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
                problems.Add(new PlanFileProblem(fileName, YamlJson.LineOf(lines, pointer), YamlJson.Field(pointer), YamlJson.SchemaMessage(keyword, message, PlanFileFormat.Current)));
            }
            problems = problems.Distinct().OrderBy(p => p.Line).ToList();
            return new PlanFileReadResult(null, problems);
        }

        var plan = root.Deserialize<PlanFile>(Json)!;
        foreach (var (pointer, message) in PlanFileRules.Check(plan))
            problems.Add(new PlanFileProblem(fileName, YamlJson.LineOf(lines, pointer), YamlJson.Field(pointer), message));
        return problems.Count == 0
            ? new PlanFileReadResult(plan, [])
            : new PlanFileReadResult(null, problems.OrderBy(p => p.Line).ToList());
    }

    private static PlanFileReadResult Fail(string file, int line, string field, string message) =>
        new(null, [new PlanFileProblem(file, line, field, message)]);

}
