using Microsoft.EntityFrameworkCore;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Modules.Plan.PlanFiles;

/// <summary>On first start, imports the plan files that ship with the app (Seed/plans/*.yaml).</summary>
public sealed class PlanSeeder(AppDbContext db, ImportPlanFileHandler importer, Versions.PlanVersionsHandler versions, ILogger<PlanSeeder> log)
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "Seed", "plans");

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedPlansAsync(ct);
        // The plan as first imported is version 1, also for databases made before versions existed.
        foreach (var region in await db.Regions.Select(r => r.Id).ToListAsync(ct)) await versions.EnsureFirstVersionAsync(region, ct);
    }

    private async Task SeedPlansAsync(CancellationToken ct)
    {
        if (await db.Regions.AnyAsync(ct)) return;
        foreach (var path in Directory.GetFiles(SeedFolder, "*.yaml").Order())
        {
            var read = PlanFileReader.Read(Path.GetFileName(path), await File.ReadAllTextAsync(path, ct));
            if (!read.IsValid)
                throw new InvalidOperationException("Seed plan file is invalid:\n" + string.Join("\n", read.Problems));
            var summary = await importer.HandleAsync(read.Plan!, ct);
            log.LogInformation("Seeded plan {Region}: {Created} items", summary.RegionId, summary.Created);
        }
    }
}
