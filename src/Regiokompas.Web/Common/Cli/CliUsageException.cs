namespace Regiokompas.Web.Common.Cli;

/// <summary>A command used wrongly (missing option, unknown key): printed with the help text, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
