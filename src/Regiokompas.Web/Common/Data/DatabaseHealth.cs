using Regiokompas.Web.Common.Authorization;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Data;

/// <summary>
/// /health/live: the process answers. /health/ready: the database accepts a write transaction
/// (rolled back). /health is the same as /health/ready, so an old probe also notices a read-only database.
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "ok" })).RequireAccess(Scope.Public).ExcludeFromDescription();
        app.MapGet("/health/ready", ReadyAsync).RequireAccess(Scope.Public).ExcludeFromDescription();
        app.MapGet("/health", ReadyAsync).RequireAccess(Scope.Public).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReadyAsync(AppDbContext db, ILoggerFactory log, CancellationToken ct)
    {
        try
        {
            await DatabaseProbe.StartWriteAsync(db, ct);
            return Results.Ok(new { status = "ok" });
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            log.CreateLogger("Regiokompas.Health").LogWarning(e, "Readiness check failed");
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: Texts.Get("health.database-not-writable"),
                extensions: new Dictionary<string, object?> { ["code"] = "health.database-not-writable" });
        }
    }
}

public static class DatabaseProbe
{
    /// <summary>Starts a write transaction with a write that changes nothing, then rolls back; waits at most two seconds for a lock.</summary>
    public static async Task StartWriteAsync(AppDbContext db, CancellationToken ct)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(2));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.IsSqlite())
            {
                // A read-only handle accepts BEGIN IMMEDIATE; the no-op UPDATE is what it refuses.
                await db.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE", ct);
                try { await db.Database.ExecuteSqlRawAsync("UPDATE \"__ef_migrations\" SET \"MigrationId\" = \"MigrationId\" WHERE 0", ct); }
                finally { await db.Database.ExecuteSqlRawAsync("ROLLBACK", CancellationToken.None); }
            }
            else
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '2s'", ct);
                await db.Database.ExecuteSqlRawAsync("UPDATE \"__ef_migrations\" SET \"MigrationId\" = \"MigrationId\" WHERE false", ct);
                await tx.RollbackAsync(ct);
            }
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}

/// <summary>
/// SQLite opens a file it cannot write silently read-only, and the pool keeps that handle after
/// the file is writable again, so writes failed until a restart. A read-only handle or a
/// "read-only database" error empties the pool, and the next request opens a fresh handle.
/// </summary>
public sealed class SqliteRecoveryInterceptor : DbConnectionInterceptor, IDbCommandInterceptor
{
    private const int SqliteReadOnly = 8;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => DropIfReadOnly(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        DropIfReadOnly(connection);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => DropIfReadOnlyError(command, eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken ct = default)
    {
        DropIfReadOnlyError(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private static void DropIfReadOnly(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly
            && SQLitePCL.raw.sqlite3_db_readonly(handle, "main") == 1)
            SqliteConnection.ClearPool(sqlite);
    }

    private static void DropIfReadOnlyError(DbCommand command, Exception exception)
    {
        if (exception is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) == SqliteReadOnly && command.Connection is SqliteConnection sqlite)
            SqliteConnection.ClearPool(sqlite);
    }
}

public sealed class DatabaseRefusedException(string message) : Exception(message);

/// <summary>Refuses to start on a file or database that is not ours, rather than treating it as a new installation.</summary>
public static class DatabaseGuard
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static async Task EnsureOursAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (path is { Length: > 0 } && path != ":memory:" && File.Exists(path))
            {
                var info = new FileInfo(path);
                if (info.Length == 0) throw new DatabaseRefusedException(Texts.Get("database.empty-file", info.FullName));
                var header = new byte[SqliteHeader.Length];
                await using (var file = info.OpenRead())
                    if (await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct) < header.Length || !header.SequenceEqual(SqliteHeader))
                        throw new DatabaseRefusedException(Texts.Get("database.not-sqlite", info.FullName));
            }
            else return; // a new installation
        }
        else if (!await db.Database.CanConnectAsync(ct)) return; // migrations report an unreachable server themselves

        var (tables, history) = db.Database.IsSqlite()
            ? (await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", ct),
               await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__ef_migrations'", ct))
            : (await CountAsync(db, "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()", ct),
               await CountAsync(db, "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '__ef_migrations'", ct));
        if (tables > 0 && history == 0) throw new DatabaseRefusedException(Texts.Get("database.foreign-schema", tables));
    }

    private static Task<int> CountAsync(AppDbContext db, string sql, CancellationToken ct) => db.Database.SqlQueryRaw<int>(sql).SingleAsync(ct);
}
