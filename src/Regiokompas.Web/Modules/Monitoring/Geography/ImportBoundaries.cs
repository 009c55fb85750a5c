using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Monitoring.Geography;

public sealed class ImportBoundariesRequest
{
    public string? CodeProperty { get; init; }
    public int? Year { get; init; }
    /// <summary>The file name or URL the outlines came from.</summary>
    public string Source { get; init; } = "upload";
    public string Attribution { get; init; } = BoundaryTexts.CbsAttribution;
}

public sealed record BoundaryImportOutcome(int? Year, int Added, int Updated, int Unchanged, int Removed, int Skipped,
    IReadOnlyList<BoundaryNote> Notes, IReadOnlyList<BoundaryProblem> Problems, bool DryRun)
{
    public bool Succeeded => Problems.Count == 0;
    public int Areas => Added + Updated + Unchanged;
}

/// <summary>Boundaries are public reference data for every region: administrators and coordinators may load them.</summary>
public static class BoundaryPermissions
{
    public static bool CanImport(Actor actor) => actor.IsAdministrator || actor.CoordinatorRegions.Count > 0;
}

/// <summary>
/// Replaces one year's set of outlines with the file's. All or nothing: with any problem nothing
/// is written. The same file twice changes no outline; each import leaves one audit entry with its counts.
/// </summary>
public sealed class ImportBoundariesHandler(AppDbContext db, TimeProvider clock)
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public async Task<BoundaryImportOutcome> HandleAsync(Stream json, ImportBoundariesRequest request, bool dryRun, string actorName, CancellationToken ct)
    {
        var file = GeoJsonBoundaryReader.Read(json, new BoundaryReadOptions { CodeProperty = request.CodeProperty, Year = request.Year });
        if (file.Problems.Count > 0 || file.Year is not { } year)
            return new(file.Year, 0, 0, 0, 0, file.Skipped, file.Notes, file.Problems, dryRun);

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Set<AreaBoundary>().Where(b => b.Year == year).ToDictionaryAsync(b => b.AreaCode, ct);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var area in file.Areas)
        {
            var geometry = JsonSerializer.Serialize(area.Geometry, GeoJsonBoundaryReader.GeoJson);
            if (existing.Remove(area.Code, out var row))
            {
                if (row.GeometryGeoJson == geometry && row.Name == area.Name && row.Attribution == request.Attribution) { unchanged++; continue; }
                updated++;
                row.GeometryGeoJson = geometry;
                row.Name = area.Name;
                row.Attribution = request.Attribution;
                row.Source = request.Source;
                row.ImportedBy = actorName;
                row.ImportedAtUtc = now;
                continue;
            }
            added++;
            db.Add(new AreaBoundary
            {
                Year = year, AreaCode = area.Code, Name = area.Name, GeometryGeoJson = geometry, Source = request.Source,
                Attribution = request.Attribution, ImportedBy = actorName, ImportedAtUtc = now,
            });
        }
        // Areas of that year missing from the new file (a merged municipality) go: the file is the whole set.
        var removed = existing.Count;
        db.RemoveRange(existing.Values);

        var outcome = new BoundaryImportOutcome(year, added, updated, unchanged, removed, file.Skipped, file.Notes, [], dryRun);
        if (dryRun)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }
        // Recorded even when nothing changed, so the trail shows who checked the set against which file.
        db.Add(new BoundaryImport
        {
            Year = year, Source = request.Source, Attribution = request.Attribution, Added = added, Updated = updated,
            Unchanged = unchanged, Removed = removed, Skipped = file.Skipped, ImportedBy = actorName, ImportedAtUtc = now,
        });
        await db.SaveChangesAsync(ct);
        return outcome;
    }
}
