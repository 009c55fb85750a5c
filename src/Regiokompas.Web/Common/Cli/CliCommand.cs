namespace Regiokompas.Web.Common.Cli;

/// <summary>
/// One administrative command. <paramref name="CheckFirstAsync"/> may refuse bad input before the
/// database is opened or migrated (null: go on); <paramref name="Usage"/> is its lines in the help text.
/// </summary>
public sealed record CliCommand(
    string Name,
    string Usage,
    Func<IServiceProvider, CliOptions, Task<int>> RunAsync,
    Func<CliOptions, Task<int?>>? CheckFirstAsync = null);
