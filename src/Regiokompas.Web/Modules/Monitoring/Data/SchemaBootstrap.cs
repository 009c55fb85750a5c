using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Monitoring.Data;

/// <summary>
/// TEMPORARY, until the shared migrations include the monitoring_* tables (the lead regenerates
/// them at merge): lets the app start with the model ahead of the migrations, and creates the
/// module's tables from the model's own create script when they are missing. Delete this file and
/// its two calls once the migrations have the tables.
/// </summary>
internal static class SchemaBootstrap
{
    public static IServiceCollection AllowMonitoringModelAheadOfMigrations(this IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteAppDbContext>(o => o.ConfigureWarnings(w => w.Log(RelationalEventId.PendingModelChangesWarning)));
        services.ConfigureDbContext<PostgresAppDbContext>(o => o.ConfigureWarnings(w => w.Log(RelationalEventId.PendingModelChangesWarning)));
        return services;
    }

    public static async Task EnsureTablesAsync(AppDbContext db, ILogger log, CancellationToken ct)
    {
        try
        {
            await db.Set<Indicator>().AnyAsync(ct);
            return;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            log.LogWarning("Monitoring tables are missing; creating them from the model (no migration yet).");
        }
        var statements = db.Database.GenerateCreateScript()
            .Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Contains("monitoring_", StringComparison.Ordinal));
        foreach (var sql in statements)
            await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
