using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan;

internal static class PlanEditSupport
{
    /// <summary>
    /// Compares the version the caller read with the stored one, and also makes the database
    /// check it on save, so two saves racing past this check still cannot both win.
    /// </summary>
    public static async Task GuardVersionAsync<T>(AppDbContext db, PlanQueries queries, T entity, int readVersion,
        Func<T, object> currentView, CancellationToken ct) where T : class, IVersioned, IAudited
    {
        if (readVersion != entity.Version)
            throw await ConflictAsync(queries, entity, readVersion, currentView, ct);
        db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = readVersion;
    }

    public static async Task SaveAsync<T>(AppDbContext db, PlanQueries queries, T entity, int readVersion,
        Func<T, object> currentView, CancellationToken ct) where T : class, IVersioned, IAudited
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var entry = db.Entry(entity);
            await entry.ReloadAsync(ct);
            throw await ConflictAsync(queries, entity, readVersion, currentView, ct);
        }
    }

    private static async Task<EditConflict> ConflictAsync<T>(PlanQueries queries, T entity, int readVersion,
        Func<T, object> currentView, CancellationToken ct) where T : class, IVersioned, IAudited
    {
        var (by, at) = await queries.GetLastChangeAsync(entity.AuditRegionId, typeof(T).Name, entity.AuditKey, ct);
        return new EditConflict(entity.AuditKey, readVersion, entity.Version, currentView(entity), by, at);
    }
}
