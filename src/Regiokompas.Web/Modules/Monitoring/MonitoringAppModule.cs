using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Modules;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Monitoring.Geography;

namespace Regiokompas.Web.Modules.Monitoring;

/// <summary>The Monitoring module in the host: its texts, the shipped indicator catalogue, demo figures, the boundaries command.</summary>
public sealed class MonitoringAppModule : IAppModule
{
    public int Order => 30;

    public IEnumerable<TextModule> Texts =>
    [
        new("Monitoring", MonitoringTexts.Messages, MonitoringTexts.Get),
        new("Monitoring boundaries", BoundaryTexts.Messages, BoundaryTexts.Get),
    ];

    public Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct) =>
        services.GetRequiredService<MonitoringSeeder>().SeedAsync(ct);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoFiguresSeeder>().SeedAsync(ct);

    public IEnumerable<CliCommand> Commands => [ImportBoundariesCommand.Command];
}
