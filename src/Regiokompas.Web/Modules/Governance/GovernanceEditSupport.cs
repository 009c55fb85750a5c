using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;

namespace Regiokompas.Web.Modules.Governance;

internal static class GovernanceEditSupport
{
    /// <summary>Coordinators (and administrators) run their region's tables; checked again here, whatever the route said.</summary>
    public static void EnsureMayManage(Actor actor, string regionId)
    {
        if (!PlanPermissions.CanEditRegion(actor, regionId)) throw new NotAllowed("edit.not-allowed");
    }

    /// <summary>Checks the version the caller read and lets the database check it again on save.</summary>
    public static async Task GuardVersionAsync<T>(AppDbContext db, T entity, int? readVersion, Func<object> current, CancellationToken ct)
        where T : class, IVersioned, IAudited
    {
        if (readVersion is not { } read) return;
        if (read != entity.Version)
        {
            var last = await db.Set<AuditEntry>().AsNoTracking()
                .Where(a => a.RegionId == entity.AuditRegionId && a.EntityType == typeof(T).Name && a.EntityKey == entity.AuditKey)
                .OrderByDescending(a => a.Id).Select(a => new { a.UserName, a.AtUtc }).FirstOrDefaultAsync(ct);
            throw new EditConflict(entity.AuditKey, read, entity.Version, current(), last?.UserName, last?.AtUtc);
        }
        db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = read;
    }
}
