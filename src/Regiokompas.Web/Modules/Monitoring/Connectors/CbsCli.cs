using System.Globalization;
using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

/// <summary>The CLI command <c>import-cbs FILE --region ID --table ID [--format odata|csv] [--dry-run] [--retrieved YYYY-MM-DD]</c>.</summary>
public static class CbsCli
{
    public static async Task<int> ImportAsync(IServiceProvider sp, Dictionary<string, string> o, string path, string region, string table,
        Func<string, Exception> usage)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw usage($"file not found: {path}");
        if (info.Length > CbsImportHandler.MaxBytes) throw usage($"{path} is larger than {CbsImportHandler.MaxBytes} bytes");
        var format = o.GetValueOrDefault("format") is { Length: > 0 } f ? f : info.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "odata";
        DateOnly? retrieved = null;
        if (o.TryGetValue("retrieved", out var r))
            retrieved = DateOnly.TryParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw usage($"--retrieved: '{r}' is not a date (YYYY-MM-DD)");
        var name = $"cli:{Environment.UserName}";
        await using var stream = info.OpenRead();
        var outcome = await sp.GetRequiredService<CbsImportHandler>().ImportFileAsync(region, table, format, stream, o.ContainsKey("dry-run"),
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
