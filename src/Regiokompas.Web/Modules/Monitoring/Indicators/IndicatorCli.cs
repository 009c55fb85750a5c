using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Http;

namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>
/// The CLI's export-indicators and import-indicators commands. They act as an administrator (whoever
/// runs the CLI has the database) and go through the same handler, checks and audit trail as the API.
/// </summary>
public static class IndicatorCli
{
    public static readonly CliCommand Export = new("export-indicators", """
          export-indicators REGION [FILE]                        write a region's indicator catalogue (stdout without FILE)
        """, (sp, o) => ExportAsync(sp, o.NeedArgument(0), o.Argument(1)));

    public static readonly CliCommand Import = new("import-indicators", """
          import-indicators REGION FILE [--dry-run]              check and import a region's indicator catalogue (all or nothing)
        """, (sp, o) => ImportAsync(sp, o.NeedArgument(0), o.NeedArgument(1), o.Has("dry-run")));

    public static async Task<int> ExportAsync(IServiceProvider sp, string regionId, string? file)
    {
        var yaml = await sp.GetRequiredService<IndicatorCatalogueTransfer>().ExportAsync(regionId, CancellationToken.None);
        if (yaml is null)
        {
            await Console.Error.WriteLineAsync($"error: unknown region '{regionId}'");
            return 2;
        }
        if (file is not null) await File.WriteAllTextAsync(file, yaml);
        else Console.Write(yaml);
        return 0;
    }

    public static async Task<int> ImportAsync(IServiceProvider sp, string regionId, string file, bool dryRun)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            await Console.Error.WriteLineAsync($"error: file not found: {file}");
            return 2;
        }
        if (info.Length > IndicatorCatalogueReader.MaxFileBytes)
        {
            await Console.Error.WriteLineAsync($"error: {file} is larger than {IndicatorCatalogueReader.MaxFileBytes} bytes");
            return 1;
        }
        var (text, encoding) = StrictText.Decode(await File.ReadAllBytesAsync(file));
        var actor = new Actor($"cli:{Environment.UserName}", IsAdministrator: true);
        var outcome = encoding is not null
            ? new CatalogueImportOutcome(0, 0, 0, 0, dryRun, [new CatalogueProblem(encoding.Line, "", encoding.Message)])
            : await sp.GetRequiredService<IndicatorCatalogueTransfer>().ImportAsync(regionId, text!, dryRun, actor, CancellationToken.None);
        if (outcome is null)
        {
            await Console.Error.WriteLineAsync($"error: unknown region '{regionId}'");
            return 2;
        }
        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems) await Console.Error.WriteLineAsync($"{file}:{p}");
            await Console.Error.WriteLineAsync(MonitoringTexts.Get("monitoring.catalogue-import-failed"));
            return 1;
        }
        Console.WriteLine($"{(dryRun ? "Checked (dry run; nothing saved)" : "Imported")} {regionId}: {outcome.Created} created, {outcome.Updated} updated, " +
            $"{outcome.Linked} linked, {outcome.Unlinked} unlinked.");
        return 0;
    }
}
