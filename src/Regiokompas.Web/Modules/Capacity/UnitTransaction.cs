using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Capacity;

/// <summary>
/// Runs a change to one capacity unit inside one database transaction that holds the unit's lock,
/// so "holds + confirmed ≤ open − occupied − blocked" is checked and written as one step, also
/// across app instances. SQLite: BEGIN IMMEDIATE takes the database write lock before the read.
/// PostgreSQL: SELECT … FOR UPDATE locks the unit row until commit.
/// </summary>
public static class UnitTransaction
{
    public static Task<T> RunAsync<T>(AppDbContext db, Guid unitId, Func<Task<T>> work, CancellationToken ct) =>
        RunAsync(db, [unitId], work, ct);

    /// <summary>
    /// For work whose first query is <see cref="LockUnitWithTypeAsync"/>: on PostgreSQL that query takes the row
    /// lock itself, which saves the separate locking round trip.
    /// </summary>
    public static Task<T> RunLockingInWorkAsync<T>(AppDbContext db, Guid unitId, Func<Task<T>> work, CancellationToken ct) =>
        RunAsync(db, [unitId], work, ct, lockFirst: false);

    /// <summary>The unit and its type in one query; on PostgreSQL the unit row is locked (FOR UPDATE) until commit.</summary>
    public static async Task<(CapacityUnit Unit, CapacityType Type)?> LockUnitWithTypeAsync(AppDbContext db, Guid unitId, CancellationToken ct)
    {
        var units = db.Database.IsNpgsql()
            ? db.Set<CapacityUnit>().FromSqlInterpolated($"SELECT * FROM capacity_units WHERE \"Id\" = {unitId} FOR UPDATE")
            : db.Set<CapacityUnit>().Where(u => u.Id == unitId);
        var row = await units.Join(db.Set<CapacityType>(), u => u.TypeCode, t => t.Code, (u, t) => new { Unit = u, Type = t })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : (row.Unit, row.Type);
    }

    // SQLite has one writer at a time anyway; queueing here avoids its driver's 150 ms sleeps on a busy
    // database. Correctness still comes from the database lock: this only orders writers in one process.
    private static readonly SemaphoreSlim SqliteWriters = new(1, 1);

    public static async Task<T> RunAsync<T>(AppDbContext db, Guid[] unitIds, Func<Task<T>> work, CancellationToken ct, bool lockFirst = true)
    {
        if (db.Database.IsNpgsql()) return await RunLockedAsync(db, unitIds, work, lockFirst, ct);
        await SqliteWriters.WaitAsync(ct);
        try
        {
            return await RunLockedAsync(db, unitIds, work, lockFirst, ct);
        }
        finally
        {
            SqliteWriters.Release();
        }
    }

    private static async Task<T> RunLockedAsync<T>(AppDbContext db, Guid[] unitIds, Func<Task<T>> work, bool lockFirst, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct); // Microsoft.Data.Sqlite: BEGIN IMMEDIATE
            try
            {
                if (lockFirst && db.Database.IsNpgsql())
                    // Locked in id order, so two multi-unit transactions cannot deadlock each other.
                    await db.Database.ExecuteSqlInterpolatedAsync(
                        $"SELECT 1 FROM capacity_units WHERE \"Id\" = ANY({unitIds}) ORDER BY \"Id\" FOR UPDATE", ct);
                var result = await work();
                await tx.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < 4 && IsTransient(e))
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 40) * attempt, ct);
            }
        }
    }

    // Deadlocks and serialization failures on PostgreSQL, a busy database on SQLite: safe to run again.
    private static bool IsTransient(Exception e) => e switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        Npgsql.PostgresException pg => pg.SqlState is "40001" or "40P01",
        Microsoft.Data.Sqlite.SqliteException sq => sq.SqliteErrorCode is 5 or 6,
        DbException db => db.IsTransient,
        _ => false,
    };
}
