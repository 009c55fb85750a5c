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
        new("Monitoring regiobeeld", Regiobeeld.RegiobeeldTexts.Messages, Regiobeeld.RegiobeeldTexts.Get),
    ];

    public async Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct)
    {
        await services.GetRequiredService<MonitoringSeeder>().SeedAsync(ct);
        // Real published CBS figures come with every start, demo or not.
        await services.GetRequiredService<Connectors.CbsFiguresSeeder>().SeedAsync(ct);
    }

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoFiguresSeeder>().SeedAsync(ct);

    public IEnumerable<CliCommand> Commands =>
        [ImportBoundariesCommand.Command, Indicators.IndicatorCli.Export, Indicators.IndicatorCli.Import, Connectors.CbsCli.Command];
}
