using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Monitoring.Measurements;

namespace Regiokompas.Benchmarks;

/// <summary>
/// Monitoring figures, printed not asserted: CSV import throughput (check only, and check plus
/// save) on synthetic monthly figures for the 14 seeded municipalities and 2 regions, then the
/// region dashboard API and the status of every result. SQLite, in process.
/// </summary>
public static class MonitoringBenchmark
{
    public static async Task RunAsync(bool smoke)
    {
        var indicators = smoke ? 2 : 40;
        var months = smoke ? 12 : 120;
        var folder = Directory.CreateTempSubdirectory("regiokompas-bench-mon-").FullName;
        await using var app = new BenchApp(folder);
        var client = app.CreateClient();
        string[] areas;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            areas = [.. await db.Municipalities.Where(m => m.RegionId != null).Select(m => m.Code).ToListAsync(), "ijssel-vecht", "flevoland"];
            for (var i = 0; i < indicators; i++)
                db.Add(new Indicator
                {
                    Code = $"synthetisch-{i}", Name = $"Fictieve indicator {i} (benchmark)", Unit = IndicatorUnit.Count,
                    Frequency = Frequency.Monthly, AreaLevels = [AreaLevel.Region, AreaLevel.Municipality],
                });
            await db.SaveChangesAsync();
        }

        // Fictitious figures, generated here for timing only.
        var csv = new StringBuilder("indicator,area,period,value\n");
        var start = new DateOnly(2016, 1, 1);
        for (var i = 0; i < indicators; i++)
            foreach (var area in areas)
                for (var m = 0; m < months; m++)
                {
                    var period = Period.Containing(start.AddMonths(m), Frequency.Monthly);
                    csv.Append(CultureInfo.InvariantCulture, $"synthetisch-{i},{area},{period.Code},{100 + (i * 7 + m * 3) % 50}\n");
                }
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        var rows = indicators * areas.Length * months;

        async Task<(double Seconds, ImportOutcome Outcome)> ImportAsync(bool dryRun)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<ImportMeasurementsHandler>();
            var problems = new List<ImportProblem>();
            var sw = Stopwatch.StartNew();
            var outcome = await handler.HandleAsync(LongFormatCsvReader.ReadAsync(new MemoryStream(bytes), problems), problems, dryRun,
                new Actor("benchmark", IsAdministrator: true), "benchmark", CancellationToken.None);
            return (sw.Elapsed.TotalSeconds, outcome);
        }

        var check = await ImportAsync(dryRun: true);
        var save = await ImportAsync(dryRun: false);
        var again = await ImportAsync(dryRun: false);
        if (!save.Outcome.Succeeded || save.Outcome.Imported != rows || again.Outcome.Unchanged != rows)
            throw new InvalidOperationException("benchmark import did not do what it should");

        var requests = smoke ? 10 : 100;
        var samples = new double[requests];
        for (var i = 0; i < requests + 5; i++)
        {
            var sw = Stopwatch.StartNew();
            using var r = await client.GetAsync("/api/v1/regions/ijssel-vecht/results/status");
            r.EnsureSuccessStatusCode();
            await r.Content.ReadAsByteArrayAsync();
            if (i >= 5) samples[i - 5] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(samples);
        var statusAll = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var q = scope.ServiceProvider.GetRequiredService<MonitoringQueries>();
            await q.GetRegionStatusesAsync("ijssel-vecht", CancellationToken.None);
            await q.GetRegionStatusesAsync("flevoland", CancellationToken.None);
        }

        Console.WriteLine($"Regiokompas monitoring benchmark — {rows:N0} fictitious monthly figures ({indicators} indicators × {areas.Length} areas × {months} months), SQLite");
        Console.WriteLine($"CSV import, check only (dry run):  {rows / check.Seconds,10:N0} figures/s");
        Console.WriteLine($"CSV import, check and save:        {rows / save.Seconds,10:N0} figures/s");
        Console.WriteLine($"CSV import, same file again:       {rows / again.Seconds,10:N0} figures/s (all unchanged)");
        Console.WriteLine($"API GET …/results/status: median {samples[requests / 2]:F1} ms, p95 {samples[(int)Math.Ceiling(0.95 * requests) - 1]:F1} ms");
        Console.WriteLine($"status of every result of both regions: {statusAll.Elapsed.TotalMilliseconds:F0} ms");
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
