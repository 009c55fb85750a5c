using System.Text.RegularExpressions;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>One thing that makes a text harder than B1. The code is stable; the page turns it into advice.</summary>
public sealed record B1Warning(string Code, string Fragment, string? Suggestion = null, int Count = 0);

public sealed record B1Options(int MaxSentenceWords = 20, int MaxWordSyllables = 5, int MaxWordLetters = 20)
{
    public static readonly B1Options Default = new();
}

/// <summary>
/// A quick plain-language check for editors while they type. It warns, it never blocks: the
/// rules of thumb (short sentences, short words, no jargon or abbreviations) have exceptions.
/// </summary>
public sealed partial class B1Checker(JargonList jargon, B1Options? options = null)
{
    public const string SentenceTooLong = "b1.sentence-too-long";
    public const string LongWord = "b1.long-word";
    public const string Jargon = "b1.jargon";
    public const string Abbreviation = "b1.abbreviation";

    private readonly B1Options _options = options ?? B1Options.Default;

    public IReadOnlyList<B1Warning> Check(string? text)
    {
        var warnings = new List<B1Warning>();
        if (string.IsNullOrWhiteSpace(text)) return warnings;

        foreach (var sentence in Sentences(text))
        {
            var words = Words(sentence);
            if (words.Count > _options.MaxSentenceWords)
                warnings.Add(new B1Warning(SentenceTooLong, Shorten(sentence), Count: words.Count));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (!seen.Add(word)) continue;
            if (IsAbbreviation(word) && !jargon.Entries.ContainsKey(TextNormaliser.Normalise(word)))
                warnings.Add(new B1Warning(Abbreviation, word));
            else if (Syllables(word) > _options.MaxWordSyllables || word.Length > _options.MaxWordLetters)
                warnings.Add(new B1Warning(LongWord, word, Count: Syllables(word)));
        }

        var normalised = " " + string.Join(' ', Words(text).Select(TextNormaliser.Normalise)) + " ";
        foreach (var (term, plain) in jargon.Entries)
            if (normalised.Contains(" " + term + " ", StringComparison.Ordinal))
                warnings.Add(new B1Warning(Jargon, term, plain));

        // Jargon explains a long word better than "long word" does.
        var jargonTerms = warnings.Where(w => w.Code == Jargon).Select(w => w.Fragment).ToHashSet(StringComparer.Ordinal);
        warnings.RemoveAll(w => w.Code == LongWord && jargonTerms.Contains(TextNormaliser.Normalise(w.Fragment)));
        return warnings;
    }

    /// <summary>Vowel groups, with "ij" as one vowel: close enough for Dutch to spot long words.</summary>
    public static int Syllables(string word)
    {
        var w = TextNormaliser.Normalise(word).Replace("ij", "i", StringComparison.Ordinal);
        return Math.Max(1, VowelGroups().Matches(w).Count);
    }

    public static IReadOnlyList<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToList();

    private static bool IsAbbreviation(string word) =>
        word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word.Any(char.IsLetter);

    private static string Shorten(string sentence) => sentence.Length <= 80 ? sentence : sentence[..77] + "...";

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroups();
}
