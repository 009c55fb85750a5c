using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Modules.Capacity;

/// <summary>The Capacity module in the host: its texts, care types (and demo units), and the allow-holds command.</summary>
public sealed class CapacityAppModule : IAppModule
{
    public int Order => 20;

    public IEnumerable<TextModule> Texts => [new("Capacity", CapacityTexts.Messages)];

    public Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct) =>
        services.GetRequiredService<CapacitySeeder>().SeedAsync(demo, ct);

    public IEnumerable<CliCommand> Commands =>
    [
        new("allow-holds", """
              allow-holds  --region ID --organisation KEY [--in ID]    let an organisation (its members and tokens) hold places
                           in a region's units (default: its own region); coordinators may always hold
            """, AllowHoldsAsync),
    ];

    private static async Task<int> AllowHoldsAsync(IServiceProvider sp, CliOptions o)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var orgId = await o.OrganisationIdAsync(db);
        var region = await CliOptions.RegionAsync(db, o.Get("in") ?? o.Need("region"));
        if (!await db.Set<RequestingOrganisation>().AnyAsync(x => x.OrganisationId == orgId && x.RegionId == region))
        {
            db.Add(new RequestingOrganisation { OrganisationId = orgId, RegionId = region, GrantedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"{o.Get("organisation")} may hold places in {region}.");
        return 0;
    }
}
