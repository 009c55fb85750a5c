using System.Text;
using System.Text.RegularExpressions;
using Regiokompas.Web.Modules.Monitoring.Dashboard;

namespace Regiokompas.Web.Tests.Monitoring;

public class SimplePdfTests
{
    [Fact]
    public void Every_xref_offset_points_at_its_object_and_long_text_flows_onto_more_pages()
    {
        var lines = Enumerable.Range(1, 120).Select(i => new PdfLine($"Regel {i}: bij dit tempo komt het aandeel op 14% eind 2025 (doel 20%) – € 5", 10)).ToList();
        var bytes = SimplePdf.Write("Proef", lines);
        var text = Encoding.Latin1.GetString(bytes);

        var startxref = int.Parse(Regex.Match(text, @"startxref\n(\d+)\n%%EOF\n$").Groups[1].Value);
        text[startxref..].ShouldStartWith("xref\n0 ");
        var entries = Regex.Matches(text[startxref..], @"(\d{10}) 00000 n ").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        entries.Count.ShouldBeGreaterThan(5);
        for (var i = 0; i < entries.Count; i++) text[entries[i]..].ShouldStartWith($"{i + 1} 0 obj\n");

        Regex.Match(text, @"/Count (\d+)").Groups[1].Value.ShouldBe("3"); // 120 lines of 13.5 pt on A4
        foreach (Match stream in Regex.Matches(text, @"<< /Length (\d+) >>\nstream\n"))
        {
            var length = int.Parse(stream.Groups[1].Value);
            text.Substring(stream.Index + stream.Length + length, 10).ShouldBe("\nendstream");
        }
        text.ShouldContain("(Regel 120: bij dit tempo komt het aandeel op 14% eind 2025 \\(doel 20%\\) \x96 \x80 5) Tj");
    }
}
