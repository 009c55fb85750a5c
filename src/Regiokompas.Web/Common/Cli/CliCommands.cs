using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Common.Cli;

/// <summary>
/// Administrative commands run as `dotnet run --project src/Regiokompas.Web -- COMMAND ...`.
/// They use the same configuration, database and audit trail as the web app. Accounts and tokens
/// are handled here; each module brings its own commands (<see cref="IAppModule.Commands"/>).
/// </summary>
public static class CliCommands
{
    private static readonly CliCommand[] Own =
    [
        new("create-admin", """
              create-admin --email E [--name N]                      first administrator; prints a generated password
            """, (sp, o) => CreateUserAsync(sp, o, Roles.Administrator)),
        new("create-user", """
              create-user  --email E --role R [--name N] [--region ID] [--pillar KEY] [--organisation KEY]
                           roles: coordinator (needs --region), pillar-lead (--region, --pillar), organisation-member (--region, --organisation)
            """, (sp, o) => CreateUserAsync(sp, o, o.Need("role"))),
        new("create-token", """
              create-token --region ID --organisation KEY --name N     API token for one organisation; printed once
            """, CreateTokenAsync),
    ];

    private static IReadOnlyList<CliCommand> All => [.. Own, .. AppModules.All.SelectMany(m => m.Commands)];

    /// <summary>Every command name, "help" included.</summary>
    public static IReadOnlyList<string> Names => [.. All.Select(c => c.Name), "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    /// <summary>A first argument that is neither a command nor a host option (--urls, Key=Value), e.g. a typo.</summary>
    public static string? UnknownCommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') && !Names.Contains(args[0]) ? args[0] : null;

    /// <summary>Exits non-zero instead of starting the web server, so a script with a typo fails loudly.</summary>
    public static int RefuseUnknown(string command)
    {
        Console.Error.WriteLine($"error: unknown command '{command}'. Known commands: {string.Join(", ", Names)}.");
        Help(Console.Error);
        return 2;
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var command = All.FirstOrDefault(c => c.Name == args[0]);
        if (command is null) return Help();
        try
        {
            return await command.RunAsync(scope.ServiceProvider, CliOptions.Parse(args[1..]));
        }
        catch (CliUsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            Help(Console.Error);
            return 2;
        }
    }

    /// <summary>
    /// Lets a command refuse a file that cannot be imported before the database is opened or
    /// migrated, so a hostile or broken file costs a second, not a start-up; null when it may go on.
    /// </summary>
    public static async Task<int?> CheckFilesFirstAsync(string[] args)
    {
        if (All.FirstOrDefault(c => c.Name == args[0]) is not { CheckFirstAsync: { } check }) return null;
        try
        {
            return await check(CliOptions.Parse(args[1..]));
        }
        catch (CliUsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }

    private static int Help(TextWriter? writer = null)
    {
        var w = writer ?? Console.Out;
        w.WriteLine("Commands (dotnet run --project src/Regiokompas.Web -- COMMAND):");
        foreach (var c in All) w.WriteLine(c.Usage);
        w.WriteLine("Passwords come from REGIOKOMPAS_PASSWORD when set, else a strong one is generated and printed once.");
        return 0;
    }

    private static async Task<int> CreateUserAsync(IServiceProvider sp, CliOptions o, string role)
    {
        if (!Roles.All.Contains(role)) throw new CliUsageException($"unknown role '{role}'");
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        var db = sp.GetRequiredService<AppDbContext>();
        var email = o.Need("email");
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = o.Get("name") ?? email };
        int? pillarId = null;
        if (role == Roles.Coordinator) user.CoordinatorRegionId = await CliOptions.RegionAsync(db, o.Need("region"));
        if (role == Roles.OrganisationMember)
            user.OrganisationId = await o.OrganisationIdAsync(db);
        if (role == Roles.PillarLead)
            pillarId = await db.Pillars.Where(x => x.RegionId == o.Need("region") && x.Key == o.Need("pillar"))
                .Select(x => (int?)x.Id).SingleOrDefaultAsync() ?? throw new CliUsageException($"unknown pillar '{o.Get("pillar")}'");

        var generated = Environment.GetEnvironmentVariable("REGIOKOMPAS_PASSWORD") is not { Length: > 0 };
        var password = generated ? GeneratePassword() : Environment.GetEnvironmentVariable("REGIOKOMPAS_PASSWORD")!;
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) throw new CliUsageException(string.Join("; ", created.Errors.Select(e => e.Description)));
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        await users.AddToRoleAsync(user, role);
        if (pillarId is { } pid)
        {
            db.PillarLeadAssignments.Add(new PillarLeadAssignment { UserId = user.Id, PillarId = pid });
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"Created {role} {email}.");
        if (generated) Console.WriteLine($"Password (shown once): {password}");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider sp, CliOptions o)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var orgId = await o.OrganisationIdAsync(db);
        var token = AuthSetup.NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            OrganisationId = orgId, Name = o.Need("name"), TokenHash = AuthSetup.HashToken(token), CreatedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        Console.WriteLine($"API token for {o.Get("organisation")} (shown once; send as 'Authorization: Bearer TOKEN'):");
        Console.WriteLine(token);
        return 0;
    }

    internal static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', 'x').Replace('+', 'y');
}
