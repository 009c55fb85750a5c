using System.Text;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Import;

namespace Regiokompas.Web.Tests.Monitoring.Import;

public class LongFormatCsvReaderTests
{
    private static readonly DateOnly Today = new(2025, 11, 26);

    private static async Task<(List<MeasurementRow> Rows, List<ImportProblem> Problems)> Read(string csv, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (bom) bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        var problems = new List<ImportProblem>();
        var rows = await LongFormatCsvReader.ReadAllAsync(new MemoryStream(bytes), problems, TestContext.Current.CancellationToken);
        return (rows, problems);
    }

    [Fact]
    public async Task Reads_a_comma_separated_file_with_optional_columns()
    {
        var (rows, problems) = await Read(
            "indicator,area,period,value,numerator,denominator,age_group,note\n" +
            "acp-75plus,GM0193,2025KW01,,150,1200,,\"eerste meting, handmatig\"\n" +
            "inwoners,NL01,2024JJ00,17942942,,,,\n");
        problems.ShouldBeEmpty();
        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(new MeasurementRow(2, "acp-75plus", "GM0193", "2025KW01", null, "150", "1200", null, "eerste meting, handmatig"));
        rows[1].Line.ShouldBe(3);
        rows[1].Value.ShouldBe("17942942");
    }

    [Fact]
    public async Task Reads_a_dutch_excel_file_with_semicolons_dutch_headers_and_a_bom()
    {
        var (rows, problems) = await Read("Indicator;Gebied;Periode;Waarde;Toelichting\r\nacp-75plus;GM0193;2025-03-31;12,5;\r\n", bom: true);
        problems.ShouldBeEmpty();
        var row = rows.ShouldHaveSingleItem();
        row.Value.ShouldBe("12,5");
        row.Period.ShouldBe("2025-03-31");
        MeasurementValidator.Validate(rows, new ImportTestCatalogue(), Today).Rows.Single().Value.ShouldBe(12.5);
    }

    [Fact]
    public async Task Line_numbers_count_blank_lines_and_line_breaks_inside_quotes()
    {
        var (rows, _) = await Read("indicator,area,period,value,note\n\ninwoners,NL01,2024,1,\"twee\nregels\"\ninwoners,GM0193,2024,x,\n");
        rows.Select(r => r.Line).ShouldBe([3, 5]);
        var result = MeasurementValidator.Validate(rows, new ImportTestCatalogue(), Today);
        result.Problems.ShouldHaveSingleItem().ShouldBe(new ImportProblem(5, "value", "monitoring.number-invalid", "x"),
            new ProblemComparer());
    }

    [Fact]
    public async Task A_header_without_required_columns_or_with_unknown_ones_gives_no_rows()
    {
        var (rows, problems) = await Read("indicator,gebied,waarde,kleur\ninwoners,GM0193,1,rood\n");
        rows.ShouldBeEmpty();
        problems.Select(p => $"{p.Line}:{p.Field}:{p.Code}").ShouldBe([
            "1:kleur:monitoring.csv-column-unknown",
            "1:period:monitoring.csv-column-missing",
        ]);
    }

    [Fact]
    public async Task A_column_named_twice_is_refused()
    {
        var (_, problems) = await Read("indicator,area,period,value,waarde\n");
        problems.ShouldHaveSingleItem().Code.ShouldBe("monitoring.csv-column-twice");
    }

    [Fact]
    public async Task One_bad_line_among_good_ones_fails_the_whole_file_and_names_that_line()
    {
        var (rows, problems) = await Read(
            "indicator,area,period,value\n" +
            "inwoners,GM0193,2024,132000\n" +
            "inwoners,GM9999,2024,5\n" +
            "inwoners,GM0148,2024,41000\n");
        problems.ShouldBeEmpty();
        var result = MeasurementValidator.Validate(rows, new ImportTestCatalogue(), Today);
        result.Rows.ShouldBeEmpty();
        result.Problems.ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    private sealed class ProblemComparer : IEqualityComparer<ImportProblem>
    {
        public bool Equals(ImportProblem? x, ImportProblem? y) =>
            x!.Line == y!.Line && x.Field == y.Field && x.Code == y.Code && x.Arguments.SequenceEqual(y.Arguments);
        public int GetHashCode(ImportProblem obj) => obj.Line;
    }
}
