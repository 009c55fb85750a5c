using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class MeasurementValidatorTests
{
    private static readonly DateOnly Today = new(2025, 11, 26);
    private static readonly TestCatalogue Catalogue = new();

    private static ValidationResult Validate(params MeasurementRow[] rows) => MeasurementValidator.Validate(rows, Catalogue, Today);

    private static IEnumerable<string> Problems(ValidationResult result) =>
        result.Problems.Select(p => $"{p.Line}:{p.Field}:{p.Code}");

    [Fact]
    public void A_good_row_becomes_a_measurement_with_a_fitted_period()
    {
        var result = Validate(new MeasurementRow(2, " ACP-75plus ", "gm0193", "2025-08-15", "12,5", Note: " eerste meting "));
        result.IsValid.ShouldBeTrue();
        var row = result.Rows.ShouldHaveSingleItem();
        row.Key.ShouldBe(new MeasurementKey("acp-75plus", "GM0193", "2025KW03", "totaal"));
        row.Period.Code.ShouldBe("2025KW03");
        row.Value.ShouldBe(12.5);
        row.Note.ShouldBe("eerste meting");
        row.Indicator.ShouldBeSameAs(TestCatalogue.AcpShare);
    }

    [Fact]
    public void The_value_is_computed_from_numerator_and_denominator_with_the_factor()
    {
        var row = Validate(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW02", null, "150", "1200")).Rows.Single();
        row.Value.ShouldBe(12.5);
        row.Numerator.ShouldBe(150);
        row.Denominator.ShouldBe(1200);
    }

    [Fact]
    public void A_given_value_must_match_its_fraction_up_to_rounding()
    {
        Validate(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW02", "12.5", "150", "1200")).IsValid.ShouldBeTrue();
        // 155 / 1200 = 12.917%: a source that rounds to one decimal sends 12.9, which is fine; 13 is not
        Validate(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW02", "12,9", "155", "1200")).Rows.Single().Value.ShouldBe(12.9);
        Validate(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW02", "13", "155", "1200")).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_value_that_contradicts_its_fraction_is_refused()
    {
        var result = Validate(new MeasurementRow(4, "acp-75plus", "GM0193", "2025KW02", "20", "150", "1200"));
        Problems(result).ShouldBe(["4:value:monitoring.value-fraction-mismatch"]);
        result.Problems[0].Arguments.ShouldBe([20.0, 12.5]);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_with_line_and_field()
    {
        var result = Validate(
            new MeasurementRow(2, "onbekend", "GM0193", "2025KW01", "1"),
            new MeasurementRow(3, "acp-75plus", "GM9999", "2025KW01", "1"),
            new MeasurementRow(4, "acp-75plus", "GM0193", "2025MM01", "1"),
            new MeasurementRow(5, "acp-75plus", "GM0193", "2025KW01", "101"),
            new MeasurementRow(6, "acp-75plus", "GM0193", "2025KW02", null, "130", "120"),
            new MeasurementRow(7, "acp-75plus", "GM0148", "2025KW01", "10"),
            new MeasurementRow(8, "acp-75plus", "gm0148", "2025-02-01", "11"),
            new MeasurementRow(9, "acp-75plus", "GM0148", "2025KW05", "abc"),
            new MeasurementRow(10, "", "", "", ""));

        Problems(result).ShouldBe([
            "2:indicator:monitoring.indicator-unknown",
            "3:area:monitoring.area-unknown",
            "4:period:monitoring.period-frequency-mismatch",
            "5:value:monitoring.percentage-above-100",
            "6:numerator:monitoring.numerator-above-denominator",
            "8:period:monitoring.duplicate-row",
            "9:period:monitoring.period-invalid",
            "9:value:monitoring.number-invalid",
            "10:indicator:monitoring.field-required",
            "10:area:monitoring.field-required",
            "10:period:monitoring.field-required",
        ]);
        result.Rows.ShouldBeEmpty(); // all or nothing
        result.Problems.Single(p => p.Line == 8).Arguments.ShouldBe([7]);
        result.Problems.Single(p => p.Line == 2).Arguments.ShouldBe(["onbekend"]);
        result.Problems.Single(p => p.Line == 4).Arguments.ShouldBe(["2025MM01", Frequency.Quarterly]);
    }

    [Fact]
    public void The_same_figure_for_another_age_group_is_not_a_duplicate()
    {
        var result = Validate(
            new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW01", "10"),
            new MeasurementRow(3, "acp-75plus", "GM0193", "2025KW01", "10", AgeGroup: "85+"),
            new MeasurementRow(4, "acp-75plus", "GM0193", "2025KW01", "10", AgeGroup: "60-64"));
        Problems(result).ShouldBe(["4:age_group:monitoring.age-group-unknown"]);
    }

    [Fact]
    public void Numerator_may_exceed_denominator_when_the_indicator_is_not_a_share()
    {
        var row = Validate(new MeasurementRow(2, "ggz-gesprekken-per-praktijk", "GM0193", "2025KW01", null, "480", "24")).Rows.Single();
        row.Value.ShouldBe(20);
    }

    [Fact]
    public void A_fraction_needs_both_parts_a_nonzero_denominator_and_an_indicator_that_has_one()
    {
        Problems(Validate(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW01", null, "10", null)))
            .ShouldBe(["2:denominator:monitoring.field-required"]);
        Problems(Validate(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW01", null, "0", "0")))
            .ShouldBe(["2:denominator:monitoring.denominator-zero"]);
        Problems(Validate(new MeasurementRow(2, "inwoners", "GM0193", "2024JJ00", "100", "1", "2")))
            .ShouldBe(["2:numerator:monitoring.fraction-not-defined"]);
        Problems(Validate(new MeasurementRow(2, "inwoners", "GM0193", "2024JJ00", null)))
            .ShouldBe(["2:value:monitoring.field-required"]);
    }

    [Fact]
    public void Negative_counts_and_future_periods_are_refused()
    {
        Problems(Validate(new MeasurementRow(2, "inwoners", "GM0193", "2024", "-5")))
            .ShouldBe(["2:value:monitoring.number-negative"]);
        Problems(Validate(new MeasurementRow(2, "inwoners", "GM0193", "2026JJ00", "5")))
            .ShouldBe(["2:period:monitoring.period-in-future"]);
        Problems(Validate(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW04", "5")))
            .ShouldBeEmpty(); // the running quarter may be reported
    }

    [Fact]
    public void An_area_level_the_indicator_does_not_split_by_is_refused()
    {
        Problems(Validate(new MeasurementRow(2, "acp-75plus", "WK019301", "2025KW01", "5")))
            .ShouldBe(["2:area:monitoring.area-level-not-allowed"]);
        Validate(new MeasurementRow(2, "inwoners", "NL01", "2024JJ00", "17942942")).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_long_note_is_refused()
    {
        Problems(Validate(new MeasurementRow(2, "inwoners", "GM0193", "2024JJ00", "5", Note: new string('x', 1001))))
            .ShouldBe(["2:note:monitoring.note-too-long"]);
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("12,5", 12.5)]
    [InlineData(" 7 ", 7)]
    [InlineData("-3", -3)]
    [InlineData("1000", 1000)]
    public void Numbers_are_read_with_a_point_or_a_dutch_comma(string text, double expected)
    {
        MeasurementValidator.TryParseNumber(text, out var number).ShouldBeTrue();
        number.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234,5")]
    [InlineData("12a")]
    [InlineData("NaN")]
    [InlineData("1e5")]
    public void Ambiguous_or_odd_numbers_are_refused(string text) =>
        MeasurementValidator.TryParseNumber(text, out _).ShouldBeFalse();
}
