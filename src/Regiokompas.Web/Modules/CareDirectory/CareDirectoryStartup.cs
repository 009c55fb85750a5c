using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.CareDirectory.Search;
using Regiokompas.Web.Modules.CareDirectory.Seeding;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.CareDirectory;

/// <summary>
/// At start (after the migrations): seed the shipped entries into an empty directory when
/// configured, and build this instance's search index from the database.
/// </summary>
public sealed class CareDirectoryStartup(IServiceScopeFactory scopes, SearchIndexSync sync, IOptions<CareDirectoryOptions> options)
    : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<AppDbContext>();
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
