using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

/// <summary>Settings under <c>Monitoring:Cbs</c>. The scheduled refresh is off unless switched on.</summary>
public sealed class CbsConnectorOptions
{
    public bool RefreshEnabled { get; set; }
    public double RefreshIntervalHours { get; set; } = 24;

    /// <summary>CBS's OData v4 service; a table's observations are at {BaseUrl}{table}/Observations.</summary>
    public string BaseUrl { get; set; } = "https://datasets.cbs.nl/odata/v1/CBS/";
}

/// <summary>What the last scheduled fetch did, for the connector page ("no network" and when).</summary>
public sealed class CbsConnectorStatus
{
    public DateTime? LastAttemptUtc { get; set; }
    public bool? LastSucceeded { get; set; }
    public string? LastMessage { get; set; }
}

/// <summary>
/// Fetches every active mapping's table from CBS OData v4 on a schedule and imports it like a file.
/// Does nothing unless <c>Monitoring:Cbs:RefreshEnabled</c> is true, and never in the Testing environment.
/// </summary>
public sealed class CbsRefreshService(IServiceScopeFactory scopes, IHttpClientFactory http, Microsoft.Extensions.Options.IOptions<CbsConnectorOptions> options,
    CbsConnectorStatus status, TimeProvider clock, IHostEnvironment environment, ILogger<CbsRefreshService> log) : BackgroundService
{
    public const string ActorName = "CBS-koppeling (automatisch)";
    private const int MaxPages = 200;

    /// <summary>Whether the schedule runs: only when switched on and not in the Testing environment.</summary>
    public bool IsActive => options.Value.RefreshEnabled && !environment.IsEnvironment("Testing");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsActive) return;
        var interval = TimeSpan.FromHours(Math.Max(1, options.Value.RefreshIntervalHours));
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                (status.LastSucceeded, status.LastMessage) = (false, e.Message);
                log.LogWarning(e, "CBS refresh failed");
            }
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        status.LastAttemptUtc = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plans = scope.ServiceProvider.GetRequiredService<PlanQueries>();
        var handler = scope.ServiceProvider.GetRequiredService<CbsImportHandler>();
        var client = http.CreateClient(nameof(CbsRefreshService));
        var actor = new Actor(ActorName, IsAdministrator: true);
        var work = await db.Set<CbsConnectorMapping>().AsNoTracking().Where(m => m.Active)
            .Select(m => new { m.RegionId, m.TableId }).Distinct().ToListAsync(ct);
        var imported = 0;
        foreach (var item in work)
        {
            if (await plans.GetRegionAsync(item.RegionId, ct) is not { } region) continue;
            var (mapping, _) = await handler.MappingAsync(item.RegionId, item.TableId, ct);
            if (mapping is null) continue;
            var municipalities = region.Municipalities.Select(m => m.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var counts = new CbsReadCounts();
            var rows = new List<MeasurementRow>();
            // Only the measures the mappings need; the area filter keeps the region's municipalities.
            var filter = string.Join(" or ", mapping.Selections.Select(s => $"Measure eq '{s.MeasureCode}'").Distinct());
            string? url = $"{options.Value.BaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(mapping.TableId)}/Observations?$filter={Uri.EscapeDataString(filter)}";
            for (var page = 0; url is not null && page < MaxPages; page++)
            {
                await using var stream = await client.GetStreamAsync(url, ct);
                var read = await CbsODataReader.ReadPageAsync(stream, mapping, counts, municipalities.Contains, ct);
                rows.AddRange(read.Rows);
                url = read.NextLink;
            }
            var outcome = await handler.ImportRowsAsync(item.RegionId, region.Municipalities.Select(m => m.Code).ToList(), mapping, rows, counts, [],
                null, dryRun: false, actor, ActorName, ct);
            if (!outcome.Succeeded)
                log.LogWarning("CBS refresh of {Table} for {Region} refused: {Problem}", item.TableId, item.RegionId, outcome.Errors[0].Message);
            imported += outcome.Imported;
        }
        (status.LastSucceeded, status.LastMessage) = (true, $"{imported}");
    }
}
