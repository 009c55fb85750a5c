using System.Text.Json;
using Json.Schema;

namespace Regiokompas.Web.Tests.CareDirectory;

/// <summary>
/// The official HSDS 3.0 schemas, read at run time from ../shared/data/hsds next to the repository
/// (they are CC BY-SA and stay out of it). Every file is registered under its own name, because
/// the schemas refer to each other by bare file name.
/// </summary>
public static class HsdsSchemas
{
    private static readonly Uri Base = new("https://hsds.invalid/schema/");
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    public static string Folder { get; } = FindFolder();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Regiokompas.sln"))) continue;
            var hsds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "hsds"));
            if (Directory.Exists(hsds)) return hsds;
        }
        throw new InvalidOperationException("The HSDS schemas were not found in ../shared/data/hsds beside the repository.");
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        // The files are draft 2020-12 with extra, non-standard keywords (constraints, core, example…), which must be ignored.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        var result = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(Folder, "schema"), "*.json")
            .Where(f => Path.GetFileName(f) is not ("openapi.json" or "datapackage.json"))
            .Select(f => (Name: Path.GetFileName(f), Path: f))
            .Concat(Directory.GetFiles(Path.Combine(Folder, "schema", "compiled"), "*.json").Select(f => (Name: "compiled/" + Path.GetFileName(f), Path: f)))
            .ToList();
        // Register every document first, so references resolve whatever the build order.
        var documents = files.ToDictionary(f => f.Name, f => JsonDocument.Parse(File.ReadAllText(f.Path)).RootElement.Clone());
        foreach (var (name, _) in files)
        {
            var schema = JsonSchema.Build(documents[name], options, new Uri(Base, name));
            options.SchemaRegistry.Register(new Uri(Base, name), schema);
            result[name] = schema;
        }
        return result;
    }

    /// <summary>Every error, as "location: message"; empty when the instance is valid.</summary>
    public static IReadOnlyList<string> Errors(string schema, JsonElement instance)
    {
        var results = Schemas.Value[schema].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid) return [];
        return (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid").ToList();
    }

    public static void ShouldValidate(this JsonElement instance, string schema) =>
        Errors(schema, instance).ShouldBeEmpty($"{schema}: {instance.GetRawText()[..Math.Min(300, instance.GetRawText().Length)]}");
}
