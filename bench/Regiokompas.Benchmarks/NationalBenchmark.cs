using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Monitoring.Measurements;

namespace Regiokompas.Benchmarks;

/// <summary>
/// Issue 3 "Speed and scale": a synthetic national data set (342 fictitious municipalities ×
/// 200 indicators × 120 months, ~8.2 million figures) imported as CSV files through the real
/// import handler, against the database's own bulk load of the same rows into an identical empty
/// table in the same run; then publish, status recomputation for every result, and the region
/// dashboard and result page over in-process HTTP. Printed figures, not asserted; --smoke runs a
/// tiny scale and checks invariants so the test command can fail on it.
/// </summary>
public static class NationalBenchmark
{
    private const int FilesIndicators = 10;          // indicators per CSV file (~410k rows at full scale)
    private static readonly DateOnly FirstMonth = new(2016, 1, 1);

    public static async Task<int> RunAsync(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var scale = Arg(args, "--scale") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : 1.0;
        var municipalities = smoke ? 10 : 342;
        var indicators = smoke ? 5 : Math.Max(FilesIndicators, (int)Math.Round(200 * scale));
        var months = smoke ? 12 : 120;
        var regions = smoke ? 2 : 25;
        var resultsPerRegion = smoke ? 4 : 16;
        var requests = smoke ? 20 : Arg(args, "--requests") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 200;
        var warmup = smoke ? 5 : Math.Max(5, requests / 4);
        string? postgres = null;
        if (args.Contains("--postgres"))
            postgres = Arg(args, "--postgres") is { } cs && !cs.StartsWith("--") ? cs
                : Environment.GetEnvironmentVariable("REGIOKOMPAS_TEST_POSTGRES")
                  ?? throw new InvalidOperationException("--postgres needs a connection string or REGIOKOMPAS_TEST_POSTGRES (bash scripts/with-postgres.sh …).");
        var dbName = postgres is null ? "SQLite" : "PostgreSQL";
        var rows = (long)municipalities * indicators * months;

        var folder = Directory.CreateTempSubdirectory("regiokompas-bench-national-").FullName;
        var pgDatabase = $"rk_bench_{Guid.NewGuid():N}";
        if (postgres is not null)
        {
            await PgAdminAsync(postgres, $"CREATE DATABASE \"{pgDatabase}\"");
            postgres = new NpgsqlConnectionStringBuilder(postgres) { Database = pgDatabase, CommandTimeout = 0 }.ConnectionString;
        }
        PlanBenchmarkContentRoot();
        Console.WriteLine($"Regiokompas national monitor benchmark — {dbName}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"data: {municipalities} fictitious municipalities × {indicators} indicators × {months} months = {rows:N0} figures" +
                          (scale != 1 && !smoke ? $" (--scale {scale.ToString(CultureInfo.InvariantCulture)})" : ""));
        var total = Stopwatch.StartNew();
        try
        {
            await using var app = new NationalBenchApp(postgres, folder);
            using var client = app.CreateClient();
            // The app ships real CBS figures for the two seed regions; the benchmark counts only its own rows.
            var shippedRows = await CountAsync(app, "monitoring_measurements");

            // 1. Areas, regions with a plan each, indicators: inserted directly (small), through EF.
            var model = await SetUpAsync(app, municipalities, indicators, regions, resultsPerRegion);

            // 2. CSV files in the documented long format, written before any timing.
            var sw = Stopwatch.StartNew();
            var files = WriteCsvFiles(folder, model, months);
            var csvBytes = files.Sum(f => new FileInfo(f.Path).Length);
            Console.WriteLine($"generated {files.Count} CSV files, {csvBytes / 1024.0 / 1024:N0} MB, in {sw.Elapsed.TotalSeconds:N1} s");

            // 3. Import through the handler, and right after each file the database's own load of
            //    the same rows into an identical table, so both tables grow alike.
            await CreateCloneTableAsync(app, postgres is not null);
            double importSeconds = 0, loadSeconds = 0, parseSeconds = 0;
            long imported = 0;
            foreach (var file in files)
            {
                var t = await ImportFileAsync(app, file.Path, dryRun: false);
                if (!t.Outcome.Succeeded) throw new InvalidOperationException($"import failed: {t.Outcome.Errors[0]}");
                importSeconds += t.Seconds;
                imported += t.Outcome.Imported;
                var measurements = MeasurementsOf(file, model, months);
                var load = await LoadCloneAsync(app, measurements);
                loadSeconds += load;
                // Progress per file, so a run stopped early still shows its throughput.
                Console.WriteLine($"  {Path.GetFileName(file.Path)}: {file.Rows:N0} rows, import {t.Seconds:N1} s ({file.Rows / t.Seconds:N0}/s), bulk load {load:N1} s, ratio {t.Seconds / load:N2}×");
            }
            // Parsing and checking alone (dry run) on one file, to show where the import's time goes.
            var dry = await ImportFileAsync(app, files[0].Path, dryRun: true);
            parseSeconds = dry.Seconds;
            var dryRows = files[0].Rows;
            var storedRows = await CountAsync(app, "monitoring_measurements") - shippedRows;
            var cloneRows = await CountAsync(app, CloneTable);

            // The same file again: every figure unchanged, nothing written.
            var again = await ImportFileAsync(app, files[0].Path, dryRun: false);

            // 4. Publish every region's figures (set-based), then recompute every result's status.
            sw.Restart();
            long published = 0;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var publish = scope.ServiceProvider.GetRequiredService<PublishMeasurementsHandler>();
                foreach (var region in model.Regions)
                    published += await publish.HandleAsync(region.Id, new PublishMeasurementsRequest(), Admin, "benchmark", CancellationToken.None) ?? 0;
            }
            var publishSeconds = sw.Elapsed.TotalSeconds;

            sw.Restart();
            var statuses = new List<ResultStatusView>();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var queries = scope.ServiceProvider.GetRequiredService<MonitoringQueries>();
                foreach (var region in model.Regions)
                    statuses.AddRange(await queries.GetRegionStatusesAsync(region.Id, CancellationToken.None) ?? []);
            }
            var statusSeconds = sw.Elapsed.TotalSeconds;
            var byStatus = statuses.GroupBy(v => v.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");

            // 5. Region dashboard and result page, anonymous (the public view), rotating over regions and results.
            var i = 0;
            var dashboard = await TimeAsync(requests, warmup, async () =>
            {
                var region = model.Regions[i++ % model.Regions.Count];
                using var r = await client.GetAsync($"/regio/{region.Id}/monitor");
                r.EnsureSuccessStatusCode();
                await r.Content.ReadAsByteArrayAsync();
            });
            var resultPage = await TimeAsync(requests, warmup, async () =>
            {
                var region = model.Regions[i % model.Regions.Count];
                var key = region.ResultKeys[i++ / model.Regions.Count % region.ResultKeys.Count];
                using var r = await client.GetAsync($"/regio/{region.Id}/monitor/resultaat/{key}");
                r.EnsureSuccessStatusCode();
                await r.Content.ReadAsByteArrayAsync();
            });
            // The coverage view (issue 10): a fixed handful of grouped queries per region.
            var coverage = await TimeAsync(requests, warmup, async () =>
            {
                var region = model.Regions[i++ % model.Regions.Count];
                using var r = await client.GetAsync($"/api/v1/regions/{region.Id}/indicator-coverage");
                r.EnsureSuccessStatusCode();
                await r.Content.ReadAsByteArrayAsync();
            });
            var regiobeeld = await TimeAsync(requests, warmup, async () =>
            {
                var region = model.Regions[i++ % model.Regions.Count];
                using var r = await client.GetAsync($"/regio/{region.Id}/regiobeeld");
                r.EnsureSuccessStatusCode();
                await r.Content.ReadAsByteArrayAsync();
            });

            var importRate = imported / importSeconds;
            var loadRate = rows / loadSeconds;
            var ratio = importSeconds / loadSeconds;
            Console.WriteLine();
            Console.WriteLine($"| {dbName} | figure | goal | met |");
            Console.WriteLine("| --- | --- | --- | --- |");
            Console.WriteLine($"| CSV import through the handler (parse, check, find existing, insert, audit) | {importRate:N0} figures/s ({importSeconds:N1} s for {imported:N0}) | ≥ 50,000/s | {Met(importRate >= 50_000)} |");
            Console.WriteLine($"| database's own bulk load of the same rows ({(postgres is null ? "prepared INSERT, one transaction per file" : "binary COPY")}) | {loadRate:N0} rows/s ({loadSeconds:N1} s) | — | |");
            Console.WriteLine($"| import time ÷ bulk load time | {ratio:N2}× | ≤ 3× | {Met(ratio <= 3)} |");
            Console.WriteLine($"| parse and check only (dry run, one file of {dryRows:N0}) | {dryRows / parseSeconds:N0} figures/s | — | |");
            Console.WriteLine($"| same file again (all unchanged) | {again.Outcome.Unchanged / again.Seconds:N0} figures/s ({again.Seconds:N1} s) | — | |");
            Console.WriteLine($"| publish all {model.Regions.Count} regions (set-based UPDATE) | {published:N0} figures in {publishSeconds:N1} s | — | |");
            Console.WriteLine($"| status recomputation, all {statuses.Count} results of the {model.Regions.Count} regions | {statusSeconds:N2} s | < 60 s | {Met(statusSeconds < 60)} |");
            Console.WriteLine($"| region dashboard GET /regio/{{regio}}/monitor, {requests} requests | median {P(dashboard, .5):F1} ms, p95 {P(dashboard, .95):F1} ms | p95 < 100 ms | {Met(P(dashboard, .95) < 100)} |");
            Console.WriteLine($"| result page GET …/monitor/resultaat/{{key}}, {requests} requests | median {P(resultPage, .5):F1} ms, p95 {P(resultPage, .95):F1} ms | p95 < 100 ms | {Met(P(resultPage, .95) < 100)} |");
            Console.WriteLine($"| indicator coverage GET /api/v1/regions/{{id}}/indicator-coverage, {requests} requests | median {P(coverage, .5):F1} ms, p95 {P(coverage, .95):F1} ms | p95 < 100 ms | {Met(P(coverage, .95) < 100)} |");
            Console.WriteLine($"| regiobeeld GET /regio/{{regio}}/regiobeeld, {requests} requests | median {P(regiobeeld, .5):F1} ms, p95 {P(regiobeeld, .95):F1} ms | p95 < 100 ms | {Met(P(regiobeeld, .95) < 100)} |");
            Console.WriteLine();
            Console.WriteLine($"\"All results\": {statuses.Count} results ({model.Regions.Count} regions × {resultsPerRegion}), each linked to one indicator for one municipality; " +
                              $"statuses: {string.Join(", ", byStatus)}. Stored {storedRows:N0} figures; identical table {cloneRows:N0} rows. Total run {total.Elapsed.TotalMinutes:N1} min.");

            // Invariants: the smoke run fails when the path does not do what the figures claim.
            Check(imported == rows, $"imported {imported} of {rows}");
            Check(storedRows == rows && cloneRows == rows, $"stored {storedRows}, identical table {cloneRows}, expected {rows}");
            Check(again.Outcome is { Imported: 0 } && again.Outcome.Unchanged == files[0].Rows, "re-import was not all unchanged");
            Check(dry.Outcome.Unchanged == files[0].Rows, "dry run did not see the stored figures");
            Check(published == rows, $"published {published} of {rows}");
            Check(double.IsFinite(ratio) && ratio > 0, "ratio not computed");
            Check(statuses.Count == model.Regions.Count * resultsPerRegion && statuses.Any(v => v.Status != nameof(ResultStatus.NoData)),
                "statuses missing or all without data");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (postgres is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await PgAdminAsync(Environment.GetEnvironmentVariable("REGIOKOMPAS_TEST_POSTGRES") ?? postgres,
                    $"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)");
            }
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }

    private static readonly Actor Admin = new("benchmark", IsAdministrator: true);
    private const string CloneTable = "bench_measurements_copy";

    private sealed record RegionModel(string Id, List<string> Municipalities, List<string> ResultKeys);

    private sealed record IndicatorModel(int Index, int Id, string Code, bool IsShare);

    private sealed record Model(List<string> Municipalities, List<IndicatorModel> Indicators, List<RegionModel> Regions);

    private sealed record CsvFile(string Path, List<IndicatorModel> Indicators, long Rows);

    private static async Task<Model> SetUpAsync(NationalBenchApp app, int municipalityCount, int indicatorCount, int regionCount, int resultsPerRegion)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Codes from GM5001 up: CBS has never used that range, so these cannot be mistaken for real municipalities.
        var codes = Enumerable.Range(1, municipalityCount).Select(n => $"GM{5000 + n:D4}").ToList();
        var regions = new List<RegionModel>();
        for (var r = 0; r < regionCount; r++)
        {
            var id = $"bench-regio-{r + 1:D2}";
            var own = codes.Where((_, n) => n % regionCount == r).ToList();
            var region = new Region { Id = id, Name = $"Fictieve regio {r + 1}" };
            region.Municipalities.AddRange(own.Select((c, n) => new Municipality { Code = c, Name = $"Fictieve gemeente {c}", RegionId = id, SortOrder = n }));
            db.Add(region);
            regions.Add(new RegionModel(id, own, []));
        }
        var indicators = new List<Indicator>();
        for (var n = 0; n < indicatorCount; n++)
        {
            // About 40% shares with numerator and denominator, the rest counts; half of each get better going up.
            var share = n % 5 < 2;
            indicators.Add(new Indicator
            {
                Code = $"bench-ind-{n + 1:D3}", Name = $"Fictieve indicator {n + 1}", Frequency = Frequency.Monthly,
                Unit = share ? IndicatorUnit.Percent : IndicatorUnit.Count,
                NumeratorLabel = share ? "teller" : null, DenominatorLabel = share ? "noemer" : null, Factor = share ? 100 : 1,
                Polarity = n % 2 == 0 ? Polarity.HigherIsBetter : Polarity.LowerIsBetter,
                Level = IndicatorLevel.Outcome, Source = IndicatorSource.Manual,
                AreaLevels = [AreaLevel.Region, AreaLevel.Municipality],
            });
        }
        db.AddRange(indicators);
        await db.SaveChangesAsync();

        foreach (var (region, r) in regions.Select((x, r) => (x, r)))
        {
            var pillar = new Pillar { RegionId = region.Id, Key = "bench-pijler", Kind = PillarKind.Thema, Name = "Fictieve pijler" };
            db.Add(pillar);
            await db.SaveChangesAsync();
            var goal = new Goal { RegionId = region.Id, Key = "bench-doel", PillarId = pillar.Id, Title = "Fictief doel" };
            db.Add(goal);
            await db.SaveChangesAsync();
            for (var k = 0; k < resultsPerRegion; k++)
            {
                var indicator = indicators[(r * resultsPerRegion + k) % indicators.Count];
                var area = region.Municipalities[k % region.Municipalities.Count];
                var key = $"bench-r{k + 1:D2}";
                db.Add(new PlanResult
                {
                    RegionId = region.Id, Key = key, GoalId = goal.Id, Title = $"Fictief resultaat {k + 1}", SortOrder = k,
                    Deadline = new DateOnly(2027, 12, 31),
                    TargetValue = indicator.Unit == IndicatorUnit.Percent ? 50 : 1000, TargetUnit = indicator.Unit == IndicatorUnit.Percent ? TargetUnit.Percent : TargetUnit.Count,
                });
                db.Add(new ResultIndicator { RegionId = region.Id, ResultKey = key, IndicatorCode = indicator.Code, AreaCode = area });
                region.ResultKeys.Add(key);
            }
            await db.SaveChangesAsync();
        }
        return new(codes, indicators.Select((i, n) => new IndicatorModel(n, i.Id, i.Code, i.Unit == IndicatorUnit.Percent)).ToList(), regions);
    }

    /// <summary>One deterministic figure: a level per indicator and municipality, a trend, a season and noise.</summary>
    private static (double Value, long? Numerator, long? Denominator) Figure(IndicatorModel indicator, int area, int month)
    {
        var noise = Noise(indicator.Index, area, month);
        var level = 20 + (indicator.Index * 31 + area * 17) % 60;
        var trend = ((indicator.Index + area) % 7 - 3) * 0.05;
        var season = Math.Sin(month / 12.0 * 2 * Math.PI) * 2;
        if (indicator.IsShare)
        {
            long denominator = 500 + (area * 977 + indicator.Index * 131) % 40_000;
            var pct = Math.Clamp(level + trend * month + season + noise * 3, 0.5, 99.5);
            var numerator = (long)Math.Round(denominator * pct / 100);
            return (Math.Round(numerator * 100.0 / denominator, 2), numerator, denominator);
        }
        return (Math.Max(0, Math.Round(level * 20 + trend * 20 * month + season * 10 + noise * 15)), null, null);
    }

    /// <summary>A fixed pseudo-random number in [-1, 1) (SplitMix64), the same on every run and machine.</summary>
    private static double Noise(int indicator, int area, int month)
    {
        var z = unchecked((ulong)indicator * 0x9E3779B97F4A7C15UL + (ulong)area * 0xBF58476D1CE4E5B9UL + (ulong)month * 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53)) * 2 - 1;
    }

    private static string PeriodCode(int month) => Period.OfMonth(FirstMonth.AddMonths(month).Year, FirstMonth.AddMonths(month).Month).Code;

    private static List<CsvFile> WriteCsvFiles(string folder, Model model, int months)
    {
        var periods = Enumerable.Range(0, months).Select(PeriodCode).ToArray();
        var files = new List<CsvFile>();
        foreach (var chunk in model.Indicators.Chunk(FilesIndicators))
        {
            var path = Path.Combine(folder, $"figures-{files.Count + 1:D2}.csv");
            using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
            w.Write("indicator,area,period,value,numerator,denominator\n");
            long rows = 0;
            foreach (var indicator in chunk)
                for (var a = 0; a < model.Municipalities.Count; a++)
                    for (var m = 0; m < months; m++)
                    {
                        var (value, numerator, denominator) = Figure(indicator, a, m);
                        w.Write(indicator.Code); w.Write(','); w.Write(model.Municipalities[a]); w.Write(','); w.Write(periods[m]); w.Write(',');
                        w.Write(value.ToString(CultureInfo.InvariantCulture)); w.Write(',');
                        if (numerator is not null) { w.Write(numerator.Value); w.Write(','); w.Write(denominator!.Value); }
                        else w.Write(',');
                        w.Write('\n');
                        rows++;
                    }
            files.Add(new(path, [.. chunk], rows));
        }
        return files;
    }

    /// <summary>The rows of one file as entities, built outside the timing, for the database's own load.</summary>
    private static List<Measurement> MeasurementsOf(CsvFile file, Model model, int months)
    {
        var now = DateTime.UtcNow;
        var list = new List<Measurement>((int)file.Rows);
        var indicatorStub = new Indicator { Code = "x", Name = "x" };
        foreach (var indicator in file.Indicators)
            for (var a = 0; a < model.Municipalities.Count; a++)
                for (var m = 0; m < months; m++)
                {
                    var (value, numerator, denominator) = Figure(indicator, a, m);
                    var period = Period.OfMonth(FirstMonth.AddMonths(m).Year, FirstMonth.AddMonths(m).Month);
                    indicatorStub.Id = indicator.Id;
                    var row = new ValidMeasurement(0, indicatorStub, MeasurementKey.Of(indicator.Code, model.Municipalities[a], period, null),
                        period, value, numerator, denominator, null);
                    list.Add(Measurement.Submit(row, "benchmark", now));
                }
        return list;
    }

    private static async Task<(double Seconds, ImportOutcome Outcome)> ImportFileAsync(NationalBenchApp app, string path, bool dryRun)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ImportMeasurementsHandler>();
        var problems = new List<ImportProblem>();
        var sw = Stopwatch.StartNew();
        await using var stream = File.OpenRead(path);
        var outcome = await handler.HandleAsync(LongFormatCsvReader.ReadAsync(stream, problems), problems, dryRun, Admin, "benchmark", CancellationToken.None);
        return (sw.Elapsed.TotalSeconds, outcome);
    }

    /// <summary>An empty table with the same columns, indexes and foreign key as monitoring_measurements.</summary>
    private static async Task CreateCloneTableAsync(NationalBenchApp app, bool postgres)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"CREATE TABLE \"{CloneTable}\" (LIKE monitoring_measurements INCLUDING ALL)");
            await db.Database.ExecuteSqlRawAsync(
                $"ALTER TABLE \"{CloneTable}\" ADD FOREIGN KEY (\"IndicatorId\") REFERENCES monitoring_indicators (\"Id\") ON DELETE RESTRICT");
            return;
        }
        var ddl = await db.Database.SqlQueryRaw<string>(
            "SELECT sql AS Value FROM sqlite_master WHERE tbl_name = 'monitoring_measurements' AND sql IS NOT NULL").ToListAsync();
        foreach (var statement in ddl)
            await db.Database.ExecuteSqlRawAsync(statement
                .Replace("\"IX_monitoring_measurements", $"\"IX_{CloneTable}")
                .Replace("\"PK_monitoring_measurements", $"\"PK_{CloneTable}")
                .Replace("\"monitoring_measurements\"", $"\"{CloneTable}\""));
    }

    private static async Task<double> LoadCloneAsync(NationalBenchApp app, List<Measurement> measurements)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sw = Stopwatch.StartNew();
        await using var tx = await db.Database.BeginTransactionAsync();
        await MeasurementBulkInsert.InsertAsync(db, measurements, CancellationToken.None, CloneTable);
        await tx.CommitAsync();
        return sw.Elapsed.TotalSeconds;
    }

    private static async Task<long> CountAsync(NationalBenchApp app, string table)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
    }

    private static async Task<double[]> TimeAsync(int requests, int warmup, Func<Task> action)
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

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static string Met(bool ok) => ok ? "met" : "NOT met";

    private static void Check(bool ok, string message)
    {
        if (!ok) throw new InvalidOperationException("national benchmark invariant failed: " + message);
    }

    private static string? Arg(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task PgAdminAsync(string server, string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static void PlanBenchmarkContentRoot()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "Regiokompas.sln"))) repo = repo.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REGIOKOMPAS_WEB", Path.Combine(repo?.FullName ?? ".", "src", "Regiokompas.Web"));
    }
}

internal sealed class NationalBenchApp(string? postgres, string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("DataFolder", folder);
        builder.UseSetting("Database:Provider", postgres is null ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Regiokompas", postgres ?? $"Data Source={Path.Combine(folder, "bench.db")}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
