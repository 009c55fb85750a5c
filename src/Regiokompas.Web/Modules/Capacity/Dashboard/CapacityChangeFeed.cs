using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Capacity.Dashboard;

/// <summary>
/// Tells open dashboards that capacity changed, as server-sent events. Each instance polls the
/// database for a cheap fingerprint, so a change made on another instance reaches every browser
/// too; nothing here decides anything, it only says "reload the table".
/// </summary>
public sealed class CapacityChangeFeed(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CapacityChangeFeed> log) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private string _stamp = "";
    private TaskCompletionSource<string> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Current { get { lock (_gate) return _stamp; } }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, clock);
        do
        {
            try
            {
                var stamp = await FingerprintAsync(stoppingToken);
                TaskCompletionSource<string>? fire = null;
                lock (_gate)
                {
                    if (stamp != _stamp)
                    {
                        _stamp = stamp;
                        fire = _next;
                        _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    }
                }
                fire?.TrySetResult(stamp);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogDebug(e, "Capacity change poll failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    // Unit versions move with every report and hold; the reservation count and latest end move with every other change.
    private async Task<string> FingerprintAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var units = await db.Set<CapacityUnit>().SumAsync(u => (long)u.Version, ct);
        var reservations = await db.Set<Reservation>().CountAsync(ct);
        var open = await db.Set<Reservation>().CountAsync(r => r.Status == ReservationStatus.Confirmed
            || (r.Status == ReservationStatus.Held && r.ExpiresAtUtc > now), ct);
        var lastEnd = await db.Set<Reservation>().MaxAsync(r => r.EndedAtUtc, ct);
        var lastConfirm = await db.Set<Reservation>().MaxAsync(r => r.ConfirmedAtUtc, ct);
        var lastArrival = await db.Set<Reservation>().MaxAsync(r => r.ArrivedAtUtc, ct);
        return $"{units}-{reservations}-{open}-{lastEnd?.Ticks}-{lastConfirm?.Ticks}-{lastArrival?.Ticks}";
    }

    public Task<string> WaitForChangeAsync(CancellationToken ct)
    {
        lock (_gate) return _next.Task.WaitAsync(ct);
    }

    public async Task StreamAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync($"retry: 3000\nevent: ready\ndata: {JsonSerializer.Serialize(Current)}\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var waiting = WaitForChangeAsync(ct);
                var heartbeat = Task.Delay(TimeSpan.FromSeconds(25), ct);
                if (await Task.WhenAny(waiting, heartbeat) == waiting)
                    await http.Response.WriteAsync($"event: changed\ndata: {JsonSerializer.Serialize(await waiting)}\n\n", ct);
                else
                    await http.Response.WriteAsync(": keep-alive\n\n", ct);
                await http.Response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) { }
    }
}
