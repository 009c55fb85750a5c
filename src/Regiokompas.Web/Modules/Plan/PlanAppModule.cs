using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Modules;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan;

/// <summary>The Plan module in the host: its texts, the shipped plans seeded first, the plan file commands.</summary>
public sealed class PlanAppModule : IAppModule
{
    public int Order => 10;

    public IEnumerable<TextModule> Texts => [new("Plan", PlanTexts.Messages)];

    public Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct) =>
        services.GetRequiredService<PlanSeeder>().SeedAsync(ct);

    public IEnumerable<CliCommand> Commands => [PlanFileCommands.Import, PlanFileCommands.Export];
}
