using Microsoft.EntityFrameworkCore;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Common.Cli;

/// <summary>A command's arguments: "--email a --dry-run file" gives email = a, dry-run = "" and positional 0 = file.</summary>
public sealed class CliOptions
{
    private readonly Dictionary<string, string> values;

    private CliOptions(Dictionary<string, string> values) => this.values = values;

    /// <summary>Reads the arguments after the command name.</summary>
    public static CliOptions Parse(string[] args)
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
        return new CliOptions(result);
    }

    /// <summary>The value of --name, or null when absent.</summary>
    public string? Get(string name) => values.GetValueOrDefault(name);

    /// <summary>True when --name was given (with or without a value).</summary>
    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>The value of --name; a usage error when missing or empty.</summary>
    public string Need(string name) =>
        values.TryGetValue(name, out var v) && v.Length > 0 ? v : throw new CliUsageException($"missing --{name}");

    /// <summary>The positional argument at <paramref name="index"/>, or null.</summary>
    public string? Argument(int index) => values.GetValueOrDefault($"_{index}");

    /// <summary>The positional argument at <paramref name="index"/>; a usage error when missing.</summary>
    public string NeedArgument(int index) =>
        values.TryGetValue($"_{index}", out var v) && v.Length > 0 ? v : throw new CliUsageException("missing argument");

    /// <summary>The region named by <paramref name="id"/>; a usage error when it does not exist.</summary>
    public static async Task<string> RegionAsync(AppDbContext db, string id) =>
        await db.Regions.AnyAsync(r => r.Id == id) ? id : throw new CliUsageException($"unknown region '{id}'");

    /// <summary>The id of organisation --organisation in region --region; a usage error when unknown.</summary>
    public async Task<int> OrganisationIdAsync(AppDbContext db) =>
        await db.Organisations.Where(x => x.RegionId == Need("region") && x.Key == Need("organisation"))
            .Select(x => (int?)x.Id).SingleOrDefaultAsync() ?? throw new CliUsageException($"unknown organisation '{Get("organisation")}'");
}
