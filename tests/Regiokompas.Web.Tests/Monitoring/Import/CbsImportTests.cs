using System.Globalization;
using System.Text;
using System.Text.Json;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Import;

namespace Regiokompas.Web.Tests.Monitoring.Import;

/// <summary>The CBS importers on the real open-data files (see shared/data/open/PROVENANCE.md).</summary>
public class CbsImportTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly string ODataFolder = "cbs-odata4-03759ned-bevolking";

    private static readonly Dictionary<string, string> AllPeople = new()
    {
        ["Geslacht"] = "T001038", ["Leeftijd"] = "10000", ["BurgerlijkeStaat"] = "T001019",
    };

    private static readonly CbsTableMapping Population = new("03759ned",
    [
        new("inwoners", "M000352", AllPeople),
        new("inwoners-gemiddeld", "M000365", AllPeople),
    ]);

    private static async Task<(List<MeasurementRow> Rows, CbsReadCounts Counts)> ReadOData()
    {
        var counts = new CbsReadCounts();
        await using var file = OpenData.Open(ODataFolder, "observations-page-1.json");
        var page = await CbsODataReader.ReadPageAsync(file, Population, counts, ImportTestCatalogue.Follows, TestContext.Current.CancellationToken);
        page.NextLink.ShouldBeNull();
        return ([.. page.Rows], counts);
    }

    [Fact]
    public async Task OData_observations_of_03759ned_load_for_the_followed_areas()
    {
        var (rows, counts) = await ReadOData();
        counts.Observations.ShouldBe(13568);
        counts.Selected.ShouldBe(225);        // 15 areas × 8 years × 2 measures, less the unknown 2026 average
        counts.WithoutValue.ShouldBe(15);     // ValueAttribute "Impossible"
        counts.OtherArea.ShouldBe(13568 - 240);
        rows.Count.ShouldBe(225);

        var result = MeasurementValidator.Validate(rows, new ImportTestCatalogue(), Today);
        result.Problems.ShouldBeEmpty();
        double Get(string indicator, string area, string period) =>
            result.Rows.Single(r => r.Key == new MeasurementKey(indicator, area, period, Indicator.TotalAgeGroup)).Value;

        Get("inwoners", "NL01", "2026JJ00").ShouldBe(18130208);
        Get("inwoners", "GM0034", "2024JJ00").ShouldBe(226500);
        Get("inwoners", "GM0193", "2023JJ00").ShouldBe(132411);
        Get("inwoners-gemiddeld", "GM0193", "2025JJ00").ShouldBe(133978.5);
        ImportTestCatalogue.IJsselVecht.Sum(gm => Get("inwoners", gm, "2026JJ00")).ShouldBe(392605);
        ImportTestCatalogue.Flevoland.Sum(gm => Get("inwoners", gm, "2023JJ00")).ShouldBe(444701);
        rows.First().Note.ShouldBe("CBS 03759ned");
    }

    [Fact]
    public async Task Without_an_area_filter_former_municipalities_are_named_as_unknown()
    {
        var counts = new CbsReadCounts();
        await using var file = OpenData.Open(ODataFolder, "observations-page-1.json");
        var page = await CbsODataReader.ReadPageAsync(file, Population, counts, ct: TestContext.Current.CancellationToken);
        counts.Selected.ShouldBe(2879 + 2524);
        var result = MeasurementValidator.Validate(page.Rows, new ImportTestCatalogue(), Today);
        result.Rows.ShouldBeEmpty();
        result.Problems.ShouldAllBe(p => p.Code == "monitoring.area-unknown" || p.Code == "monitoring.area-level-not-allowed");
        result.Problems.Count.ShouldBe(2879 + 2524 - 225);
    }

    [Fact]
    public async Task The_csv_layout_gives_the_same_figures_as_odata()
    {
        // The dataportal CSV has the OData fields as columns; build it from the real OData page.
        var csv = new StringBuilder("Id;Measure;ValueAttribute;Value;StringValue;BurgerlijkeStaat;Geslacht;Leeftijd;RegioS;Perioden\n");
        using (var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(OpenData.File(ODataFolder, "observations-page-1.json"), TestContext.Current.CancellationToken)))
        {
            foreach (var o in doc.RootElement.GetProperty("value").EnumerateArray())
            {
                var value = o.GetProperty("Value") is { ValueKind: JsonValueKind.Number } v
                    ? v.GetDouble().ToString("R", CultureInfo.InvariantCulture).Replace('.', ',') : "";
                csv.Append(CultureInfo.InvariantCulture,
                    $"{o.GetProperty("Id").GetInt32()};{o.GetProperty("Measure").GetString()};{o.GetProperty("ValueAttribute").GetString()};{value};;")
                   .Append(CultureInfo.InvariantCulture,
                    $"{o.GetProperty("BurgerlijkeStaat").GetString()};{o.GetProperty("Geslacht").GetString()};{o.GetProperty("Leeftijd").GetString()};\"{o.GetProperty("RegioS").GetString()}  \";{o.GetProperty("Perioden").GetString()}\n");
            }
        }

        var counts = new CbsReadCounts();
        var problems = new List<ImportProblem>();
        var csvRows = new List<MeasurementRow>();
        await foreach (var row in CbsCsvReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), Population, counts, problems,
                           ImportTestCatalogue.Follows, TestContext.Current.CancellationToken))
            csvRows.Add(row);

        problems.ShouldBeEmpty();
        counts.Selected.ShouldBe(225);
        var fromCsv = MeasurementValidator.Validate(csvRows, new ImportTestCatalogue(), Today).Rows.Select(r => (r.Key, r.Value));
        var (odataRows, _) = await ReadOData();
        var fromOData = MeasurementValidator.Validate(odataRows, new ImportTestCatalogue(), Today).Rows.Select(r => (r.Key, r.Value));
        fromCsv.ShouldBe(fromOData);
    }

    [Fact]
    public async Task The_csv_layout_names_missing_columns()
    {
        var problems = new List<ImportProblem>();
        await foreach (var _ in CbsCsvReader.ReadAsync(new MemoryStream("Id;Measure;Value;Perioden\n1;M000352;5;2024JJ00\n"u8.ToArray()),
                           Population, new CbsReadCounts(), problems, ct: TestContext.Current.CancellationToken)) { }
        problems.ShouldHaveSingleItem().Field.ShouldBe("RegioS");
    }

    [Fact]
    public async Task Key_figures_2023_load_population_and_share_65_plus_and_skip_the_foreign_pseudo_municipality()
    {
        var mapping = new WideCsvMapping("gemeentecode",
            [new("inwoners", "aantalInwoners"), new("aandeel-65plus", "percentagePersonen65JaarEnOuder")], PeriodColumn: "jaar");
        var counts = new CbsReadCounts();
        var problems = new List<ImportProblem>();
        var rows = new List<MeasurementRow>();
        await using (var file = OpenData.Open("cbs-wijkenbuurten-gemeenten", "gemeenten_2023_kerncijfers.csv"))
            await foreach (var row in WideCsvReader.ReadAsync(file, mapping, counts, problems, ct: TestContext.Current.CancellationToken))
                rows.Add(row);

        problems.ShouldBeEmpty();
        counts.Observations.ShouldBe(343 * 2);
        counts.WithoutValue.ShouldBe(2); // GM0998 Buitenland has no figures
        rows.Where(r => r.Indicator == "inwoners").Sum(r => double.Parse(r.Value!, CultureInfo.InvariantCulture)).ShouldBe(17811291);

        var followed = rows.Where(r => ImportTestCatalogue.Follows(r.Area!)).ToList();
        var result = MeasurementValidator.Validate(followed, new ImportTestCatalogue(), Today);
        result.Problems.ShouldBeEmpty();
        result.Rows.Single(r => r.Key.AreaCode == "GM0193" && r.Indicator.Code == "inwoners").Value.ShouldBe(132411);
        result.Rows.Single(r => r.Key.AreaCode == "GM0193" && r.Indicator.Code == "aandeel-65plus").Value.ShouldBe(17);
        result.Rows.Single(r => r.Key.AreaCode == "GM0034" && r.Indicator.Code == "aandeel-65plus").Period.Code.ShouldBe("2023JJ00");
    }

    [Fact]
    public async Task Key_figures_2022_count_land_parts_only()
    {
        var mapping = new WideCsvMapping("gemeentecode", [new("inwoners", "aantalInwoners")], PeriodColumn: "jaar",
            RowFilter: new Dictionary<string, string> { ["water"] = "NEE" });
        var rows = new List<MeasurementRow>();
        var problems = new List<ImportProblem>();
        await using (var file = OpenData.Open("cbs-wijkenbuurten-gemeenten", "gemeenten_2022_kerncijfers.csv"))
            await foreach (var row in WideCsvReader.ReadAsync(file, mapping, new CbsReadCounts(), problems, ct: TestContext.Current.CancellationToken))
                rows.Add(row);

        rows.Count.ShouldBe(345);
        rows.Sum(r => double.Parse(r.Value!, CultureInfo.InvariantCulture)).ShouldBe(17590672);
        rows.Single(r => r.Area == "GM0034").Value.ShouldBe("217828"); // not the water part's -99999999
        MeasurementValidator.Validate(rows.Where(r => ImportTestCatalogue.Follows(r.Area!)), new ImportTestCatalogue(), Today)
            .Rows.Count.ShouldBe(14);
    }

    [Fact]
    public async Task Age_groups_2020_sum_columns_into_80_plus_despite_the_mangled_header()
    {
        var mapping = new WideCsvMapping("Gemeentecode", [new("inwoners-80plus", ["80-89", "90+"]), new("inwoners-10-19", "10-19")],
            FixedPeriod: "2020JJ00");
        var rows = new List<MeasurementRow>();
        var problems = new List<ImportProblem>();
        await using (var file = OpenData.Open("cbs-bevolking-2020-leeftijdsgroepen", "municipalities-population-agegroup.csv"))
            await foreach (var row in WideCsvReader.ReadAsync(file, mapping, new CbsReadCounts(), problems, ImportTestCatalogue.Follows,
                               TestContext.Current.CancellationToken))
                rows.Add(row);

        problems.ShouldBeEmpty(); // "okt-19" was read as "10-19"
        rows.Single(r => r.Area == "GM0193" && r.Indicator == "inwoners-80plus").Value.ShouldBe("5075"); // 4169 + 906
        rows.Single(r => r.Area == "GM0193" && r.Indicator == "inwoners-10-19").Value.ShouldBe("15618");
        rows.Count.ShouldBe(28);
    }

    [Theory]
    [InlineData("okt-19", "10-19")]
    [InlineData("OKT-19", "10-19")]
    [InlineData("jan-09", "1-09")]
    [InlineData("20-29", "20-29")]
    [InlineData("\uFEFFname", "name")]
    public void Spreadsheet_mangled_age_ranges_are_repaired(string header, string repaired) =>
        WideCsvReader.RepairHeader(header).ShouldBe(repaired);

    [Fact]
    public async Task A_wide_file_without_a_mapped_column_names_it()
    {
        var problems = new List<ImportProblem>();
        var mapping = new WideCsvMapping("gemeentecode", [new("inwoners", "aantalInwoners")], FixedPeriod: "2023");
        await foreach (var _ in WideCsvReader.ReadAsync(new MemoryStream("gemeentecode,inwoners\nGM0193,1\n"u8.ToArray()), mapping,
                           new CbsReadCounts(), problems, ct: TestContext.Current.CancellationToken)) { }
        problems.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.Field.ShouldBe("aantalInwoners"), p => p.Code.ShouldBe("monitoring.csv-column-missing"));
    }
}
