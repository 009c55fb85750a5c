using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class PeriodTests
{
    [Theory]
    [InlineData("2024JJ00", PeriodKind.Year, "2024-01-01", "2024-12-31", "2024JJ00")]
    [InlineData("2024KW03", PeriodKind.Quarter, "2024-07-01", "2024-09-30", "2024KW03")]
    [InlineData("2024kw01", PeriodKind.Quarter, "2024-01-01", "2024-03-31", "2024KW01")]
    [InlineData("2024MM11", PeriodKind.Month, "2024-11-01", "2024-11-30", "2024MM11")]
    [InlineData("2024MM02", PeriodKind.Month, "2024-02-01", "2024-02-29", "2024MM02")]
    [InlineData(" 2025 ", PeriodKind.Year, "2025-01-01", "2025-12-31", "2025JJ00")]
    [InlineData("2025Q4", PeriodKind.Quarter, "2025-10-01", "2025-12-31", "2025KW04")]
    [InlineData("2025-Q2", PeriodKind.Quarter, "2025-04-01", "2025-06-30", "2025KW02")]
    [InlineData("2025-03", PeriodKind.Month, "2025-03-01", "2025-03-31", "2025MM03")]
    [InlineData("2025-03-31", PeriodKind.Day, "2025-03-31", "2025-03-31", "2025-03-31")]
    public void Parses_cbs_codes_and_iso_forms(string text, PeriodKind kind, string start, string end, string code)
    {
        var period = Period.Parse(text);
        period.Kind.ShouldBe(kind);
        period.Start.ShouldBe(DateOnly.Parse(start));
        period.End.ShouldBe(DateOnly.Parse(end));
        period.Code.ShouldBe(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024KW05")]
    [InlineData("2024KW00")]
    [InlineData("2024MM13")]
    [InlineData("2024MM00")]
    [InlineData("2024JJ01")]
    [InlineData("2024XX00")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("2025Q5")]
    [InlineData("25")]
    [InlineData("31-12-2025")]
    [InlineData("0999JJ00")]
    [InlineData("2024MM1")]
    public void Rejects_what_is_not_a_period(string text)
    {
        Period.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => Period.Parse(text));
    }

    [Theory]
    [InlineData("2024JJ00", Frequency.Yearly, "2024JJ00")]
    [InlineData("2024KW03", Frequency.Quarterly, "2024KW03")]
    [InlineData("2024MM11", Frequency.Monthly, "2024MM11")]
    [InlineData("2024-08-15", Frequency.Quarterly, "2024KW03")]
    [InlineData("2024-12-31", Frequency.Yearly, "2024JJ00")]
    [InlineData("2024-11-01", Frequency.Monthly, "2024MM11")]
    [InlineData("2024-11-01", Frequency.Daily, "2024-11-01")]
    public void A_period_of_the_right_kind_or_a_date_fits_the_frequency(string text, Frequency frequency, string fitted)
    {
        Period.Parse(text).TryFitTo(frequency, out var result).ShouldBeTrue();
        result.Code.ShouldBe(fitted);
    }

    [Theory]
    [InlineData("2024JJ00", Frequency.Monthly)]
    [InlineData("2024MM11", Frequency.Yearly)]
    [InlineData("2024KW03", Frequency.Monthly)]
    [InlineData("2024MM11", Frequency.Quarterly)]
    [InlineData("2024JJ00", Frequency.Daily)]
    public void A_period_of_another_kind_does_not_fit(string text, Frequency frequency) =>
        Period.Parse(text).TryFitTo(frequency, out _).ShouldBeFalse();

    [Fact]
    public void Next_and_previous_cross_year_boundaries()
    {
        Period.Parse("2024KW04").Next().Code.ShouldBe("2025KW01");
        Period.Parse("2025MM01").Previous().Code.ShouldBe("2024MM12");
        Period.Parse("2024JJ00").Next().Code.ShouldBe("2025JJ00");
        Period.Parse("2024-12-31").Next().Code.ShouldBe("2025-01-01");
    }

    [Fact]
    public void Periods_sort_by_start_with_the_longer_one_first()
    {
        var sorted = new[] { "2024MM02", "2024KW01", "2023JJ00", "2024JJ00", "2024MM01" }
            .Select(Period.Parse).Order().Select(p => p.Code).ToList();
        sorted.ShouldBe(["2023JJ00", "2024JJ00", "2024KW01", "2024MM01", "2024MM02"]);
        (Period.Parse("2024MM01") < Period.Parse("2024MM02")).ShouldBeTrue();
    }

    [Fact]
    public void Number_gives_quarter_month_and_zero_for_a_year()
    {
        Period.Parse("2024KW03").Number.ShouldBe(3);
        Period.Parse("2024MM11").Number.ShouldBe(11);
        Period.Parse("2024JJ00").Number.ShouldBe(0);
        Period.Parse("2024-02-01").Number.ShouldBe(32);
    }

    [Fact]
    public void Equal_periods_are_equal_whatever_their_spelling() =>
        Period.Parse("2025-Q4").ShouldBe(Period.Parse("2025KW04"));
}
