using Regiokompas.Web.Common.Http;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Geography;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Common.Cli;

/// <summary>
/// Administrative commands run as `dotnet run --project src/Regiokompas.Web -- COMMAND ...`.
/// They use the same configuration, database and audit trail as the web app.
/// </summary>
public static class CliCommands
{
    public static readonly string[] Names = ["create-admin", "create-user", "create-token", "allow-holds", "import-plan", "export-plan", "import-boundaries", "export-indicators", "import-indicators", "import-cbs", "help"];

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
        var sp = scope.ServiceProvider;
        var options = Options(args[1..]);
        try
        {
            return args[0] switch
            {
                "create-admin" => await CreateUserAsync(sp, options, Roles.Administrator),
                "create-user" => await CreateUserAsync(sp, options, Need(options, "role")),
                "create-token" => await CreateTokenAsync(sp, options),
                "allow-holds" => await AllowHoldsAsync(sp, options),
                "import-plan" => await ImportAsync(sp, options),
                "export-plan" => await ExportAsync(sp, options),
                "import-boundaries" => await ImportBoundariesAsync(sp, options),
                "export-indicators" => await Modules.Monitoring.Indicators.IndicatorCli.ExportAsync(sp, Need(options, "_0"), options.GetValueOrDefault("_1")),
                "import-indicators" => await Modules.Monitoring.Indicators.IndicatorCli.ImportAsync(sp, Need(options, "_0"), Need(options, "_1"), options.ContainsKey("dry-run")),
                "import-cbs" => await Modules.Monitoring.Connectors.CbsCli.ImportAsync(sp, options, Need(options, "_0"), Need(options, "region"),
                    Need(options, "table"), o => new UsageException(o)),
                _ => Help(),
            };
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            Help(Console.Error);
            return 2;
        }
    }

    private static int Help(TextWriter? writer = null)
    {
        (writer ?? Console.Out).WriteLine("""
            Commands (dotnet run --project src/Regiokompas.Web -- COMMAND):
              create-admin --email E [--name N]                      first administrator; prints a generated password
              create-user  --email E --role R [--name N] [--region ID] [--pillar KEY] [--organisation KEY]
                           roles: coordinator (needs --region), pillar-lead (--region, --pillar), organisation-member (--region, --organisation)
              create-token --region ID --organisation KEY --name N     API token for one organisation; printed once
              allow-holds  --region ID --organisation KEY [--in ID]    let an organisation (its members and tokens) hold places
                           in a region's units (default: its own region); coordinators may always hold
              import-plan  FILE [--dry-run]                          validate and import a plan file (all or nothing)
              export-plan  REGION [FILE]                             write a region's plan file (stdout without FILE)
              import-boundaries FILE [--dry-run] [--year Y] [--code-property P] [--attribution TEXT]
                           municipality outlines (GeoJSON, WGS84) for the comparison map; replaces that year's set
              export-indicators REGION [FILE]                        write a region's indicator catalogue (stdout without FILE)
              import-indicators REGION FILE [--dry-run]              check and import a region's indicator catalogue (all or nothing)
              import-cbs   FILE --region ID --table ID [--format odata|csv] [--dry-run] [--retrieved YYYY-MM-DD]
                           CBS StatLine observations through the region's mappings (all or nothing; published at once)
            Passwords come from REGIOKOMPAS_PASSWORD when set, else a strong one is generated and printed once.
            """);
        return 0;
    }

    private static async Task<int> CreateUserAsync(IServiceProvider sp, Dictionary<string, string> o, string role)
    {
        if (!Roles.All.Contains(role)) throw new UsageException($"unknown role '{role}'");
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        var db = sp.GetRequiredService<AppDbContext>();
        var email = Need(o, "email");
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = o.GetValueOrDefault("name") ?? email };
        int? pillarId = null;
        if (role == Roles.Coordinator) user.CoordinatorRegionId = await RegionAsync(db, Need(o, "region"));
        if (role == Roles.OrganisationMember)
            user.OrganisationId = await db.Organisations.Where(x => x.RegionId == Need(o, "region") && x.Key == Need(o, "organisation"))
                .Select(x => (int?)x.Id).SingleOrDefaultAsync() ?? throw new UsageException($"unknown organisation '{o["organisation"]}'");
        if (role == Roles.PillarLead)
            pillarId = await db.Pillars.Where(x => x.RegionId == Need(o, "region") && x.Key == Need(o, "pillar"))
                .Select(x => (int?)x.Id).SingleOrDefaultAsync() ?? throw new UsageException($"unknown pillar '{o["pillar"]}'");

        var generated = Environment.GetEnvironmentVariable("REGIOKOMPAS_PASSWORD") is not { Length: > 0 };
        var password = generated ? GeneratePassword() : Environment.GetEnvironmentVariable("REGIOKOMPAS_PASSWORD")!;
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) throw new UsageException(string.Join("; ", created.Errors.Select(e => e.Description)));
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

    private static async Task<int> CreateTokenAsync(IServiceProvider sp, Dictionary<string, string> o)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var orgId = await db.Organisations.Where(x => x.RegionId == Need(o, "region") && x.Key == Need(o, "organisation"))
            .Select(x => (int?)x.Id).SingleOrDefaultAsync() ?? throw new UsageException($"unknown organisation '{o["organisation"]}'");
        var token = AuthSetup.NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            OrganisationId = orgId, Name = Need(o, "name"), TokenHash = AuthSetup.HashToken(token), CreatedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        Console.WriteLine($"API token for {o["organisation"]} (shown once; send as 'Authorization: Bearer TOKEN'):");
        Console.WriteLine(token);
        return 0;
    }

    private static async Task<int> AllowHoldsAsync(IServiceProvider sp, Dictionary<string, string> o)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var orgId = await db.Organisations.Where(x => x.RegionId == Need(o, "region") && x.Key == Need(o, "organisation"))
            .Select(x => (int?)x.Id).SingleOrDefaultAsync() ?? throw new UsageException($"unknown organisation '{o["organisation"]}'");
        var region = await RegionAsync(db, o.GetValueOrDefault("in") ?? o["region"]);
        if (!await db.Set<Regiokompas.Domain.Capacity.RequestingOrganisation>().AnyAsync(x => x.OrganisationId == orgId && x.RegionId == region))
        {
            db.Add(new Regiokompas.Domain.Capacity.RequestingOrganisation { OrganisationId = orgId, RegionId = region, GrantedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"{o["organisation"]} may hold places in {region}.");
        return 0;
    }

    /// <summary>
    /// Refuses a file that cannot be imported before the database is opened or migrated, so a
    /// hostile or broken file costs a second, not a start-up; null when the command may go on.
    /// </summary>
    public static async Task<int?> CheckFilesFirstAsync(string[] args)
    {
        if (args is not ["import-plan", ..]) return null;
        try
        {
            var path = Need(Options(args[1..]), "_0");
            return await ReadPlanAsync(path) is { IsValid: false } read ? await RefuseAsync(read) : null;
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }

    private static async Task<PlanFileReadResult> ReadPlanAsync(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new UsageException($"file not found: {path}");
        if (info.Length > PlanFileReader.MaxFileBytes) throw new UsageException($"{path} is larger than {PlanFileReader.MaxFileBytes} bytes");
        var (text, encoding) = StrictText.Decode(await File.ReadAllBytesAsync(path));
        return encoding is null ? PlanFileReader.Read(path, text!) : new PlanFileReadResult(null, [new PlanFileProblem(path, encoding.Line, "", encoding.Message)]);
    }

    private static async Task<int> RefuseAsync(PlanFileReadResult read)
    {
        foreach (var p in read.Problems) await Console.Error.WriteLineAsync(p.ToString());
        await Console.Error.WriteLineAsync($"{read.Problems.Count} problem(s); nothing was imported.");
        return 1;
    }

    private static async Task<int> ImportAsync(IServiceProvider sp, Dictionary<string, string> o)
    {
        var path = Need(o, "_0");
        var read = await ReadPlanAsync(path);
        if (!read.IsValid) return await RefuseAsync(read);
        if (o.ContainsKey("dry-run"))
        {
            Console.WriteLine($"{path} is valid (dry run; nothing imported).");
            return 0;
        }
        var summary = await sp.GetRequiredService<ImportPlanFileHandler>().HandleAsync(read.Plan!, CancellationToken.None);
        Console.WriteLine($"Imported {summary.RegionId}: {summary.Created} created, {summary.Updated} updated, {summary.Deleted} deleted.");
        return 0;
    }

    private static async Task<int> ImportBoundariesAsync(IServiceProvider sp, Dictionary<string, string> o)
    {
        var path = Need(o, "_0");
        var info = new FileInfo(path);
        if (!info.Exists) throw new UsageException($"file not found: {path}");
        if (info.Length > ImportBoundariesHandler.MaxBytes) throw new UsageException($"{path} is larger than {ImportBoundariesHandler.MaxBytes} bytes");
        int? year = o.TryGetValue("year", out var y) ? int.TryParse(y, out var n) ? n : throw new UsageException($"--year: '{y}' is not a year") : null;
        await using var stream = info.OpenRead();
        var outcome = await sp.GetRequiredService<ImportBoundariesHandler>().HandleAsync(stream, new ImportBoundariesRequest
        {
            Year = year, CodeProperty = o.GetValueOrDefault("code-property"), Source = info.Name,
            Attribution = o.GetValueOrDefault("attribution") ?? BoundaryTexts.CbsAttribution,
        }, o.ContainsKey("dry-run"), $"cli:{Environment.UserName}", CancellationToken.None);
        foreach (var note in outcome.Notes) Console.WriteLine($"note: {note.Message}");
        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems) await Console.Error.WriteLineAsync($"{path}: feature {p.Feature}, {p.Field}: {p.Message}");
            await Console.Error.WriteLineAsync($"{outcome.Problems.Count} problem(s); nothing was imported.");
            return 1;
        }
        Console.WriteLine($"{(outcome.DryRun ? "Checked (dry run; nothing saved)" : "Imported")} {outcome.Areas} areas for {outcome.Year}: " +
            $"{outcome.Added} added, {outcome.Updated} updated, {outcome.Unchanged} unchanged, {outcome.Removed} removed, {outcome.Skipped} features skipped.");
        return 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider sp, Dictionary<string, string> o)
    {
        var plan = await sp.GetRequiredService<ExportPlanFileHandler>().HandleAsync(Need(o, "_0"), CancellationToken.None)
            ?? throw new UsageException($"unknown region '{o["_0"]}'");
        var yaml = PlanFileWriter.ToYaml(plan);
        if (o.TryGetValue("_1", out var file)) await File.WriteAllTextAsync(file, yaml);
        else Console.Write(yaml);
        return 0;
    }

    private static async Task<string> RegionAsync(AppDbContext db, string id) =>
        await db.Regions.AnyAsync(r => r.Id == id) ? id : throw new UsageException($"unknown region '{id}'");

    internal static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', 'x').Replace('+', 'y');

    private static string Need(Dictionary<string, string> o, string key) =>
        o.TryGetValue(key, out var v) && v.Length > 0 ? v : throw new UsageException($"missing {(key.StartsWith('_') ? "argument" : "--" + key)}");

    /// <summary>"--email a --dry-run file" → {email: a, dry-run: "", _0: file}.</summary>
    private static Dictionary<string, string> Options(string[] args)
    {
        var result = new Dictionary<string, string>();
        var positional = 0;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--"))
            {
                var name = args[i][2..];
                var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--");
                result[name] = hasValue ? args[++i] : "";
            }
            else result[$"_{positional++}"] = args[i];
        }
        return result;
    }

    private sealed class UsageException(string message) : Exception(message);
}
