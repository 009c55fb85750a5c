using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;

namespace Regiokompas.Web.Common.Audit;

/// <summary>
/// Writes the audit trail and bumps versions inside the same SaveChanges, so a change and its
/// audit rows are committed together or not at all. Handlers do not write audit rows for entity
/// changes; only bulk writes add one <see cref="AuditEntry.Summary"/> row (ADR-008): those that bypass
/// the change tracker, and the HSDS import, which saves with <c>AppDbContext.AuditAsSummary</c> set.
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) Record(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is { } db) Record(db);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit trail is append-only.");
            if (entry.Entity is not IAudited audited) continue;

            if (entry.State == EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                var changed = entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version));
                if (!changed) continue;
                versioned.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            }

            if (db is Data.AppDbContext { AuditAsSummary: true }) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    rows.Add(Row(audited, entry, now, "created", "*", null, Snapshot(entry)));
                    break;
                case EntityState.Deleted:
                    rows.Add(Row(audited, entry, now, "deleted", "*", Snapshot(entry), null));
                    break;
                case EntityState.Modified:
                    foreach (var p in entry.Properties.Where(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)))
                    {
                        var oldValue = Format(p.OriginalValue);
                        var newValue = Format(p.CurrentValue);
                        if (oldValue != newValue)
                            rows.Add(Row(audited, entry, now, "updated", p.Metadata.Name, oldValue, newValue));
                    }
                    break;
            }
        }
        db.Set<AuditEntry>().AddRange(rows);
    }

    private AuditEntry Row(IAudited audited, EntityEntry entry, DateTime now, string op, string field, string? oldValue, string? newValue) => new()
    {
        AtUtc = now,
        UserId = actor.UserId,
        UserName = actor.Name,
        RegionId = audited.AuditRegionId,
        EntityType = entry.Metadata.ClrType.Name,
        EntityKey = audited.AuditKey,
        Operation = op,
        Field = field,
        OldValue = Truncate(oldValue),
        NewValue = Truncate(newValue),
    };

    private static string Snapshot(EntityEntry entry) => string.Join("; ", entry.Properties
        .Where(p => !p.Metadata.IsPrimaryKey() && p.Metadata.Name != nameof(IVersioned.Version) && p.CurrentValue is not null)
        .Select(p => $"{p.Metadata.Name}={Format(p.CurrentValue)}"));

    internal static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join(", ", e.Cast<object?>().Select(Format)),
        _ => value.ToString(),
    };

    private static string? Truncate(string? s) => s is { Length: > 4000 } ? s[..4000] + "…" : s;
}
