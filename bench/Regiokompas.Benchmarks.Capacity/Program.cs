using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Benchmarks.Capacity;

// Usage: dotnet run -c Release --project bench/Regiokompas.Benchmarks.Capacity -- [--smoke] [--seconds 60] [--clients 200] [--units 500] [--postgres "Host=127.0.0.1;Port=5432;Username=app;Database=bench"]
// Not top-level statements: those would make a Program class here that hides the web app's Program.
internal static class LoadBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var exitCode = 1;
        var options = Args.Parse(args);
        var folder = Directory.CreateTempSubdirectory("regiokompas-bench-").FullName;
        await using var app = new BenchApp(options.Postgres, folder);
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.ClientOptions.BaseAddress;
        Console.WriteLine($"Regiokompas capacity load benchmark: {options.Clients} clients, {options.Units} units, {options.Seconds} s, " +
            $"{(options.Postgres is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, app at {baseUrl}");

        var (unitIds, token) = await Setup.CreateAsync(app.Services, options.Units);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var latencies = new ConcurrentBag<double>();
        var counts = new ConcurrentDictionary<string, int>();
        void Count(string key) => counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var clock = Stopwatch.StartNew();

        async Task<HttpResponseMessage?> SendAsync(Func<Task<HttpResponseMessage>> call, string name)
        {
            var sw = Stopwatch.StartNew();
            try
            {
                var response = await call();
                latencies.Add(sw.Elapsed.TotalMilliseconds);
                Count($"{name} {(int)response.StatusCode}");
                return response;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (!stop.IsCancellationRequested) Count($"{name} error");
                return null;
            }
        }

        var workers = Enumerable.Range(0, options.Clients).Select(async client =>
        {
            var rng = new Random(client);
            while (!stop.IsCancellationRequested)
            {
                var unit = unitIds[rng.Next(unitIds.Count)];
                var body = new
                {
                    unitId = unit, idempotencyKey = Guid.NewGuid().ToString("N"), patientReference = $"TP-{client:000}-{rng.Next(10000):0000}",
                    urgency = "urgent", expectedArrival = DateTime.UtcNow.AddHours(2),
                };
                using var hold = await SendAsync(() => http.PostAsJsonAsync("/api/v1/reservations", body), "hold");
                if (hold?.StatusCode != HttpStatusCode.Created) continue;
                var id = (await hold.Content.ReadFromJsonAsync<IdOnly>())!.Id;
                var roll = rng.Next(10);
                if (roll < 7)
                {
                    (await SendAsync(() => http.PostAsync($"/api/v1/reservations/{id}/confirm", null), "confirm"))?.Dispose();
                    (await SendAsync(() => http.PostAsync($"/api/v1/reservations/{id}/release", null), "release"))?.Dispose();
                }
                else if (roll < 9)
                    (await SendAsync(() => http.PostAsync($"/api/v1/reservations/{id}/release", null), "release"))?.Dispose();
                else
                    (await SendAsync(() => http.PostAsJsonAsync($"/api/v1/reservations/{id}/cancel", new { reason = "benchmark" }), "cancel"))?.Dispose();
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;

        var sorted = latencies.OrderBy(x => x).ToArray();
        double P(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine();
        Console.WriteLine($"requests        {sorted.Length} in {elapsed:F1} s = {sorted.Length / elapsed:F0} req/s");
        Console.WriteLine($"holds granted   {counts.GetValueOrDefault("hold 201")} ({counts.GetValueOrDefault("hold 201") / elapsed:F0}/s), refused 409: {counts.GetValueOrDefault("hold 409")}");
        Console.WriteLine($"latency ms      p50 {P(0.50):F1}   p95 {P(0.95):F1}   p99 {P(0.99):F1}   max {(sorted.Length > 0 ? sorted[^1] : double.NaN):F1}");
        Console.WriteLine($"goal            p95 <= 300 ms: {(P(0.95) <= 300 ? "met" : "NOT met")};  p99 <= 1000 ms: {(P(0.99) <= 1000 ? "met" : "NOT met")}");
        foreach (var (key, n) in counts.OrderBy(c => c.Key)) Console.WriteLine($"  {key,-14} {n}");

        // The invariant over the whole history: no hold was ever given beyond what was open.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reports = await db.Set<AvailabilityReport>().AsNoTracking()
                .Select(r => new ReportPoint(r.UnitId, r.AsOfUtc, r.ReceivedAtUtc, r.Open - r.Occupied - r.Blocked)).ToListAsync();
            var reservations = await db.Set<Reservation>().AsNoTracking().ToListAsync();
            var violations = CapacityInvariants.Check(reports, reservations);
            Console.WriteLine($"invariant check {reservations.Count} reservations, {reports.Count} reports: {violations.Count(v => v.Code == "overbooked")} overbookings, {violations.Count} violations in total");
            foreach (var v in violations.Take(10)) Console.WriteLine($"  {v.Code} unit {v.UnitId} at {v.AtUtc:O}: {v.Detail}");
            // A run in which no hold was granted measured refusals, not the hold path: that is a failure too.
            var granted = reservations.Count;
            if (granted == 0) Console.WriteLine("no hold was granted: the benchmark measured nothing (check scopes, limits and setup)");
            exitCode = violations.Count == 0 && granted > 0 ? 0 : 1;
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return exitCode;
    }
}

internal sealed record IdOnly(Guid Id);

internal sealed record Args(int Seconds, int Clients, int Units, string? Postgres)
{
    public static Args Parse(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        // --smoke: a few seconds with few clients, for the test command; the invariant check still decides the exit code.
        var smoke = args.Contains("--smoke");
        return new Args(int.Parse(Get("--seconds") ?? (smoke ? "5" : "60")), int.Parse(Get("--clients") ?? (smoke ? "10" : "200")),
            int.Parse(Get("--units") ?? (smoke ? "20" : "500")),
            Get("--postgres") ?? Environment.GetEnvironmentVariable("REGIOKOMPAS_BENCH_POSTGRES"));
    }
}

internal sealed class BenchApp(string? postgres, string folder) : WebApplicationFactory<Program>
{
    private static string WebRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Regiokompas.Web"))) return Path.Combine(dir.FullName, "src", "Regiokompas.Web");
        return AppContext.BaseDirectory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(WebRoot());
        builder.UseSetting("Database:Provider", postgres is null ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Regiokompas", postgres ?? $"Data Source={Path.Combine(folder, "bench.db")}");
        builder.UseSetting("DataFolder", folder);
        // One token stands in for every transfer desk of the load: neither the per-client write limit nor the
        // cap on open holds per organisation may be what the benchmark measures.
        builder.UseSetting("RateLimits:ApiWritesPerClient", "100000000");
        builder.UseSetting("Capacity:MaxOpenHoldsPerOrganisation", "100000000");
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.AspNetCore.Diagnostics", LogLevel.None));
    }
}

internal static class Setup
{
    /// <summary>Units spread over the seeded nursing organisations, each with a fresh report of 2–6 free places.</summary>
    public static async Task<(List<Guid> Units, string Token)> CreateAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var orgs = await db.Organisations.Where(o => o.Type == Regiokompas.Domain.Plan.OrganisationType.NursingHomeCare)
            .Select(o => new { o.Id, o.RegionId }).ToListAsync();
        var types = await db.Set<CapacityType>().Select(t => t.Code).ToListAsync();
        var municipalities = await db.Municipalities.Where(m => m.RegionId != null).Select(m => new { m.Code, m.RegionId }).ToListAsync();
        var rng = new Random(7);
        var locations = new Dictionary<int, CapacityLocation>();
        foreach (var o in orgs)
        {
            var location = new CapacityLocation
            {
                RegionId = o.RegionId, OrganisationId = o.Id, Name = "Benchmarklocatie",
                MunicipalityCode = municipalities.First(m => m.RegionId == o.RegionId).Code,
            };
            db.Add(location);
            locations[o.Id] = location;
        }
        await db.SaveChangesAsync();
        var ids = new List<Guid>();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var o = orgs[i % orgs.Count];
            var unit = new CapacityUnit
            {
                RegionId = o.RegionId, OrganisationId = o.Id, LocationId = locations[o.Id].Id,
                MunicipalityCode = locations[o.Id].MunicipalityCode, TypeCode = types[i % types.Count], Name = $"Benchmark {i}",
            };
            var open = rng.Next(4, 12);
            db.Add(unit);
            db.Add(unit.Report(new ReportFigures(open, open - rng.Next(2, 5), 0), ReportSource.Api, "benchmark", now, now).Report);
            ids.Add(unit.Id);
        }
        var token = AuthSetup.NewToken();
        db.ApiTokens.Add(new ApiToken { OrganisationId = orgs[0].Id, Name = "benchmark", TokenHash = AuthSetup.HashToken(token), CreatedAtUtc = now });
        // The token's organisation may hold places in every region that has benchmark units.
        foreach (var region in orgs.Select(o => o.RegionId).Distinct())
            db.Add(new RequestingOrganisation { OrganisationId = orgs[0].Id, RegionId = region, GrantedAtUtc = now });
        await db.SaveChangesAsync();
        return (ids, token);
    }
}
