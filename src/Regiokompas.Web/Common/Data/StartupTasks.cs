using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Common.Data;

public static class StartupTasks
{
    /// <summary>Creates or upgrades the database, lets every module seed its shipped data, and in demo mode adds fictitious users and data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await DatabaseGuard.EnsureOursAsync(db, CancellationToken.None);
        await db.Database.MigrateAsync();
        // Write-ahead logging (stored in the file, so once is enough) lets every module's readers
        // go on while a write commits; it belongs to the database, not to one module's seeder.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        foreach (var module in AppModules.All) await module.SeedAsync(sp, demo, CancellationToken.None);
        if (demo)
        {
            await DemoUsers.EnsureAsync(sp, app.Logger);
            foreach (var module in AppModules.All) await module.SeedDemoAsync(sp, CancellationToken.None);
        }
    }
}

/// <summary>
/// Fictitious accounts for trying the app, created only with --demo. Their password is in the
/// README; never start a real installation with --demo.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Demo-Regiokompas-2026";

    public static readonly (string Email, string Name, string Role, string? Region, string? Pillar, string? Organisation)[] All =
    [
        ("beheer@demo.regiokompas.nl", "Demo Beheerder", Roles.Administrator, null, null, null),
        ("coordinator.ijv@demo.regiokompas.nl", "Demo Coördinator IJssel-Vecht", Roles.Coordinator, "ijssel-vecht", null, null),
        ("coordinator.flevo@demo.regiokompas.nl", "Demo Coördinator Flevoland", Roles.Coordinator, "flevoland", null, null),
        ("trekker.ijv@demo.regiokompas.nl", "Demo Trekker", Roles.PillarLead, "ijssel-vecht", "FIRST", null),
        ("partner.ijv@demo.regiokompas.nl", "Demo Partner", Roles.OrganisationMember, "ijssel-vecht", null, "FIRST-OWNER"),
    ];

    public static async Task EnsureAsync(IServiceProvider sp, ILogger log)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var db = sp.GetRequiredService<AppDbContext>();
        foreach (var (email, name, role, region, pillar, organisation) in All)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            if (role == Roles.Coordinator) user.CoordinatorRegionId = region;
            if (organisation is not null)
                user.OrganisationId = await db.Actions.Where(a => a.RegionId == region && a.OwnerId != null)
                    .OrderBy(a => a.Id).Select(a => a.OwnerId).FirstAsync();
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            // The demo partner is also a requesting organisation, so it can try holding places.
            if (user.OrganisationId is { } org && region is not null
                && !await db.Set<Regiokompas.Domain.Capacity.RequestingOrganisation>().AnyAsync(x => x.OrganisationId == org && x.RegionId == region))
            {
                db.Add(new Regiokompas.Domain.Capacity.RequestingOrganisation { OrganisationId = org, RegionId = region, GrantedAtUtc = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }
            if (pillar is not null)
            {
                var pillarId = await db.Pillars.Where(p => p.RegionId == region).OrderBy(p => p.SortOrder).Select(p => p.Id).FirstAsync();
                db.PillarLeadAssignments.Add(new PillarLeadAssignment { UserId = user.Id, PillarId = pillarId });
                await db.SaveChangesAsync();
            }
        }
        log.LogWarning("Demo mode: fictitious users exist with password {Password}. Never use --demo for a real installation.", Password);
    }
}
