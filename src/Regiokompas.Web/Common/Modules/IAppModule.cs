using Regiokompas.Web.Common.Cli;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Modules;

/// <summary>
/// What a module adds to the shared host besides its services and routes: its text registries,
/// its start-up seeding and its command-line commands. Common finds modules through this
/// interface (see <see cref="AppModules"/>), so it never names one (ADR-001).
/// </summary>
public interface IAppModule
{
    /// <summary>Seeding order, lowest first: the plan comes before what refers to it.</summary>
    int Order { get; }

    /// <summary>The module's user-facing texts, looked up through <see cref="TextRegistry"/>.</summary>
    IEnumerable<TextModule> Texts => [];

    /// <summary>Seeds shipped data on every start; never overwrites what users changed since.</summary>
    Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Adds fictitious demo data (only with --demo), after the demo users exist.</summary>
    Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The module's word for one of its enum values (audit trail, reports), or null when it is not the module's.</summary>
    string? LabelOf(Enum value) => null;

    /// <summary>The module's administrative commands.</summary>
    IEnumerable<CliCommand> Commands => [];
}
