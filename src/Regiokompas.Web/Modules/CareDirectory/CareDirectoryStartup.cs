using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Search;
using Regiokompas.Web.Modules.CareDirectory.Seeding;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.CareDirectory;

/// <summary>
/// At start: make sure the directory tables exist, seed the shipped entries into an empty
/// directory, and build this instance's search index from the database.
/// </summary>
public sealed class CareDirectoryStartup(IServiceScopeFactory scopes, SearchIndexSync sync, IOptions<CareDirectoryOptions> options,
    ILogger<CareDirectoryStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<AppDbContext>();
            await PendingSchema.EnsureAsync(db, log, ct);
            if (options.Value.SeedOnStart)
            {
                var ids = await sp.GetRequiredService<PlanQueries>().GetOrganisationIdsAsync(ct);
                await sp.GetRequiredService<DirectorySeeder>().SeedAsync(ids, ct);
            }
        }
        await sync.RebuildAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>
/// Bridge until the lead regenerates the migrations with the directory tables: creates the
/// caredirectory_* tables from the model when they are missing. Once a migration has created
/// them, this finds them and does nothing.
/// </summary>
internal static class PendingSchema
{
    public static async Task EnsureAsync(AppDbContext db, ILogger log, CancellationToken ct)
    {
        try
        {
            await db.Set<CareService>().AnyAsync(ct);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("Directory tables are missing; creating them from the model (no migration yet)");
        }
        db.ChangeTracker.Clear();
        var statements = db.Database.GenerateCreateScript()
            .Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim())
            // PostgreSQL leaves lower-case names unquoted, SQLite quotes them: match both.
            .Where(s => System.Text.RegularExpressions.Regex.IsMatch(s, "^CREATE TABLE \"?caredirectory_|^CREATE (UNIQUE )?INDEX .* ON \"?caredirectory_"));
        foreach (var sql in statements)
            await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
