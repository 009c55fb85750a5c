using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Domain.Tests.CareDirectory;

public class B1CheckerTests
{
    private static readonly JargonList Jargon = JargonList.Parse("""
        # jargon = plain words
        indicatie = toestemming voor zorg
        eerste lijn = huisarts, wijkverpleging en andere zorg dichtbij
        GGZ = hulp bij psychische problemen
        """);

    private readonly B1Checker _checker = new(Jargon);

    [Fact]
    public void Plain_short_text_has_no_warnings() =>
        _checker.Check("Voelt u zich alleen? Kom koffie drinken in het buurthuis. Iedereen is welkom.").ShouldBeEmpty();

    [Fact]
    public void Empty_text_has_no_warnings() => _checker.Check("  ").ShouldBeEmpty();

    [Fact]
    public void Sentence_over_twenty_words_is_reported_with_its_word_count()
    {
        var longSentence = string.Join(' ', Enumerable.Repeat("woord", 23)) + ". Kort.";
        var warning = _checker.Check(longSentence).ShouldHaveSingleItem();
        warning.Code.ShouldBe(B1Checker.SentenceTooLong);
        warning.Count.ShouldBe(23);
    }

    [Fact]
    public void Sentence_limit_is_configurable()
    {
        var strict = new B1Checker(JargonList.Empty, new B1Options(MaxSentenceWords: 5));
        strict.Check("Wij helpen u graag met uw vragen.").Single().Code.ShouldBe(B1Checker.SentenceTooLong);
        strict.Check("Wij helpen u graag.").ShouldBeEmpty();
    }

    [Fact]
    public void Long_word_is_reported_once()
    {
        var warnings = _checker.Check("De ervaringsdeskundige helpt. De ervaringsdeskundige luistert.");
        var warning = warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(B1Checker.LongWord);
        warning.Fragment.ShouldBe("ervaringsdeskundige");
        warning.Count.ShouldBe(7);
    }

    [Theory]
    [InlineData("huis", 1)]
    [InlineData("eenzaamheid", 3)]
    [InlineData("vrijwilligers", 4)]
    [InlineData("schuldhulpverlening", 5)]
    [InlineData("ervaringsdeskundige", 7)]
    public void Syllables_are_counted_as_vowel_groups(string word, int expected) =>
        B1Checker.Syllables(word).ShouldBe(expected);

    [Fact]
    public void Jargon_is_reported_with_its_plain_alternative_also_as_phrase_and_in_other_case()
    {
        var warnings = _checker.Check("Voor deze hulp is geen Indicatie nodig. U kunt ook naar de eerste lijn.");
        warnings.Select(w => (w.Code, w.Fragment, w.Suggestion)).ShouldBe(
            [
                (B1Checker.Jargon, "indicatie", "toestemming voor zorg"),
                (B1Checker.Jargon, "eerste lijn", "huisarts, wijkverpleging en andere zorg dichtbij"),
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Jargon_matches_whole_words_only() =>
        _checker.Check("De indicaties komen later.").ShouldBeEmpty();

    [Fact]
    public void Unknown_abbreviation_is_reported_but_a_listed_one_only_as_jargon()
    {
        var warnings = _checker.Check("Vraag het aan de POH of de GGZ.");
        warnings.Count.ShouldBe(2);
        warnings.ShouldContain(w => w.Code == B1Checker.Abbreviation && w.Fragment == "POH");
        warnings.ShouldContain(w => w.Code == B1Checker.Jargon && w.Fragment == "ggz");
    }

    [Fact]
    public void Sentences_split_on_end_marks_and_new_lines() =>
        B1Checker.Sentences("Een. Twee? Drie!\nVier").ShouldBe(["Een.", "Twee?", "Drie!", "Vier"]);
}
