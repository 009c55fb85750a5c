using System.Globalization;
using System.Text;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>A problem in an editable word list, by line, with a stable code.</summary>
public sealed record ListProblem(int Line, string Code, string Text);

/// <summary>
/// Lay words residents type, mapped to the words the directory uses. One rule per line:
/// <c>dokter, huisdokter =&gt; huisarts</c> (one way) or <c>mantelzorger, zorgt voor naaste</c> (all equal).
/// Lines starting with # are comments. Matching ignores case and accents.
/// </summary>
public sealed class SynonymList
{
    private readonly Dictionary<string, HashSet<string>> _expansions = new(StringComparer.Ordinal);

    public IReadOnlyList<SynonymRule> Rules { get; }
    public IReadOnlyList<ListProblem> Problems { get; }

    private SynonymList(List<SynonymRule> rules, List<ListProblem> problems)
    {
        Rules = rules;
        Problems = problems;
        foreach (var rule in rules)
        foreach (var from in rule.From)
        {
            if (!_expansions.TryGetValue(from, out var set)) _expansions[from] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(rule.To);
        }
    }

    public static SynonymList Parse(string text)
    {
        var rules = new List<SynonymRule>();
        var problems = new List<ListProblem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var from = Terms(line[..arrow]);
                var to = Terms(line[(arrow + 2)..]);
                if (from.Count == 0 || to.Count == 0) { problems.Add(new(i + 1, "synonyms.empty-side", line)); continue; }
                rules.Add(new SynonymRule(from, to));
            }
            else
            {
                var group = Terms(line);
                if (group.Count < 2) { problems.Add(new(i + 1, "synonyms.single-term", line)); continue; }
                rules.Add(new SynonymRule(group, group));
            }
        }
        return new SynonymList(rules, problems);
    }

    /// <summary>The words a term stands for, including itself, normalised.</summary>
    public IReadOnlySet<string> Expand(string term)
    {
        var key = TextNormaliser.Normalise(term);
        var result = new HashSet<string>(StringComparer.Ordinal) { key };
        if (_expansions.TryGetValue(key, out var more)) result.UnionWith(more);
        return result;
    }

    private static List<string> Terms(string part) =>
        part.Split(',').Select(TextNormaliser.Normalise).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}

public sealed record SynonymRule(IReadOnlyList<string> From, IReadOnlyList<string> To);

/// <summary>
/// Jargon with a plain alternative, one per line: <c>indicatie = toestemming voor zorg</c>.
/// The key may be a phrase; it matches whole words, ignoring case.
/// </summary>
public sealed class JargonList
{
    public IReadOnlyDictionary<string, string> Entries { get; }
    public IReadOnlyList<ListProblem> Problems { get; }

    private JargonList(Dictionary<string, string> entries, List<ListProblem> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public static readonly JargonList Empty = new([], []);

    public static JargonList Parse(string text)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<ListProblem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var eq = line.IndexOf('=');
            if (eq <= 0 || eq == line.Length - 1) { problems.Add(new(i + 1, "jargon.missing-alternative", line)); continue; }
            var word = TextNormaliser.Normalise(line[..eq]);
            var plain = line[(eq + 1)..].Trim();
            if (word.Length == 0 || plain.Length == 0) { problems.Add(new(i + 1, "jargon.missing-alternative", line)); continue; }
            if (!entries.TryAdd(word, plain)) problems.Add(new(i + 1, "jargon.duplicate", line));
        }
        return new JargonList(entries, problems);
    }
}

/// <summary>Lower case without accents and with single spaces: "Eénzaam " and "eenzaam" are one word.</summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            sb.Append(c);
            lastWasSpace = false;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
