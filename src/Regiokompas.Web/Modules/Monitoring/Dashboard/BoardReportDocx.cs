using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Regiokompas.Domain.Monitoring;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

/// <summary>
/// The board report as a Word file, because councils and boards edit in Word. Headings use
/// Word's heading styles (so the navigation pane works) and tables have repeating header rows.
/// </summary>
public static class BoardReportDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(BoardReport r)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = BoardReportPdf.Title(r);
            document.PackageProperties.Creator = "Regiokompas";
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Heading(BoardReportPdf.Title(r), 1));
            body.Append(Text($"{T("Periode", "Period")}: {BoardReportPdf.PeriodName(r.Period)} ({T("stand", "as of")} {Date(r.Period.End)}). " +
                             T("Gemaakt met Regiokompas uit de gepubliceerde cijfers.", "Made with Regiokompas from the published figures.")));
            if (r.PlanVersionLine is { } version) body.Append(Text(version));
            if (r.DemoNotice is { } demo) body.Append(Text(demo));

            body.Append(Heading(T("Samenvatting", "Summary"), 2));
            body.Append(Text(BoardReportPdf.Summary(r)));
            body.Append(Table([T("Status", "Status"), T("Aantal resultaten", "Number of results")],
                RegionModel.Order.Select(s => new[] { MonitoringTexts.StatusName(s), Count(r.Totals[s]) })));

            body.Append(Heading(T("Stand per onderdeel", "Status per part"), 2));
            foreach (var pillar in r.Pillars)
            {
                body.Append(Heading(pillar.PillarName, 3));
                body.Append(Text(string.Join(", ", RegionModel.Order.Select(s => $"{MonitoringTexts.StatusName(s)} {pillar.Counts[s]}"))));
                body.Append(Table([T("Resultaat", "Result"), T("Status", "Status"), T("Laatste cijfer", "Latest figure")],
                    r.Results.Where(x => x.PillarKey == pillar.PillarKey)
                        .Select(x => new[] { x.Title, x.StatusName, x.Points.Count == 0 ? "–" : MonitoringTexts.PeriodLabel(x.Points[^1].Period) })));
            }

            body.Append(Heading(T("Resultaten die aandacht vragen", "Results that need attention"), 2));
            if (r.NeedAttention.Count == 0) body.Append(Text(T("Geen.", "None.")));
            foreach (var a in r.NeedAttention)
            {
                body.Append(Heading($"{a.Title} ({a.StatusName})", 3));
                body.Append(Text(a.Explanation));
                foreach (var story in r.Stories[a.ResultKey]) body.Append(Text($"“{story.Text}”", "Quote"));
            }

            body.Append(Heading(T($"Veranderd sinds {BoardReportPdf.PeriodName(r.Previous)}", $"Changed since {BoardReportPdf.PeriodName(r.Previous)}"), 2));
            if (r.Changes.Count == 0) body.Append(Text(T("Geen veranderingen in status.", "No changes in status.")));
            else
                body.Append(Table([T("Resultaat", "Result"), T("Was", "Was"), T("Nu", "Now")],
                    r.Changes.Select(c => new[] { c.Now.Title, MonitoringTexts.StatusName(Enum.Parse<ResultStatus>(c.Before)), c.Now.StatusName })));

            body.Append(Heading(T("Actualiteit van de cijfers", "How current the figures are"), 2));
            body.Append(Text(T($"Stand op {Date(r.FreshnessAsOf)}. Organisaties die achterlopen staan bovenaan.",
                $"As of {Date(r.FreshnessAsOf)}. Organisations that are behind come first.")));
            body.Append(Table([T("Organisatie", "Organisation"), T("Indicatoren", "Indicators"), T("Niet aangeleverd", "Not submitted"), T("Laatst aangeleverd", "Last submitted")],
                r.Freshness.Select(o => new[]
                {
                    o.OrganisationName, Count(o.Indicators.Count), Count(o.Behind),
                    o.LastSubmittedUtc is { } at ? Date(DateOnly.FromDateTime(at)) : T("nog nooit", "never"),
                })));

            body.Append(Heading(T("Betrokkenheid van partners", "Partner engagement"), 2));
            body.Append(Table([T("Onderdeel", "Part"), T($"Actief (laatste {DashboardQueries.EngagementDays} dagen)", $"Active (last {DashboardQueries.EngagementDays} days)")],
                r.Engagement.Select(e => new[] { e.PillarName, T($"{e.Active} van {e.Partners} partners", $"{e.Active} of {e.Partners} partners") })));

            // A4 portrait with 2 cm margins (twentieths of a point).
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new Text(text)));

    private static Paragraph Text(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableLook { FirstRow = true, NoHorizontalBand = true, NoVerticalBand = true }));
        // The header row repeats on every page and is marked as such for screen readers.
        table.Append(Row(header, isHeader: true));
        foreach (var row in rows) table.Append(Row(row, isHeader: false));
        return table;
    }

    private static TableRow Row(string[] cells, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader) row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (isHeader) run.PrependChild(new RunProperties(new Bold()));
            row.Append(new DocumentFormat.OpenXml.Wordprocessing.TableCell(new Paragraph(run)));
        }
        return row;
    }

    /// <summary>Word's own style ids (Heading1…3, Quote) with an outline level each, plus a bordered table style.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "22" }, new Languages { Val = "nl-NL" })),
                new ParagraphPropertiesDefault(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            HeadingStyle(1, "36"), HeadingStyle(2, "28"), HeadingStyle(3, "24"),
            new Style(new StyleName { Val = "Quote" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "567" }),
                new StyleRunProperties(new Italic(), new Color { Val = "404040" })) { Type = StyleValues.Paragraph, StyleId = "Quote" },
            new Style(new StyleName { Val = "Report Table" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" })),
                new TableStyleProperties(new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Fill = "E8ECF2" })) { Type = TableStyleOverrideValues.FirstRow })
            { Type = StyleValues.Table, StyleId = "ReportTable" });
        part.Styles = styles;
        part.Styles.Save();
    }

    private static Style HeadingStyle(int level, string halfPoints) =>
        new(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = "80" },
                new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints }, new Color { Val = "1F3864" }))
        { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };
}
