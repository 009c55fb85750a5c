using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Http;

namespace Regiokompas.Web.Modules.Plan.PlanFiles;

/// <summary>The plan file's administrative commands: import (with a dry run) and export.</summary>
public static class PlanFileCommands
{
    public static readonly CliCommand Import = new("import-plan", """
          import-plan  FILE [--dry-run]                          validate and import a plan file (all or nothing)
        """, ImportAsync, CheckFirstAsync);

    public static readonly CliCommand Export = new("export-plan", """
          export-plan  REGION [FILE]                             write a region's plan file (stdout without FILE)
        """, ExportAsync);

    private static async Task<int?> CheckFirstAsync(CliOptions o) =>
        await ReadAsync(o.NeedArgument(0)) is { IsValid: false } read ? await RefuseAsync(read) : null;

    private static async Task<PlanFileReadResult> ReadAsync(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new CliUsageException($"file not found: {path}");
        if (info.Length > PlanFileReader.MaxFileBytes) throw new CliUsageException($"{path} is larger than {PlanFileReader.MaxFileBytes} bytes");
        var (text, encoding) = StrictText.Decode(await File.ReadAllBytesAsync(path));
        return encoding is null ? PlanFileReader.Read(path, text!) : new PlanFileReadResult(null, [new PlanFileProblem(path, encoding.Line, "", encoding.Message)]);
    }

    private static async Task<int> RefuseAsync(PlanFileReadResult read)
    {
        foreach (var p in read.Problems) await Console.Error.WriteLineAsync(p.ToString());
        await Console.Error.WriteLineAsync($"{read.Problems.Count} problem(s); nothing was imported.");
        return 1;
    }

    private static async Task<int> ImportAsync(IServiceProvider sp, CliOptions o)
    {
        var path = o.NeedArgument(0);
        var read = await ReadAsync(path);
        if (!read.IsValid) return await RefuseAsync(read);
        if (o.Has("dry-run"))
        {
            Console.WriteLine($"{path} is valid (dry run; nothing imported).");
            return 0;
        }
        var summary = await sp.GetRequiredService<ImportPlanFileHandler>().HandleAsync(read.Plan!, CancellationToken.None);
        Console.WriteLine($"Imported {summary.RegionId}: {summary.Created} created, {summary.Updated} updated, {summary.Deleted} deleted.");
        return 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider sp, CliOptions o)
    {
        var region = o.NeedArgument(0);
        var plan = await sp.GetRequiredService<ExportPlanFileHandler>().HandleAsync(region, CancellationToken.None)
            ?? throw new CliUsageException($"unknown region '{region}'");
        var yaml = PlanFileWriter.ToYaml(plan);
        if (o.Argument(1) is { } file) await File.WriteAllTextAsync(file, yaml);
        else Console.Write(yaml);
        return 0;
    }
}
