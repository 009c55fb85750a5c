using System.Globalization;
using System.Text;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

public sealed record PdfLine(string Text, double Size = 10, bool Bold = false, double SpaceBefore = 0);

/// <summary>
/// A small text-only PDF writer (A4, Helvetica from the standard 14 fonts, so nothing to embed or
/// install). Enough for a board report of sentences and short lists; uncompressed, so tests can read it.
/// </summary>
public static class SimplePdf
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 56;

    public static byte[] Write(string title, IEnumerable<PdfLine> lines)
    {
        var pages = Layout(lines.SelectMany(Wrap).ToList());
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // pages, filled below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            $"<< /Title ({Escape(title)}) /Producer (Regiokompas) >>",
        };
        var kids = new List<int>();
        foreach (var content in pages)
        {
            objects.Add($"<< /Length {Encode(content).Length} >>\nstream\n{content}\nendstream");
            var contentId = objects.Count;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] " +
                        $"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {contentId} 0 R >>");
            kids.Add(objects.Count);
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";

        using var output = new MemoryStream();
        void Put(string s) { var b = Encode(s); output.Write(b); }
        Put("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Put($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = output.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Put($"{o:D10} 00000 n \n");
        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Breaks long lines at spaces; Helvetica averages about half its size per character.</summary>
    private static IEnumerable<PdfLine> Wrap(PdfLine line)
    {
        var max = (int)((PageWidth - 2 * Margin) / (line.Size * 0.5));
        var words = line.Text.Split(' ');
        var current = new StringBuilder();
        var first = true;
        foreach (var word in words)
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > max)
            {
                yield return line with { Text = current.ToString(), SpaceBefore = first ? line.SpaceBefore : 0 };
                first = false;
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        yield return line with { Text = current.ToString(), SpaceBefore = first ? line.SpaceBefore : 0 };
    }

    private static List<string> Layout(List<PdfLine> lines)
    {
        var pages = new List<string>();
        var page = new StringBuilder();
        var y = PageHeight - Margin;
        foreach (var line in lines)
        {
            var height = line.Size * 1.35 + line.SpaceBefore;
            if (y - height < Margin && page.Length > 0)
            {
                pages.Add(page.ToString());
                page.Clear();
                y = PageHeight - Margin;
            }
            y -= height;
            page.Append(CultureInfo.InvariantCulture,
                $"BT /{(line.Bold ? "F2" : "F1")} {line.Size:0.#} Tf {Margin:0.#} {y:0.##} Td ({Escape(line.Text)}) Tj ET\n");
        }
        if (page.Length > 0 || pages.Count == 0) pages.Add(page.ToString());
        return pages;
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");

    /// <summary>WinAnsi (Windows-1252) bytes: Latin-1 as is, a few typographic signs mapped, the rest '?'.</summary>
    private static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] switch
            {
                '€' => 0x80, '…' => 0x85, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94, '–' => 0x96, '—' => 0x97,
                '→' => (byte)'>',
                var c when c <= '\u00ff' => (byte)c,
                _ => (byte)'?',
            };
        }
        return bytes;
    }
}
