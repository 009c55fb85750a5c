using Regiokompas.Domain.Monitoring;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.Monitoring.Dashboard;

/// <summary>The board report as PDF: the same report object as the page, so the same numbers.</summary>
public static class BoardReportPdf
{
    public static string PeriodName(Period p) =>
        p.Kind == PeriodKind.Year ? p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : T($"{p.Number}e kwartaal {p.Year}", $"Q{p.Number} {p.Year}");

    public static string Summary(BoardReport r) =>
        T($"Van de {r.Results.Count} resultaten zijn er {r.Totals[ResultStatus.Achieved]} gehaald en {r.Totals[ResultStatus.OnTrack]} op koers; {r.Totals[ResultStatus.AtRisk]} lopen risico en {r.Totals[ResultStatus.OffTrack]} zijn niet op koers. Van {r.Totals[ResultStatus.NoData]} is de stand niet te bepalen.",
          $"Of the {r.Results.Count} results, {r.Totals[ResultStatus.Achieved]} are achieved and {r.Totals[ResultStatus.OnTrack]} on track; {r.Totals[ResultStatus.AtRisk]} are at risk and {r.Totals[ResultStatus.OffTrack]} off track. For {r.Totals[ResultStatus.NoData]} the status cannot be determined.");

    public static byte[] Write(BoardReport r)
    {
        var title = $"{T("Voortgangsrapportage", "Progress report")} {r.Region.Name}";
        var lines = new List<PdfLine>
        {
            new(title, 18, Bold: true),
            new($"{T("Periode", "Period")}: {PeriodName(r.Period)} ({T("stand", "as of")} {Date(r.Period.End)})", 10, SpaceBefore: 4),
            new(T("Samenvatting", "Summary"), 13, Bold: true, SpaceBefore: 14),
            new(Summary(r), 10, SpaceBefore: 2),
            new(T("Stand per onderdeel", "Status per part"), 13, Bold: true, SpaceBefore: 14),
        };
        foreach (var p in r.Pillars)
            lines.Add(new($"{p.PillarName}: " + string.Join(", ", RegionModel.Order.Select(s => $"{MonitoringTexts.StatusName(s)} {p.Counts[s]}")), 10, SpaceBefore: 2));

        lines.Add(new(T("Resultaten die aandacht vragen", "Results that need attention"), 13, Bold: true, SpaceBefore: 14));
        if (r.NeedAttention.Count == 0) lines.Add(new(T("Geen.", "None."), 10));
        foreach (var a in r.NeedAttention)
        {
            lines.Add(new($"{a.Title} ({a.StatusName})", 10, Bold: true, SpaceBefore: 6));
            lines.Add(new(a.Explanation, 10));
            foreach (var story in r.Stories[a.ResultKey]) lines.Add(new($"“{story.Text}”", 10));
        }

        lines.Add(new(T($"Veranderd sinds {PeriodName(r.Previous)}", $"Changed since {PeriodName(r.Previous)}"), 13, Bold: true, SpaceBefore: 14));
        if (r.Changes.Count == 0) lines.Add(new(T("Geen veranderingen in status.", "No changes in status."), 10));
        foreach (var c in r.Changes)
            lines.Add(new($"{c.Now.Title}: {MonitoringTexts.StatusName(Enum.Parse<ResultStatus>(c.Before))} → {c.Now.StatusName}", 10, SpaceBefore: 2));

        lines.Add(new(T("Actualiteit van de cijfers", "How current the figures are"), 13, Bold: true, SpaceBefore: 14));
        foreach (var f in r.Freshness)
            lines.Add(new($"{f.IndicatorName}: {f.LatestPeriod ?? "–"}{(f.UpToDate ? "" : T(" (niet bij)", " (behind)"))}", 10, SpaceBefore: 2));
        return SimplePdf.Write(title, lines);
    }
}
