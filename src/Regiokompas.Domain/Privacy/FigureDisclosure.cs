namespace Regiokompas.Domain.Privacy;

/// <summary>
/// One published figure as disclosure control sees it: the number of people behind it (the
/// numerator, or the value of a count) and, for a share, the population it is a share of.
/// </summary>
public sealed record DisclosureFigure(string Area, string Period, DateOnly PeriodStart, string AgeGroup, double? Count, double? Denominator);

/// <summary>An area that is the sum of smaller ones, such as a region of its municipalities.</summary>
public sealed record AreaSum(string Total, IReadOnlyList<string> Parts);

/// <summary>
/// Builds the sums an outsider may assume between the figures of one indicator, and hides what
/// must be hidden. Assumed, to be safe: a region is the sum of those of its municipalities that
/// have a figure; the total age group is the sum of the other age groups; for a cumulative
/// indicator, a figure is the previous figure of the same year plus what was added since.
/// Numerator and denominator are hidden together with the value, as one cell.
/// </summary>
public static class FigureDisclosure
{
    public static IReadOnlyList<DisclosureReason> Protect(IReadOnlyList<DisclosureFigure> figures, IReadOnlyList<AreaSum> areaSums,
        string totalAgeGroup, bool cumulative, DisclosureControl control)
    {
        var table = new DisclosureTable(layers: 2);
        var index = new Dictionary<(string Area, string Period, string AgeGroup), int>();
        foreach (var f in figures) index[(f.Area, f.Period, f.AgeGroup)] = table.AddCell([f.Count, f.Denominator]);

        // A figure that was never sent still exists in truth: it joins the sums as an unknown, so a
        // chain through it (say, its age groups) is not overlooked.
        var periods = figures.Select(f => (f.Period, f.PeriodStart)).Distinct().ToList();
        var ageGroups = figures.Select(f => f.AgeGroup).Distinct().ToList();
        var cube = areaSums.SelectMany(s => s.Parts.Append(s.Total)).Distinct().ToList();
        var all = new List<(string Area, string Period, DateOnly Start, string AgeGroup)>(
            figures.Select(f => (f.Area, f.Period, f.PeriodStart, f.AgeGroup)));
        foreach (var area in cube)
        foreach (var (period, start) in periods)
        foreach (var ageGroup in ageGroups)
        {
            if (index.ContainsKey((area, period, ageGroup))) continue;
            index[(area, period, ageGroup)] = table.AddCell([null, null], published: false);
            all.Add((area, period, start, ageGroup));
        }
        int Cell(string area, string period, string ageGroup) => index[(area, period, ageGroup)];

        foreach (var (period, _) in periods)
        foreach (var ageGroup in ageGroups)
        foreach (var sum in areaSums)
        for (var layer = 0; layer < 2; layer++)
            table.AddSum(layer, Cell(sum.Total, period, ageGroup), sum.Parts.Select(a => Cell(a, period, ageGroup)));

        if (ageGroups.Contains(totalAgeGroup) && ageGroups.Count > 1)
        {
            foreach (var group in all.GroupBy(f => (f.Area, f.Period)))
            {
                if (!index.ContainsKey((group.Key.Area, group.Key.Period, totalAgeGroup))) continue;
                var parts = ageGroups.Where(g => g != totalAgeGroup && index.ContainsKey((group.Key.Area, group.Key.Period, g)))
                    .Select(g => Cell(group.Key.Area, group.Key.Period, g)).ToList();
                for (var layer = 0; layer < 2; layer++) table.AddSum(layer, Cell(group.Key.Area, group.Key.Period, totalAgeGroup), parts);
            }
        }
        if (cumulative)
        {
            // Year to date: what was added in a period is never published, but may not be small and derivable either.
            foreach (var series in all.GroupBy(f => (f.Area, f.AgeGroup, f.Start.Year)))
            {
                var ordered = series.OrderBy(f => f.Start).Select(f => Cell(f.Area, f.Period, f.AgeGroup)).ToList();
                for (var k = 1; k < ordered.Count; k++)
                {
                    var added = table.Count(ordered[k], 0) is { } a && table.Count(ordered[k - 1], 0) is { } b ? a - b : (double?)null;
                    var increment = table.AddCell([added, null], published: false);
                    table.AddSum(0, ordered[k], [ordered[k - 1], increment]);
                }
            }
        }
        return control.Protect(table).Take(figures.Count).ToList();
    }
}
