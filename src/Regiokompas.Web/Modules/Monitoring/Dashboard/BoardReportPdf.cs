using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Localization;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

/// <summary>The board report as an A4 PDF (PDFsharp): the same report object as the page, so the same numbers.</summary>
public static class BoardReportPdf
{
    public static string PeriodName(Period p) => p.Label(Texts.IsEnglish);

    public static string Summary(BoardReport r) =>
        T($"Van de {r.Results.Count} resultaten zijn er {r.Totals[ResultStatus.Achieved]} gehaald en {r.Totals[ResultStatus.OnTrack]} op koers; {r.Totals[ResultStatus.AtRisk]} lopen risico en {r.Totals[ResultStatus.OffTrack]} zijn niet op koers. Van {r.Totals[ResultStatus.NoData]} is de stand niet te bepalen.",
          $"Of the {r.Results.Count} results, {r.Totals[ResultStatus.Achieved]} are achieved and {r.Totals[ResultStatus.OnTrack]} on track; {r.Totals[ResultStatus.AtRisk]} are at risk and {r.Totals[ResultStatus.OffTrack]} off track. For {r.Totals[ResultStatus.NoData]} the status cannot be determined.");

    public static string Title(BoardReport r) => $"{T("Voortgangsrapportage", "Progress report")} {r.Region.Name}";

    public static byte[] Write(BoardReport r)
    {
        ReportFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = Title(r);
        document.Info.Subject = $"{T("Periode", "Period")} {PeriodName(r.Period)}";
        document.Info.Creator = "Regiokompas";
        var pdf = new PdfLayout(document);

        pdf.Heading(Title(r), 18);
        pdf.Paragraph($"{T("Periode", "Period")}: {PeriodName(r.Period)} ({T("stand", "as of")} {Date(r.Period.End)}). " +
                      T("Gemaakt met Regiokompas uit de gepubliceerde cijfers.", "Made with Regiokompas from the published figures."), muted: true);
        if (r.PlanVersionLine is { } version) pdf.Paragraph(version, muted: true);
        if (r.DemoNotice is { } demo) pdf.Paragraph(demo);

        pdf.Heading(T("Samenvatting", "Summary"), 13);
        pdf.Paragraph(Summary(r));
        pdf.Table([T("Status", "Status"), T("Aantal resultaten", "Number of results")], [3, 1],
            RegionModel.Order.Select(s => new[] { MonitoringTexts.StatusName(s), Count(r.Totals[s]) }).ToList());

        pdf.Heading(T("Stand per onderdeel", "Status per part"), 13);
        foreach (var pillar in r.Pillars)
        {
            pdf.Heading(pillar.PillarName, 11);
            pdf.Paragraph(string.Join(", ", RegionModel.Order.Select(s => $"{MonitoringTexts.StatusName(s)} {pillar.Counts[s]}")), muted: true);
            pdf.Table([T("Resultaat", "Result"), T("Status", "Status"), T("Laatste cijfer", "Latest figure")], [5, 2, 1.4],
                r.Results.Where(x => x.PillarKey == pillar.PillarKey)
                    .Select(x => new[] { x.Title, x.StatusName, x.Points.Count == 0 ? "–" : MonitoringTexts.PeriodLabel(x.Points[^1].Period) }).ToList());
        }

        pdf.Heading(T("Resultaten die aandacht vragen", "Results that need attention"), 13);
        if (r.NeedAttention.Count == 0) pdf.Paragraph(T("Geen.", "None."));
        foreach (var a in r.NeedAttention)
        {
            pdf.Heading($"{a.Title} ({a.StatusName})", 10.5);
            pdf.Paragraph(a.Explanation);
            foreach (var story in r.Stories[a.ResultKey]) pdf.Paragraph($"“{story.Text}”", indent: 14, muted: true);
        }

        pdf.Heading(T($"Veranderd sinds {PeriodName(r.Previous)}", $"Changed since {PeriodName(r.Previous)}"), 13);
        if (r.Changes.Count == 0) pdf.Paragraph(T("Geen veranderingen in status.", "No changes in status."));
        else
            pdf.Table([T("Resultaat", "Result"), T("Was", "Was"), T("Nu", "Now")], [5, 1.6, 1.6],
                r.Changes.Select(c => new[] { c.Now.Title, MonitoringTexts.StatusName(Enum.Parse<ResultStatus>(c.Before)), c.Now.StatusName }).ToList());

        pdf.Heading(T("Actualiteit van de cijfers", "How current the figures are"), 13);
        pdf.Paragraph(T($"Stand op {Date(r.FreshnessAsOf)}. Organisaties die achterlopen staan bovenaan.",
            $"As of {Date(r.FreshnessAsOf)}. Organisations that are behind come first."), muted: true);
        pdf.Table([T("Organisatie", "Organisation"), T("Indicatoren", "Indicators"), T("Niet aangeleverd", "Not submitted"), T("Laatst aangeleverd", "Last submitted")],
            [3.2, 1.2, 1.4, 1.8],
            r.Freshness.Select(o => new[]
            {
                o.OrganisationName, Count(o.Indicators.Count), Count(o.Behind),
                o.LastSubmittedUtc is { } at ? Date(DateOnly.FromDateTime(at)) : T("nog nooit", "never"),
            }).ToList(),
            highlight: row => r.Freshness[row].IsBehind && r.Freshness[row].OrganisationKey is not null);

        pdf.Heading(T("Betrokkenheid van partners", "Partner engagement"), 13);
        pdf.Table([T("Onderdeel", "Part"), T($"Actief (laatste {DashboardQueries.EngagementDays} dagen)", $"Active (last {DashboardQueries.EngagementDays} days)")], [4, 2],
            r.Engagement.Select(e => new[] { e.PillarName, T($"{e.Active} van {e.Partners} partners", $"{e.Active} of {e.Partners} partners") }).ToList());

        pdf.Finish(T("Pagina {0} van {1}", "Page {0} of {1}"), Title(r));
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A small flowing layout on A4 pages: headings, wrapped paragraphs and tables whose rows never
/// split across pages and whose header repeats on the next page.
/// </summary>
internal sealed class PdfLayout
{
    private const double Margin = 56; // about 2 cm
    private const double FooterSpace = 28;
    private static readonly XColor Rule = XColor.FromArgb(190, 190, 190);
    private static readonly XColor HeaderFill = XColor.FromArgb(232, 236, 242);
    private static readonly XColor BehindFill = XColor.FromArgb(251, 228, 229);
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(80, 80, 80));

    private readonly PdfDocument _document;
    private XGraphics _gfx = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfLayout(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    private double Width => _page.Width.Point - 2 * Margin;
    private double Bottom => _page.Height.Point - Margin - FooterSpace;

    private static XFont Font(double size, bool bold = false) =>
        new(ReportFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, ReportFonts.Options);

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private void Room(double height)
    {
        if (_y + height > Bottom && _y > Margin) NewPage();
    }

    public void Heading(string text, double size)
    {
        var font = Font(size, bold: true);
        var lines = Wrap(text, font, Width);
        var lineHeight = size * 1.3;
        // A heading is kept with at least two lines of what follows it.
        Room(size * 0.8 + lines.Count * lineHeight + 30);
        _y += size * 0.8;
        foreach (var line in lines)
        {
            _gfx.DrawString(line, font, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            _y += lineHeight;
        }
        _y += 2;
    }

    public void Paragraph(string text, double indent = 0, bool muted = false)
    {
        var font = Font(10);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Room(14);
            _gfx.DrawString(line, font, muted ? Muted : XBrushes.Black, Margin + indent, _y, XStringFormats.TopLeft);
            _y += 14;
        }
        _y += 4;
    }

    public void Table(string[] header, double[] weights, IReadOnlyList<string[]> rows, Func<int, bool>? highlight = null)
    {
        var widths = weights.Select(w => w / weights.Sum() * Width).ToArray();
        var headerFont = Font(9.5, bold: true);
        var font = Font(9.5);
        const double pad = 4, lineHeight = 12.5;

        double RowHeight(string[] cells, XFont f) =>
            cells.Select((c, i) => Wrap(c, f, widths[i] - 2 * pad).Count).Max() * lineHeight + 2 * pad;

        void DrawRow(string[] cells, XFont f, XColor? fill)
        {
            var height = RowHeight(cells, f);
            if (fill is { } color) _gfx.DrawRectangle(new XSolidBrush(color), Margin, _y, Width, height);
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var y = _y + pad;
                foreach (var line in Wrap(cells[i], f, widths[i] - 2 * pad))
                {
                    _gfx.DrawString(line, f, XBrushes.Black, x + pad, y, XStringFormats.TopLeft);
                    y += lineHeight;
                }
                x += widths[i];
            }
            _y += height;
            _gfx.DrawLine(new XPen(Rule, 0.5), Margin, _y, Margin + Width, _y);
        }

        Room(RowHeight(header, headerFont) + (rows.Count > 0 ? RowHeight(rows[0], font) : 0));
        DrawRow(header, headerFont, HeaderFill);
        for (var r = 0; r < rows.Count; r++)
        {
            if (_y + RowHeight(rows[r], font) > Bottom)
            {
                NewPage();
                DrawRow(header, headerFont, HeaderFill);
            }
            DrawRow(rows[r], font, highlight?.Invoke(r) == true ? BehindFill : null);
        }
        _y += 8;
    }

    /// <summary>Writes "page n of m" and the title at the foot of every page, once the page count is known.</summary>
    public void Finish(string pageFormat, string title)
    {
        _gfx.Dispose();
        var font = Font(8);
        for (var i = 0; i < _document.PageCount; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin;
            gfx.DrawString(title, font, Muted, Margin, y, XStringFormats.TopLeft);
            gfx.DrawString(string.Format(CultureInfo.InvariantCulture, pageFormat, i + 1, _document.PageCount), font, Muted,
                page.Width.Point - Margin, y, XStringFormats.TopRight);
        }
    }

    /// <summary>Greedy word wrap by measured width; a word longer than the line is cut.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_gfx.MeasureString(candidate, font).Width <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (line.Length > 1 && _gfx.MeasureString(line, font).Width > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }
}

/// <summary>
/// DejaVu Sans shipped inside the app (Assets/Fonts, embedded resources), so the PDF looks the
/// same on a server without any system fonts. Text is written WinAnsi-encoded: every Dutch letter
/// fits, and the text stays searchable and testable.
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public static readonly XPdfFontOptions Options = new(PdfFontEncoding.WinAnsi);
    private static readonly Lock Gate = new();

    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not ReportFonts) GlobalFontSettings.FontResolver = new ReportFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every request gets DejaVu Sans: there is no other font to fall back on.
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream($"fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
