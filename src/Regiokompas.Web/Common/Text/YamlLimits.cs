using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Regiokompas.Web.Common.Text;

/// <summary>
/// Checks a YAML text against size limits by streaming its parser events, before anything builds
/// a tree: the representation model recurses once per nesting level (50,000 '[' overflow the
/// stack and kill the process) and expands aliases in full (a few hundred bytes of anchors make
/// gigabytes). The event stream needs neither, so it is safe to scan first.
/// </summary>
public static class YamlLimits
{
    /// <summary>A plan file is five levels deep; 64 leaves room for any honest file.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes after expanding every alias; the shipped plans have a few thousand.</summary>
    public const long MaxNodes = 200_000;

    public const int MaxAliases = 1_000;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The first limit the text breaks, with its line and column; null when it keeps them all.</summary>
    public static YamlLimitProblem? Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<(string? Anchor, long NodesBefore)>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0;
        var aliases = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            switch (e)
            {
                case AnchorAlias alias:
                    if (++aliases > MaxAliases)
                        return new(e.Start, $"Het bestand gebruikt meer dan {MaxAliases} verwijzingen (aliassen, '*naam')");
                    // An alias of an anchor still open refers to itself; YamlDotNet rejects it later, count it as one node.
                    nodes += anchorSizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty) anchorSizes[scalar.Anchor.Value] = 1;
                    break;
                case NodeEvent start and (MappingStart or SequenceStart):
                    nodes++;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, nodes));
                    if (open.Count > MaxDepth)
                        return new(e.Start, $"Het bestand is dieper genest dan {MaxDepth} niveaus");
                    break;
                case MappingEnd or SequenceEnd:
                    var (anchor, before) = open.Pop();
                    if (anchor is not null) anchorSizes[anchor] = nodes - before + 1;
                    break;
            }
            if (nodes > MaxNodes)
                return new(e.Start, $"Het bestand wordt met zijn verwijzingen (aliassen) meer dan {MaxNodes.ToString("N0", Dutch)} elementen groot");
        }
        return null;
    }
}

/// <summary>A broken limit and where; line and column as a text editor counts them (from 1).</summary>
public sealed record YamlLimitProblem(Mark Where, string Message)
{
    public int Line => (int)Where.Line;
    public int Column => (int)Where.Column;
}
