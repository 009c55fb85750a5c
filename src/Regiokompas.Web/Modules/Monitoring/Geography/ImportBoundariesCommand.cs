using Regiokompas.Web.Common.Cli;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

/// <summary>The import-boundaries command: municipality outlines for the comparison map, with a dry run.</summary>
public static class ImportBoundariesCommand
{
    public static readonly CliCommand Command = new("import-boundaries", """
          import-boundaries FILE [--dry-run] [--year Y] [--code-property P] [--attribution TEXT]
                       municipality outlines (GeoJSON, WGS84) for the comparison map; replaces that year's set
        """, RunAsync);

    private static async Task<int> RunAsync(IServiceProvider sp, CliOptions o)
    {
        var path = o.NeedArgument(0);
        var info = new FileInfo(path);
        if (!info.Exists) throw new CliUsageException($"file not found: {path}");
        if (info.Length > ImportBoundariesHandler.MaxBytes) throw new CliUsageException($"{path} is larger than {ImportBoundariesHandler.MaxBytes} bytes");
        int? year = o.Get("year") is { } y ? int.TryParse(y, out var n) ? n : throw new CliUsageException($"--year: '{y}' is not a year") : null;
        await using var stream = info.OpenRead();
        var outcome = await sp.GetRequiredService<ImportBoundariesHandler>().HandleAsync(stream, new ImportBoundariesRequest
        {
            Year = year, CodeProperty = o.Get("code-property"), Source = info.Name,
            Attribution = o.Get("attribution") ?? BoundaryTexts.CbsAttribution,
        }, o.Has("dry-run"), $"cli:{Environment.UserName}", CancellationToken.None);
        foreach (var note in outcome.Notes) Console.WriteLine($"note: {note.Message}");
        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems) await Console.Error.WriteLineAsync($"{path}: feature {p.Feature}, {p.Field}: {p.Message}");
            await Console.Error.WriteLineAsync($"{outcome.Problems.Count} problem(s); nothing was imported.");
            return 1;
        }
        Console.WriteLine($"{(outcome.DryRun ? "Checked (dry run; nothing saved)" : "Imported")} {outcome.Areas} areas for {outcome.Year}: " +
            $"{outcome.Added} added, {outcome.Updated} updated, {outcome.Unchanged} unchanged, {outcome.Removed} removed, {outcome.Skipped} features skipped.");
        return 0;
    }
}
