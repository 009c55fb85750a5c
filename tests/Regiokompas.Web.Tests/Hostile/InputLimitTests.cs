using Regiokompas.Web.Common.Text;
using System.Text;
using ImportProblem = Regiokompas.Domain.Monitoring.ImportProblem;
using Regiokompas.Web.Common.Http;
using Regiokompas.Web.Modules.CareDirectory.Hsds;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Tests.Plan;

namespace Regiokompas.Web.Tests.Hostile;

/// <summary>The parsers' limits on their own, without a server: each would crash or stall the test process without its limit.</summary>
public class InputLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Fifty_thousand_brackets_are_refused_before_the_yaml_tree_is_built()
    {
        // Without the limit this overflows the stack in YamlDotNet and ends the test process.
        var result = PlanFileReader.Read("haken.yaml", new string('[', 50_000));
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Line.ShouldBe(1);
        problem.Message.ShouldBe($"Het bestand is dieper genest dan {YamlLimits.MaxDepth} niveaus (regel 1, kolom 65); er is niets ingelezen.");
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_its_aliases_are_expanded()
    {
        // Without the limit this grows past 3 GB and ends in OutOfMemoryException.
        var bomb = Encoding.UTF8.GetString(HostileFiles.AliasBomb());
        bomb.Length.ShouldBeLessThan(500);
        var problem = PlanFileReader.Read("bom.yaml", bomb).Problems.ShouldHaveSingleItem();
        problem.Message.ShouldStartWith("Het bestand wordt met zijn verwijzingen (aliassen) meer dan 200.000 elementen groot (regel ");
        problem.Message.ShouldContain("regel ");
        problem.Message.ShouldContain("kolom ");
    }

    [Fact]
    public void Many_aliases_are_refused_even_when_each_is_small()
    {
        var yaml = "a: &a x\nb: [" + string.Join(",", Enumerable.Repeat("*a", YamlLimits.MaxAliases + 1)) + "]\n";
        YamlLimits.Check(yaml)!.Message.ShouldBe($"Het bestand gebruikt meer dan {YamlLimits.MaxAliases} verwijzingen (aliassen, '*naam')");
    }

    [Theory]
    [InlineData("ijssel-vecht")]
    [InlineData("flevoland")]
    public void The_shipped_plans_keep_well_within_the_yaml_limits(string region) =>
        YamlLimits.Check(File.ReadAllText(PlanFileReaderTests.SeedPath(region))).ShouldBeNull();

    [Theory]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x0A }, "input.not-utf8", 1)]           // Latin-1 é
    [InlineData(new byte[] { 0x61, 0x0A, 0xED, 0xA0, 0x80 }, "input.not-utf8", 2)]           // lone surrogate
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "input.not-utf8", 1)]                 // UTF-16 BOM
    [InlineData(new byte[] { 0x61, 0x0A, 0x0A, 0x62, 0x00 }, "input.control-char", 3)]       // NUL
    [InlineData(new byte[] { 0x61, 0xE2, 0x80, 0xAE, 0x62 }, "input.control-char", 1)]       // U+202E right-to-left override
    public void Text_that_is_not_clean_utf8_is_refused_with_its_line(byte[] bytes, string code, int line)
    {
        var (text, problem) = StrictText.Decode(bytes);
        text.ShouldBeNull();
        problem!.Code.ShouldBe(code);
        problem.Line.ShouldBe(line);
    }

    [Fact]
    public void Utf8_with_and_without_bom_is_read_as_is()
    {
        StrictText.Decode("Café;\t17,3\r\n"u8).Text.ShouldBe("Café;\t17,3\r\n");
        StrictText.Decode([0xEF, 0xBB, 0xBF, .. "Café"u8]).Text.ShouldBe("Café");
        StrictText.Decode("Café\u200F"u8).Text.ShouldBe("Café\u200F"); // a right-to-left mark is ordinary text
    }

    [Fact]
    public async Task The_checking_stream_stops_at_the_first_bad_byte_and_passes_only_whole_lines()
    {
        var good = string.Concat(Enumerable.Repeat("regel met é en 😀\n", 10_000));
        var bytes = Encoding.UTF8.GetBytes(good).Concat(new byte[] { 0x41, 0xE9, 0x0A, 0x42 }).ToArray();
        var checking = new Utf8CheckingStream(new TrickleStream(bytes, 7));
        using var reader = new StreamReader(checking, StrictText.Utf8);
        (await reader.ReadToEndAsync(Ct)).ShouldBe(good);
        checking.Problem!.Code.ShouldBe("input.not-utf8");
        checking.Problem.Line.ShouldBe(10_001);
    }

    [Fact]
    public async Task A_misspelt_header_an_unquoted_decimal_comma_and_an_empty_file_are_problems_with_their_line()
    {
        (await ReadAsync("indicatr,area,period,value\nzelftriage,ijssel-vecht,2025KW01,12\n"))
            .ShouldContain(p => p.Code == "monitoring.csv-column-unknown" && p.Line == 1 && p.Field == "indicatr");
        var comma = (await ReadAsync("indicator,area,period,value\nzelftriage,ijssel-vecht,2025KW01,17,3\n")).ShouldHaveSingleItem();
        (comma.Code, comma.Line).ShouldBe(("csv.decimal-comma", 2));
        comma.Arguments.ShouldContain("17,3");
        (await ReadAsync("indicator;area;period;value\nzelftriage;ijssel-vecht;2025KW01;17,3\n")).ShouldBeEmpty();
        (await ReadAsync("indicator,area,period,value\nzelftriage,ijssel-vecht,2025KW01\n")).ShouldHaveSingleItem().Code.ShouldBe("csv.field-count");
        (await ReadAsync("")).ShouldHaveSingleItem().Code.ShouldBe("input.empty");
        (await ReadAsync("indicator,area,period,value\n")).ShouldHaveSingleItem().Code.ShouldBe("input.no-rows");
    }

    private static async Task<List<ImportProblem>> ReadAsync(string csv)
    {
        var problems = new List<ImportProblem>();
        await LongFormatCsvReader.ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), problems, Ct);
        return problems;
    }

    [Fact]
    public void A_zip_bomb_is_stopped_while_inflating_without_trusting_its_headers()
    {
        var bomb = HostileFiles.ZipBomb(200L * 1024 * 1024);
        bomb.Length.ShouldBeLessThan(400 * 1024);
        var (_, problems) = TabularHsds.FromZip(new MemoryStream(bomb));
        problems.ShouldHaveSingleItem().Message.ShouldBe($"'services.csv' in het zip-bestand is meer dan {TabularHsds.Limits.MaxRatio} keer gecomprimeerd; zo'n bestand wordt niet uitgepakt.");
    }

    [Fact]
    public void A_zip_with_too_many_entries_or_too_much_in_total_is_refused()
    {
        var many = HostileFiles.ZipBytes(Enumerable.Range(0, 101).Select(i => ($"t{i}.csv", "id\n1\n"u8.ToArray())).ToArray());
        Should.Throw<ZipLimitExceeded>(() => BoundedZip.ReadEntries(new MemoryStream(many), TabularHsds.Limits, _ => true).ToList())
            .Message.ShouldBe("Het zip-bestand bevat meer dan 100 bestanden.");
        var random = new byte[600 * 1024];
        new Random(9).NextBytes(random);
        var big = HostileFiles.ZipBytes(("a.csv", random), ("b.csv", random));
        Should.Throw<ZipLimitExceeded>(() => BoundedZip.ReadEntries(new MemoryStream(big), new ZipLimits(10, 1024 * 1024, 100), _ => true).ToList())
            .Message.ShouldBe("Het zip-bestand pakt uit tot meer dan 1 MB.");
    }

    [Fact]
    public void A_duplicated_id_in_a_tabular_package_names_file_line_and_id()
    {
        var org = Guid.NewGuid();
        var zip = HostileFiles.Zip(("organizations.csv", $"id,name,description\n{org},Org,Org\n{org},Org twee,Org\n"),
            ("services.csv", $"id,organization_id,name,status\n{Guid.NewGuid()},{org},Dienst,active\n"));
        var (_, problems) = TabularHsds.FromZip(new MemoryStream(zip));
        problems.ShouldHaveSingleItem().Message.ShouldBe($"organizations.csv regel 3: id '{org}' staat al op regel 2.");
    }

    /// <summary>Hands out a few bytes per read, so characters are split across reads as on a slow connection.</summary>
    private sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(step, buffer.Length)]);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            base.ReadAsync(buffer[..Math.Min(step, buffer.Length)], ct);
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(step, count));
    }
}
