using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Domain.Tests.CareDirectory;

public class WordListTests
{
    [Fact]
    public void One_way_rule_expands_lay_word_but_not_back()
    {
        var list = SynonymList.Parse("dokter, huisdokter => huisarts\nschulden => geldzorgen, schuldhulp");
        list.Problems.ShouldBeEmpty();
        list.Expand("Dokter").ShouldBe(["dokter", "huisarts"], ignoreOrder: true);
        list.Expand("huisdokter").ShouldBe(["huisdokter", "huisarts"], ignoreOrder: true);
        list.Expand("schulden").ShouldBe(["schulden", "geldzorgen", "schuldhulp"], ignoreOrder: true);
        list.Expand("huisarts").ShouldBe(["huisarts"]);
    }

    [Fact]
    public void Group_rule_makes_all_words_equal()
    {
        var list = SynonymList.Parse("eenzaam, alleen, eenzaamheid");
        list.Expand("alleen").ShouldBe(["eenzaam", "alleen", "eenzaamheid"], ignoreOrder: true);
        list.Expand("eenzaamheid").ShouldContain("eenzaam");
    }

    [Fact]
    public void Accents_case_and_spaces_are_ignored()
    {
        var list = SynonymList.Parse("Geen  geld => Geldzorgen");
        list.Expand("geen geld").ShouldContain("geldzorgen");
        TextNormaliser.Normalise("  Één   Café ").ShouldBe("een cafe");
    }

    [Fact]
    public void Bad_lines_are_reported_with_line_number_and_the_rest_is_kept()
    {
        var list = SynonymList.Parse("# comment\n\n=> huisarts\nalleen\nbieb => bibliotheek");
        list.Problems.Select(p => (p.Line, p.Code)).ShouldBe([(3, "synonyms.empty-side"), (4, "synonyms.single-term")]);
        list.Rules.Count.ShouldBe(1);
        list.Expand("bieb").ShouldContain("bibliotheek");
    }

    [Fact]
    public void Jargon_list_reports_missing_alternatives_and_duplicates()
    {
        var list = JargonList.Parse("indicatie = toestemming\nmantelzorg\nINDICATIE = iets anders\nwmo =");
        list.Entries.Count.ShouldBe(1);
        list.Entries["indicatie"].ShouldBe("toestemming");
        list.Problems.Select(p => (p.Line, p.Code)).ShouldBe(
            [(2, "jargon.missing-alternative"), (3, "jargon.duplicate"), (4, "jargon.missing-alternative")]);
    }
}
