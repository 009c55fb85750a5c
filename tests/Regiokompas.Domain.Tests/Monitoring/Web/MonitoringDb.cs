using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Domain.Tests.Monitoring.Web;

/// <summary>
/// Temporary harness until Regiokompas.Web.Tests exists: the Monitoring handlers on a real
/// in-memory SQLite database with the schema from the model (no migrations yet for these tables),
/// the two seed plans and the shipped indicator catalogue.
/// </summary>
internal sealed class MonitoringDb : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ServiceProvider _services;

    private MonitoringDb(SqliteConnection connection, ServiceProvider services)
    {
        _connection = connection;
        _services = services;
    }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2025, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public static async Task<MonitoringDb> CreateAsync(DateTimeOffset? now = null, int? suppressionThreshold = null)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var settings = new Dictionary<string, string?>();
        if (suppressionThreshold is { } t) settings["Monitoring:SuppressionThreshold"] = t.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection));
        services.AddPlan();
        services.AddMonitoring();
        FixedClock? clock = null;
        services.AddSingleton<TimeProvider>(_ => clock!);
        var db = new MonitoringDb(connection, services.BuildServiceProvider());
        clock = db.Clock;
        if (now is { } n) db.Clock.Now = n;

        await using var scope = db._services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await context.Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<PlanSeeder>().SeedAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<MonitoringSeeder>().SeedAsync(CancellationToken.None);
        return db;
    }

    /// <summary>Runs work in a fresh scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
