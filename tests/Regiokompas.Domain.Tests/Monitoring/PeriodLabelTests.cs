using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class PeriodLabelTests
{
    [Theory]
    [InlineData("2025JJ00", "2025", "2025")]
    [InlineData("2026KW03", "3e kwartaal 2026", "3rd quarter 2026")]
    [InlineData("2026KW01", "1e kwartaal 2026", "1st quarter 2026")]
    [InlineData("2026KW02", "2e kwartaal 2026", "2nd quarter 2026")]
    [InlineData("2026KW04", "4e kwartaal 2026", "4th quarter 2026")]
    [InlineData("2026MM11", "november 2026", "November 2026")]
    [InlineData("2024MM03", "maart 2024", "March 2024")]
    [InlineData("2026-09-30", "30 september 2026", "30 September 2026")]
    public void A_period_reads_as_words(string code, string dutch, string english)
    {
        Period.Parse(code).Label().ShouldBe(dutch);
        Period.Parse(code).Label(english: true).ShouldBe(english);
        Period.LabelOf(code).ShouldBe(dutch);
    }

    [Theory]
    [InlineData("2024Q3", "3e kwartaal 2024")]
    [InlineData("2024-11", "november 2024")]
    public void Any_accepted_form_reads_the_same(string text, string label) => Period.LabelOf(text).ShouldBe(label);

    [Fact]
    public void Text_that_is_not_a_period_is_left_alone()
    {
        Period.LabelOf("geen periode").ShouldBe("geen periode");
        Period.LabelOf(null).ShouldBe("");
    }
}
