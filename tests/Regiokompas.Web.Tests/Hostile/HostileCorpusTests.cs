using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.CareDirectory.Hsds;
using Regiokompas.Web.Modules.Capacity.Reports;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Geography;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Tests.Capacity;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Hostile;

/// <summary>
/// Every hostile file against every import route, over HTTP, on each database. Every answer must be
/// a 4xx problem detail with a Dutch title, come within seconds and bounded memory, change no
/// row, and leave the server answering /health. The table it prints is the corpus' report.
/// </summary>
public abstract class HostileCorpusTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Generous for a shared two-core machine; the failures this guards against took minutes or never ended.</summary>
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(20);
    private const long MaxAllocatedBytes = 1024L * 1024 * 1024;

    private sealed record Route(string Name, InputKind Kind, string Url, string ContentType, long Limit, HttpClient Client);

    private sealed record Row(string Case, string Route, int Status, TimeSpan Time, long AllocatedBytes, long PeakWorkingSet, string Title);

    private async Task<List<Route>> RoutesAsync()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var provider = await factory.TokenClientAsync(Region, CapacityTestSupport.Provider);
        HostileFiles.CapacityUnit = await factory.CreateUnitAsync(open: 5);
        return
        [
            new("plan (YAML)", InputKind.PlanYaml, $"/api/v1/regions/{Region}/plan-file", "application/yaml", PlanFileReader.MaxFileBytes, admin),
            new("cijfers CSV", InputKind.FiguresCsv, "/api/v1/measurements/import", "text/csv", MonitoringApi.MaxCsvBytes, admin),
            new("cijfers JSON", InputKind.FiguresJson, "/api/v1/measurements", "application/json", MonitoringApi.MaxJsonBytes, admin),
            new("grenzen GeoJSON", InputKind.GeoJson, "/api/v1/boundaries/import", "application/geo+json", ImportBoundariesHandler.MaxBytes, admin),
            new("HSDS JSON", InputKind.HsdsJson, "/api/v1/directory/import/hsds", "application/json", ImportHsdsHandler.MaxJsonBytes, admin),
            new("HSDS zip", InputKind.HsdsZip, "/api/v1/directory/import/hsds-tabular", "application/zip", TabularHsds.MaxZipBytes, admin),
            new("capaciteit CSV", InputKind.CapacityCsv, "/api/v1/capacity/reports/csv", "text/csv", ImportReportsCsvHandler.MaxBytes, provider),
        ];
    }

    /// <summary>Rows in every table an import can touch, and the audit trail.</summary>
    private Task<string> CountsAsync() => factory.WithDbAsync(async db =>
        $"cijfers {await db.Set<Measurement>().CountAsync(Ct)}, audit {await db.AuditEntries.CountAsync(Ct)}, " +
        $"diensten {await db.Set<CareService>().CountAsync(Ct)}, organisaties {await db.Set<CareOrganisation>().CountAsync(Ct)}, " +
        $"meldingen {await db.Set<AvailabilityReport>().CountAsync(Ct)}, resultaten {await db.Results.CountAsync(Ct)}, " +
        $"acties {await db.Actions.CountAsync(Ct)}, grenzen {await db.Set<AreaBoundary>().CountAsync(Ct)}, regio-naam " +
        $"{await db.Regions.Where(r => r.Id == Region).Select(r => r.Name).SingleAsync(Ct)}");

    [Fact]
    public async Task Every_hostile_file_on_every_import_route_is_refused_in_Dutch_changes_nothing_and_leaves_the_server_up()
    {
        var routes = await RoutesAsync();
        var rows = new List<Row>();
        var failures = new List<string>();
        var cases = HostileFiles.All.Select(c => (c.Name, Send: (Func<Route, HttpContent>)(r => new ByteArrayContent(c.Bytes(r.Kind)))))
            .Append(("te groot, chunked", r => new OversizeContent(r.Kind, r.Limit + 1)));
        foreach (var (name, send) in cases)
        foreach (var route in routes)
        {
            var before = await CountsAsync();
            var row = await SendAsync(name, route, send(route));
            rows.Add(row);
            if (row.Status is < 400 or >= 500) failures.Add($"{name} op {route.Name}: {row.Status} {row.Title}");
            if (!LooksDutch(row.Title)) failures.Add($"{name} op {route.Name}: geen Nederlandse titel: '{row.Title}'");
            if (row.Time > MaxTime) failures.Add($"{name} op {route.Name}: {row.Time.TotalSeconds:0.0} s");
            if (row.AllocatedBytes > MaxAllocatedBytes) failures.Add($"{name} op {route.Name}: {row.AllocatedBytes / 1024 / 1024} MB gealloceerd");
            var after = await CountsAsync();
            if (after != before) failures.Add($"{name} op {route.Name}: veranderd van [{before}] naar [{after}]");
            var health = await factory.CreateClient().GetAsync("/health", Ct);
            if (health.StatusCode != HttpStatusCode.OK) failures.Add($"{name} op {route.Name}: /health {health.StatusCode}");
        }
        Report(rows);
        failures.ShouldBeEmpty();
        rows.Count.ShouldBe((HostileFiles.All.Count + 1) * routes.Count);
    }

    private static async Task<Row> SendAsync(string name, Route route, HttpContent content)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(route.ContentType);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        using var peak = new PeakWorkingSet();
        var clock = Stopwatch.StartNew();
        int status;
        string title;
        try
        {
            using var response = await route.Client.PostAsync(route.Url, content, Ct);
            status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(Ct);
            title = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? JsonDocument.Parse(body).RootElement.GetProperty("title").GetString() ?? "" : body;
        }
        catch (HttpRequestException e)
        {
            // The server may answer and close while a hostile upload is still being sent; that is no answer the client can read.
            (status, title) = (0, e.Message);
        }
        clock.Stop();
        return new Row(name, route.Name, status, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocatedBefore, peak.Stop(), title);
    }

    /// <summary>Dutch titles use words an English or code-like text does not.</summary>
    private static bool LooksDutch(string title) =>
        title.Length > 0 && !title.Contains("caredirectory.") && !title.Contains("monitoring.")
        && new[] { " het ", " de ", " is ", " niet", " niets", " een ", "Het ", "De ", " in ", " bevat" }.Any(title.Contains);

    private void Report(List<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Hostile corpus on {factory.Provider}: {rows.Select(r => r.Case).Distinct().Count()} files x {rows.Select(r => r.Route).Distinct().Count()} routes = {rows.Count} requests");
        sb.AppendLine("| bestand | route | status | tijd (ms) | gealloceerd (MB) | piek werkgeheugen (MB) | titel |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            sb.AppendLine($"| {r.Case} | {r.Route} | {r.Status} | {r.Time.TotalMilliseconds:0} | {r.AllocatedBytes / 1024.0 / 1024:0.0} | " +
                $"{r.PeakWorkingSet / 1024.0 / 1024:0} | {Short(r.Title)} |");
        sb.AppendLine($"Slowest {rows.Max(r => r.Time).TotalMilliseconds:0} ms; most allocated {rows.Max(r => r.AllocatedBytes) / 1024.0 / 1024:0.0} MB; " +
            $"peak working set {rows.Max(r => r.PeakWorkingSet) / 1024.0 / 1024:0} MB; /health answered 200 after every request.");
        var text = sb.ToString();
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"hostile-corpus-{factory.Provider}.md"), text);
    }

    private static string Short(string s)
    {
        s = s.Replace('|', '/').Replace('\n', ' ');
        return s.Length > 90 ? s[..90] + "…" : s;
    }

    /// <summary>A body without Content-Length (chunked), one byte over the route's limit, made up as it is sent.</summary>
    private sealed class OversizeContent(InputKind kind, long length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            // CSV: a valid header and then long lines of blanks, which the reader skips, so the server keeps reading to the limit.
            var head = kind is InputKind.FiguresCsv ? "indicator,area,period,value\n"u8.ToArray()
                : kind is InputKind.CapacityCsv ? "unit_id,open,occupied\n"u8.ToArray() : [];
            await stream.WriteAsync(head);
            var filler = new byte[64 * 1024];
            Array.Fill(filler, (byte)' ');
            filler[^1] = (byte)'\n';
            for (var sent = (long)head.Length; sent < length; sent += filler.Length)
                await stream.WriteAsync(filler.AsMemory(0, (int)Math.Min(filler.Length, length - sent)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>Samples the process' working set while a request runs; the server runs in this process.</summary>
    private sealed class PeakWorkingSet : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampler;
        private long _peak = Environment.WorkingSet;

        public PeakWorkingSet() => _sampler = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                _peak = Math.Max(_peak, Environment.WorkingSet);
                try { await Task.Delay(20, _stop.Token); } catch (OperationCanceledException) { }
            }
        });

        public long Stop()
        {
            _stop.Cancel();
            _sampler.Wait();
            return Math.Max(_peak, Environment.WorkingSet);
        }

        public void Dispose() => _stop.Dispose();
    }
}

public sealed class HostileCorpusOnSqlite(SqliteAppFactory f) : HostileCorpusTests(f), IClassFixture<SqliteAppFactory>;
public sealed class HostileCorpusOnPostgres(PostgresAppFactory f) : HostileCorpusTests(f), IClassFixture<PostgresAppFactory>;
