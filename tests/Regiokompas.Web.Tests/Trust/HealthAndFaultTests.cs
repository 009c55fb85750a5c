using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Trust;

/// <summary>Readiness means "a write can start now", on both databases.</summary>
public abstract class HealthTests(AppFactory factory)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
    protected AppFactory Factory => factory;

    /// <summary>Takes the database's write lock from a connection outside the app's pool.</summary>
    protected abstract Task<IAsyncDisposable> HoldWriteLockAsync();

    [Fact]
    public async Task Live_and_ready_answer_ok_on_a_healthy_database()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_is_503_while_no_write_can_start_and_ok_again_afterwards_while_live_stays_ok()
    {
        var client = factory.CreateClient();
        await using (await HoldWriteLockAsync())
        {
            var ready = await client.GetAsync("/health/ready", Ct);
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await ready.Content.ReadAsStringAsync(Ct)).ShouldContain("De database neemt nu geen wijzigingen aan.");
            (await client.GetAsync("/health", Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await client.GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class HealthTestsOnSqlite(SqliteAppFactory f) : HealthTests(f), IClassFixture<SqliteAppFactory>
{
    protected override async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var path = await Factory.WithDbAsync(db => Task.FromResult(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));
        var conn = new SqliteConnection($"Data Source={path};Pooling=False");
        await conn.OpenAsync(Ct);
        await using (var cmd = new SqliteCommand("BEGIN IMMEDIATE", conn)) await cmd.ExecuteNonQueryAsync(Ct);
        return conn; // disposing rolls back and lets go of the lock
    }

    /// <summary>
    /// A pooled handle that went read-only (here: PRAGMA query_only, the fault we can cause as root;
    /// in production a file that was not writable when the handle opened) must not keep writes failing.
    /// </summary>
    [Fact]
    public async Task Writes_recover_after_a_pooled_connection_went_read_only()
    {
        SqliteConnection.ClearAllPools(); // start from one pooled handle, the one we break
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync(Ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA query_only = 1", Ct);
            await db.Database.CloseConnectionAsync();
        }

        async Task<bool> WriteAsync() => await Factory.WithDbAsync(async db =>
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE \"__ef_migrations\" SET \"ProductVersion\" = \"ProductVersion\"", Ct);
                return true;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 8) { return false; }
        });

        (await WriteAsync()).ShouldBeFalse("the broken handle is used first");
        for (var i = 0; i < 5; i++) (await WriteAsync()).ShouldBeTrue($"write {i + 2} after the fault");
        (await Factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class HealthTestsOnPostgres(PostgresAppFactory f) : HealthTests(f), IClassFixture<PostgresAppFactory>
{
    protected override async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var cs = await Factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(Ct);
        await using (var cmd = new NpgsqlCommand("BEGIN; LOCK TABLE \"__ef_migrations\" IN ACCESS EXCLUSIVE MODE", conn)) await cmd.ExecuteNonQueryAsync(Ct);
        return conn;
    }
}
