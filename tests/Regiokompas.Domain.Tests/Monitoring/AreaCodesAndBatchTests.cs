using Regiokompas.Domain.Monitoring;

namespace Regiokompas.Domain.Tests.Monitoring;

public class AreaCodesAndBatchTests
{
    [Theory]
    [InlineData("NL01", AreaLevel.Country)]
    [InlineData("PV24", AreaLevel.Province)]
    [InlineData("GM0193", AreaLevel.Municipality)]
    [InlineData(" gm0034 ", AreaLevel.Municipality)]
    [InlineData("WK019301", AreaLevel.District)]
    public void The_level_follows_from_a_cbs_code(string code, AreaLevel level) => AreaCodes.LevelOf(code).ShouldBe(level);

    [Theory]
    [InlineData("GM193")]
    [InlineData("GMABCD")]
    [InlineData("BU01930101")]
    [InlineData("X")]
    public void Other_codes_have_no_level(string code) => AreaCodes.LevelOf(code).ShouldBeNull();

    [Fact]
    public void A_batch_checks_rows_as_they_come_and_finds_duplicates_across_it()
    {
        var batch = new MeasurementBatch(new TestCatalogue(), new DateOnly(2025, 11, 26));
        batch.Add(new MeasurementRow(2, "inwoners", "GM0193", "2024JJ00", "132000"));
        batch.Result().Rows.Count.ShouldBe(1);
        batch.Add(new MeasurementRow(3, "inwoners", "GM0193", "2024-06-30", "132001")); // same year, as a date
        batch.RowCount.ShouldBe(2);
        batch.Result().Rows.ShouldBeEmpty();
        batch.Problems.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.Line.ShouldBe(3), p => p.Code.ShouldBe("monitoring.duplicate-row"), p => p.Arguments.ShouldBe([2]));
    }

    [Fact]
    public void A_header_problem_makes_the_whole_batch_fail()
    {
        var batch = new MeasurementBatch(new TestCatalogue(), new DateOnly(2025, 11, 26));
        batch.AddProblem(new ImportProblem(1, "period", "monitoring.csv-column-missing", "period"));
        batch.Add(new MeasurementRow(2, "inwoners", "GM0193", "2024JJ00", "132000"));
        batch.Result().IsValid.ShouldBeFalse();
        batch.Result().Rows.ShouldBeEmpty();
    }
}
