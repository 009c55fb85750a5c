using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Search;

namespace Regiokompas.Benchmarks;

/// <summary>
/// The directory at national scale: 100,000 generated, clearly fictitious services ("Demo …" of a
/// "Fictieve demo-organisatie") in a throwaway database that is deleted afterwards, then 1,000 realistic queries with typos and lay words, timed as
/// raw engine queries, HSDS API calls and resident page renders, plus suggestions.
/// </summary>
public static class DirectoryBenchmark
{
    private static readonly string[] Words = ["eenzaam", "schulden", "dokter", "mantelzorg", "opvoeden", "rouw", "dementie", "bewegen",
        "eenzam", "schuldne", "huisarts", "vrijwilliger", "geen geld", "maatje", "depressie", "jongeren", "wonen", "werk", "koffie", "alzheimer"];
    private static readonly string[] Municipalities = ["GM0034", "GM0303", "GM0995", "GM0171", "GM0184", "GM0050", "GM0148", "GM0160",
        "GM0166", "GM0175", "GM0180", "GM1708", "GM1896", "GM0193"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var folder = Directory.CreateTempSubdirectory("regiokompas-bench-").FullName;
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Benchmark");
                b.UseContentRoot(WebProjectFolder());
                b.UseSetting("DataFolder", folder);
                b.UseSetting("ConnectionStrings:Regiokompas", $"Data Source={Path.Combine(folder, "bench.db")}");
                b.UseSetting("Logging:LogLevel:Default", "Warning");
            });
            var client = factory.CreateClient();
            var sw = Stopwatch.StartNew();
            await GenerateAsync(factory.Services, count);
            Console.WriteLine($"Generated {count:N0} services in {sw.Elapsed.TotalSeconds:F1} s");
            sw.Restart();
            await factory.Services.GetRequiredService<SearchIndexSync>().RebuildAsync(CancellationToken.None);
            Console.WriteLine($"Built the index in {sw.Elapsed.TotalSeconds:F1} s");

            var index = factory.Services.GetRequiredService<ServiceSearchIndex>();
            var random = new Random(42);
            var queries = Enumerable.Range(0, 1000).Select(_ => (Text: Words[random.Next(Words.Length)], Muni: Municipalities[random.Next(Municipalities.Length)])).ToList();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);

            Warm(() => index.Search(new DirectorySearch { Text = "eenzaam", ResidentView = true, Today = today }));
            Report("engine query (Lucene, resident filters)", queries.Select(q => Time(() => index.Search(new DirectorySearch
            {
                Text = q.Text, ResidentView = true, Today = today,
                Filter = new DirectoryFilter { MunicipalityCode = q.Muni }, Take = 10,
            }))).ToList());
            Report("suggestions (engine)", queries.Select(q => Time(() => index.Suggest(q.Text[..3], today))).ToList());
            await client.GetStringAsync("/api/v1/hsds/services?search=eenzaam");
            Report("GET /api/v1/hsds/services?search=", await TimeAllAsync(queries, q => client.GetAsync($"/api/v1/hsds/services?search={Uri.EscapeDataString(q.Text)}&per_page=20")));
            await client.GetStringAsync("/hulp?q=eenzaam");
            Report("GET /hulp?q=&gemeente= (page)", await TimeAllAsync(queries, q => client.GetAsync($"/hulp?q={Uri.EscapeDataString(q.Text)}&gemeente={q.Muni}")));
            Report("GET /api/v1/directory/suggestions", await TimeAllAsync(queries, q => client.GetAsync($"/api/v1/directory/suggestions?q={q.Text[..3]}")));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }

    private static async Task GenerateAsync(IServiceProvider services, int count)
    {
        var random = new Random(7);
        var themes = DutchThemes.All.Select(t => t.Code).ToArray();
        var now = DateTime.UtcNow;
        var org = new CareOrganisation { Name = "Fictieve demo-organisatie", Description = "Gegenereerd voor de benchmark", LastModifiedUtc = now };
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(org);
            await db.SaveChangesAsync();
        }
        const int batch = 5000;
        for (var start = 0; start < count; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var theme = themes[random.Next(themes.Length)];
                var word = Words[random.Next(8)];
                var s = new CareService
                {
                    OrganisationId = org.Id, Name = $"Demo {DutchThemes.Find(theme)!.Name.ToLowerInvariant()} {i}",
                    Description = $"Fictieve dienst over {word} en {DutchThemes.Find(theme)!.Name.ToLowerInvariant()} nummer {i}.",
                    Kind = (ServiceKind)random.Next(3), IsFree = random.Next(2) == 0, LastModifiedUtc = now,
                };
                s.ChangeSummary($"Hulp bij {word}. Kom langs of bel ons.");
                s.SetThemes([theme]);
                s.Assure(DateOnly.FromDateTime(now).AddDays(-random.Next(600)), null, DateOnly.FromDateTime(now));
                s.ServiceAreas.Add(new ServiceArea { ServiceId = s.Id, MunicipalityCode = Municipalities[random.Next(Municipalities.Length)] });
                db.Add(s);
            }
            await db.SaveChangesAsync();
        }
    }

    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Regiokompas.sln"))) return Path.Combine(dir.FullName, "src", "Regiokompas.Web");
        throw new InvalidOperationException("Run the benchmark from within the repository.");
    }

    private static void Warm(Action action) { for (var i = 0; i < 20; i++) action(); }

    private static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    private static async Task<List<double>> TimeAllAsync<T>(IEnumerable<T> items, Func<T, Task<HttpResponseMessage>> call)
    {
        var times = new List<double>();
        foreach (var item in items)
        {
            var sw = Stopwatch.StartNew();
            using var response = await call(item);
            await response.Content.ReadAsStringAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        return times;
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine($"{what,-45} n={times.Count,5}  median {P(0.5),7:F2} ms  p95 {P(0.95),7:F2} ms  max {times[^1],7:F2} ms");
    }
}
