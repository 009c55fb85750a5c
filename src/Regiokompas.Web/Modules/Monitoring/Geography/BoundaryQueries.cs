using Microsoft.EntityFrameworkCore;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

public sealed record BoundaryView(string Code, string Name, int Year, string GeometryGeoJson, string Attribution);

/// <summary>Read side of the boundaries: the newest outline of each asked-for area.</summary>
public sealed class BoundaryQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<BoundaryView>> GetLatestAsync(IReadOnlyCollection<string> areaCodes, CancellationToken ct)
    {
        // A few areas times a few years: picking the newest year in memory keeps the query simple on both databases.
        var rows = await db.Set<AreaBoundary>().AsNoTracking()
            .Where(b => areaCodes.Contains(b.AreaCode))
            .Select(b => new BoundaryView(b.AreaCode, b.Name, b.Year, b.GeometryGeoJson, b.Attribution))
            .ToListAsync(ct);
        return rows.GroupBy(b => b.Code).Select(g => g.MaxBy(b => b.Year)!).OrderBy(b => b.Code).ToList();
    }

    /// <summary>When boundaries last changed; the region boundaries API uses it as its ETag.</summary>
    public async Task<DateTime?> LastImportAsync(CancellationToken ct) =>
        await db.Set<BoundaryImport>().AsNoTracking().MaxAsync(i => (DateTime?)i.ImportedAtUtc, ct);
}
