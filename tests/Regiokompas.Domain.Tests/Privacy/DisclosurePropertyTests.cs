using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Regiokompas.Domain.Privacy;

namespace Regiokompas.Domain.Tests.Privacy;

/// <summary>
/// Random small counts in random regions, periods and age groups, cumulative or not: after
/// disclosure control, no hidden small count and no small increment of a cumulative series may
/// follow from what is shown by any linear combination of the true sums. The check below is
/// written apart from the one in <see cref="DisclosureControl"/>: it compares ranks over exact
/// integers, with unpublished (missing) figures as unknowns.
/// </summary>
public sealed class DisclosurePropertyTests
{
    private const string Total = "totaal";
    private const int Cases = 600;
    private static readonly int[] CountChoices = [0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 9, 12, 25, 60];

    public sealed record Scenario(int Municipalities, int Years, int Quarters, int AgeGroups, bool Cumulative, int MissingPercent, int Seed)
    {
        public override string ToString() =>
            $"{Municipalities} municipalities, {Years}×{Quarters} quarters, {AgeGroups} age groups, cumulative {Cumulative}, {MissingPercent}% missing, seed {Seed}";
    }

    private sealed record Cell(string Area, int Year, int Quarter, string AgeGroup, double Count, double Denominator)
    {
        public string Period => $"{Year}Q{Quarter}";
    }

    private static int _ran, _hiddenChecked, _complementary, _increments;

    [Fact]
    public void No_hidden_small_count_can_be_recovered_by_linear_combination()
    {
        var gen =
            from m in Gen.Choose(1, 6)
            from years in Gen.Choose(1, 2)
            from quarters in Gen.Choose(1, 4)
            from ages in Gen.Elements(0, 2, 3)
            from cumulative in Gen.Elements(false, true)
            from missing in Gen.Elements(0, 0, 10, 25)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select new Scenario(m, years, quarters, ages, cumulative, missing, seed);
        _ran = _hiddenChecked = _complementary = _increments = 0;

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), Holds));

        var summary = $"Disclosure property: {_ran} random cases, {_hiddenChecked} hidden small counts and {_increments} small cumulative increments checked, " +
            $"{_complementary} complementary suppressions; none recoverable.";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);
        _ran.ShouldBe(Cases);
        _hiddenChecked.ShouldBeGreaterThan(Cases); // the generator really produces small counts to protect
        _complementary.ShouldBeGreaterThan(0);
    }

    private static bool Holds(Scenario s)
    {
        var random = new Random(s.Seed);
        var municipalities = Enumerable.Range(1, s.Municipalities).Select(i => $"GM{i:0000}").ToList();
        var groups = s.AgeGroups == 0 ? [] : Enumerable.Range(1, s.AgeGroups).Select(i => $"g{i}").ToList();
        var cells = new List<Cell>();
        foreach (var year in Enumerable.Range(2024, s.Years))
        {
            var running = new Dictionary<(string, string), double>();
            foreach (var quarter in Enumerable.Range(1, s.Quarters))
            {
                var leaves = new List<Cell>();
                foreach (var area in municipalities)
                foreach (var group in groups.Count == 0 ? [Total] : groups)
                {
                    var added = CountChoices[random.Next(CountChoices.Length)];
                    var count = s.Cumulative ? running[(area, group)] = running.GetValueOrDefault((area, group)) + added : added;
                    leaves.Add(new Cell(area, year, quarter, group, count, count + CountChoices[random.Next(CountChoices.Length)]));
                }
                cells.AddRange(leaves);
                if (groups.Count > 0)
                    cells.AddRange(leaves.GroupBy(c => c.Area).Select(g => Sum(g, g.Key, Total)));
                foreach (var group in groups.Append(Total).Distinct())
                    cells.Add(Sum(cells.Where(c => c.Year == year && c.Quarter == quarter && c.AgeGroup == group && c.Area != "regio"), "regio", group));
            }
        }
        // Figures that were never sent: the truth still holds them, the public never sees them.
        var sent = cells.Select(_ => random.Next(100) >= s.MissingPercent).ToList();
        var published = cells.Where((_, i) => sent[i]).ToList();

        var control = new DisclosureControl();
        var reasons = FigureDisclosure.Protect(
            published.Select(c => new DisclosureFigure(c.Area, c.Period, new DateOnly(c.Year, c.Quarter * 3 - 2, 1), c.AgeGroup, c.Count, c.Denominator)).ToList(),
            [new AreaSum("regio", municipalities)], Total, s.Cumulative, control);
        var shown = new bool[cells.Count];
        for (int i = 0, p = 0; i < cells.Count; i++)
            if (sent[i]) shown[i] = reasons[p++] == DisclosureReason.Shown;
        _complementary += reasons.Count(r => r == DisclosureReason.Complementary);

        // Every small published count must be hidden at all.
        for (var i = 0; i < cells.Count; i++)
            if (shown[i] && (control.IsSmall(cells[i].Count) || control.IsSmall(cells[i].Denominator)))
                throw new InvalidOperationException($"{s}: small count shown at {cells[i]}");

        var index = cells.Select((c, i) => (c, i)).ToDictionary(x => (x.c.Area, x.c.Period, x.c.AgeGroup), x => x.i);
        var sums = new List<(int Total, List<int> Parts)>();
        foreach (var c in cells.Where(c => c.Area == "regio"))
            sums.Add((index[(c.Area, c.Period, c.AgeGroup)], municipalities.Select(m => index[(m, c.Period, c.AgeGroup)]).ToList()));
        if (groups.Count > 0)
            foreach (var c in cells.Where(c => c.AgeGroup == Total))
                sums.Add((index[(c.Area, c.Period, Total)], groups.Select(g => index[(c.Area, c.Period, g)]).ToList()));

        var hidden = Enumerable.Range(0, cells.Count).Where(i => !shown[i]).ToList();
        var column = hidden.Select((cell, k) => (cell, k)).ToDictionary(x => x.cell, x => x.k);
        var equations = sums.Select(sum =>
        {
            var row = new BigInteger[hidden.Count];
            if (column.TryGetValue(sum.Total, out var t)) row[t] += 1;
            foreach (var part in sum.Parts) if (column.TryGetValue(part, out var k)) row[k] -= 1;
            return row;
        }).Where(r => r.Any(v => !v.IsZero)).ToList();
        var rank = Rank(equations);

        bool Determined(BigInteger[] functional) => Rank([.. equations, functional]) == rank;
        foreach (var i in hidden.Where(i => sent[i]))
        {
            if (!control.IsSmall(cells[i].Count) && !control.IsSmall(cells[i].Denominator)) continue;
            _hiddenChecked++;
            var unit = new BigInteger[hidden.Count];
            unit[column[i]] = 1;
            if (Determined(unit)) throw new InvalidOperationException($"{s}: hidden {cells[i]} follows from what is shown");
        }
        if (s.Cumulative)
        {
            // An increment between two shown figures is known outright; between others it must not follow from the sums.
            foreach (var c in cells.Where(c => c.Quarter > 1))
            {
                var now = index[(c.Area, c.Period, c.AgeGroup)];
                var before = index[(c.Area, $"{c.Year}Q{c.Quarter - 1}", c.AgeGroup)];
                if (!control.IsSmall(cells[now].Count - cells[before].Count)) continue;
                _increments++;
                if (shown[now] && shown[before]) throw new InvalidOperationException($"{s}: small increment shown between {cells[before]} and {cells[now]}");
                var functional = new BigInteger[hidden.Count];
                if (column.TryGetValue(now, out var a)) functional[a] += 1;
                if (column.TryGetValue(before, out var b)) functional[b] -= 1;
                if (Determined(functional)) throw new InvalidOperationException($"{s}: small increment up to {cells[now]} follows from what is shown");
            }
        }
        _ran++;
        return true;
    }

    private static Cell Sum(IEnumerable<Cell> parts, string area, string group)
    {
        var list = parts.ToList();
        return new Cell(area, list[0].Year, list[0].Quarter, group, list.Sum(c => c.Count), list.Sum(c => c.Denominator));
    }

    /// <summary>Rank by fraction-free elimination on a copy of the rows.</summary>
    private static int Rank(IReadOnlyList<BigInteger[]> input)
    {
        var rows = input.Select(r => (BigInteger[])r.Clone()).ToList();
        if (rows.Count == 0) return 0;
        var rank = 0;
        for (var col = 0; col < rows[0].Length && rank < rows.Count; col++)
        {
            var pivot = rows.FindIndex(rank, r => !r[col].IsZero);
            if (pivot < 0) continue;
            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            var p = rows[rank];
            for (var r = rank + 1; r < rows.Count; r++)
            {
                if (rows[r][col].IsZero) continue;
                var f = rows[r][col];
                rows[r] = rows[r].Select((v, k) => v * p[col] - p[k] * f).ToArray();
                var gcd = rows[r].Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
                if (gcd > 1) rows[r] = rows[r].Select(v => v / gcd).ToArray();
            }
            rank++;
        }
        return rank;
    }
}
