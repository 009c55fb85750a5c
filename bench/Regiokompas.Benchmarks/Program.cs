using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Benchmarks;

// Plan page and plan API against the raw database query behind them, measured side by side in
// one process so machine noise hits all three alike. --smoke runs a few requests only.
public static class PlanBenchmark
{
    public static async Task Main(string[] args)
    {
        if (args.FirstOrDefault() == "directory") { await DirectoryBenchmark.RunAsync(args.Skip(1).ToArray()); return; }
        var smoke = args.Contains("--smoke");
        var requests = smoke ? 20 : 200;
        var warmup = smoke ? 5 : 50;
        var folder = Directory.CreateTempSubdirectory("regiokompas-bench-").FullName;

        // Point the factory at the web project's folder (it would otherwise guess from the solution root).
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "Regiokompas.sln"))) repo = repo.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REGIOKOMPAS_WEB",
            Path.Combine(repo?.FullName ?? ".", "src", "Regiokompas.Web"));
        await using var app = new BenchApp(folder);
        var client = app.CreateClient();

        async Task<double[]> TimeAsync(Func<Task> action)
        {
            for (var i = 0; i < warmup; i++) await action();
            var samples = new double[requests];
            for (var i = 0; i < requests; i++)
            {
                var sw = Stopwatch.StartNew();
                await action();
                samples[i] = sw.Elapsed.TotalMilliseconds;
            }
            Array.Sort(samples);
            return samples;
        }

        var query = await TimeAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var tree = await scope.ServiceProvider.GetRequiredService<PlanQueries>().GetPlanTreeAsync("ijssel-vecht", CancellationToken.None);
            if (tree is null || tree.Pillars.Count == 0) throw new InvalidOperationException("plan not seeded");
        });
        var api = await TimeAsync(async () =>
        {
            using var r = await client.GetAsync("/api/v1/regions/ijssel-vecht/plan");
            r.EnsureSuccessStatusCode();
            await r.Content.ReadAsByteArrayAsync();
        });
        var page = await TimeAsync(async () =>
        {
            using var r = await client.GetAsync("/regio/ijssel-vecht");
            r.EnsureSuccessStatusCode();
            await r.Content.ReadAsByteArrayAsync();
        });

        static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine($"Regiokompas plan benchmark — {requests} requests after {warmup} warm-up, SQLite, in-process server, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"what",-34} {"median ms",10} {"p95 ms",10} {"vs query",9}");
        foreach (var (name, s) in new[] { ("database query (PlanQueries)", query), ("API GET /api/v1/regions/…/plan", api), ("page GET /regio/ijssel-vecht", page) })
            Console.WriteLine($"{name,-34} {P(s, 0.5),10:F2} {P(s, 0.95),10:F2} {P(s, 0.5) / P(query, 0.5),8:F1}×");
        var pageOk = P(page, 0.5) <= 3 * P(query, 0.5) && P(page, 0.95) < 50;
        Console.WriteLine($"goal: page median within 3× the query and p95 under 50 ms: {(pageOk ? "met" : "NOT met")}");
        try { Directory.Delete(folder, true); } catch (IOException) { }

    }
}

internal sealed class BenchApp(string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("DataFolder", folder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
