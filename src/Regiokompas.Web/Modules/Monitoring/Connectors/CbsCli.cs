using System.Globalization;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Cli;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

/// <summary>The CLI command <c>import-cbs FILE --region ID --table ID [--format odata|csv] [--dry-run] [--retrieved YYYY-MM-DD]</c>.</summary>
public static class CbsCli
{
    public static readonly CliCommand Command = new("import-cbs", """
          import-cbs   FILE --region ID --table ID [--format odata|csv] [--dry-run] [--retrieved YYYY-MM-DD]
                       CBS StatLine observations through the region's mappings (all or nothing; published at once)
        """, ImportAsync);

    private static CliUsageException usage(string message) => new(message);

    private static async Task<int> ImportAsync(IServiceProvider sp, CliOptions o)
    {
        var (path, region, table) = (o.NeedArgument(0), o.Need("region"), o.Need("table"));
        var info = new FileInfo(path);
        if (!info.Exists) throw usage($"file not found: {path}");
        if (info.Length > CbsImportHandler.MaxBytes) throw usage($"{path} is larger than {CbsImportHandler.MaxBytes} bytes");
        var format = o.Get("format") is { Length: > 0 } f ? f : info.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "odata";
        DateOnly? retrieved = null;
        if (o.Get("retrieved") is { } r)
            retrieved = DateOnly.TryParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw usage($"--retrieved: '{r}' is not a date (YYYY-MM-DD)");
        var name = $"cli:{Environment.UserName}";
        await using var stream = info.OpenRead();
        var outcome = await sp.GetRequiredService<CbsImportHandler>().ImportFileAsync(region, table, format, stream, o.Has("dry-run"),
            retrieved, new Actor(name, IsAdministrator: true), name, CancellationToken.None) ?? throw usage($"unknown region '{region}'");
        if (!outcome.Succeeded)
        {
            foreach (var e in outcome.Errors.Take(100)) await Console.Error.WriteLineAsync($"{path}: line {e.Line}, {e.Field}: {e.Message}");
            await Console.Error.WriteLineAsync($"{outcome.Errors.Count} problem(s); nothing was imported.");
            return 1;
        }
        Console.WriteLine($"{(outcome.DryRun ? "Checked (dry run; nothing saved)" : "Imported")} CBS {outcome.TableId} for {region}: " +
            $"{outcome.Imported} new or changed, {outcome.Unchanged} unchanged, {outcome.Published} published; " +
            $"{outcome.Observations} observations read, {outcome.Selected} selected, {outcome.WithoutValue} without value, {outcome.OtherArea} other areas. Bron: CBS ({CbsProvenance.Licence}).");
        return 0;
    }
}
