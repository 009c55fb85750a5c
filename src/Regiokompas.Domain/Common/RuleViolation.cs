namespace Regiokompas.Domain.Common;

/// <summary>
/// The one exception domain rules throw. The code is stable and is turned into Dutch or English
/// text at the edge (pages and API), so domain code never holds user-facing sentences.
/// </summary>
public sealed class RuleViolation(string code, params object[] arguments)
    : Exception($"Rule violated: {code}")
{
    public string Code { get; } = code;
    public object[] Arguments { get; } = arguments;
}
