using System.Numerics;

namespace Regiokompas.Domain.Privacy;

/// <summary>
/// Cells of public figures and the sums that tie them together (a region is the sum of its
/// municipalities, a total the sum of its age groups, a year-to-date figure the previous one plus
/// the new period). A cell has one count per layer, e.g. numerator and denominator; a sum holds in
/// one layer. An unpublished cell (such as the increment between two cumulative figures) is never
/// shown but can still give a person away when it can be worked out from the shown ones.
/// </summary>
public sealed class DisclosureTable
{
    internal readonly List<double?[]> Counts = [];
    internal readonly List<bool> Published = [];
    internal readonly List<(int Layer, int Total, int[] Parts)> Sums = [];

    public int Layers { get; }

    public DisclosureTable(int layers = 1)
    {
        if (layers < 1) throw new ArgumentOutOfRangeException(nameof(layers));
        Layers = layers;
    }

    public int CellCount => Counts.Count;

    /// <summary>Adds a cell with its count per layer (null: not known, so never small) and returns its index.</summary>
    public int AddCell(IReadOnlyList<double?> counts, bool published = true)
    {
        if (counts.Count != Layers) throw new ArgumentException($"Expected {Layers} counts.", nameof(counts));
        Counts.Add([.. counts]);
        Published.Add(published);
        return Counts.Count - 1;
    }

    /// <summary>States that in <paramref name="layer"/> the total equals the sum of the parts.</summary>
    public void AddSum(int layer, int total, IEnumerable<int> parts)
    {
        var p = parts.ToArray();
        if (p.Length == 0) return;
        Sums.Add((layer, total, p));
    }

    public double? Count(int cell, int layer) => Counts[cell][layer];
}

public enum DisclosureReason { Shown, SmallCount, Complementary, NotPublished }

/// <summary>
/// The disclosure rule for every public figure: a count from 1 up to the threshold is hidden
/// (primary), and further cells are hidden (complementary) until no hidden small count can be
/// worked out exactly by any linear combination of the shown cells and the sums, and no sum
/// leaves a group of hidden cells that together are a small count.
/// </summary>
public sealed class DisclosureControl
{
    public const int DefaultThreshold = 5;

    public DisclosureControl(int threshold = DefaultThreshold)
    {
        if (threshold < 1) throw new ArgumentOutOfRangeException(nameof(threshold));
        Threshold = threshold;
    }

    public int Threshold { get; }

    /// <summary>Zero is shown: it tells nothing about a person.</summary>
    public bool IsSmall(double? count) => count is > 0 && count < Threshold;

    public IReadOnlyList<DisclosureReason> Protect(DisclosureTable table)
    {
        var n = table.CellCount;
        var reasons = new DisclosureReason[n];
        var sensitive = new bool[n];
        for (var i = 0; i < n; i++)
        {
            // An unpublished cell whose count we do not know may be small: it must not follow either.
            sensitive[i] = table.Counts[i].Any(IsSmall) || (!table.Published[i] && table.Counts[i][0] is null);
            reasons[i] = !table.Published[i] ? DisclosureReason.NotPublished
                : sensitive[i] ? DisclosureReason.SmallCount : DisclosureReason.Shown;
        }
        bool Hidden(int i) => reasons[i] != DisclosureReason.Shown;

        // Each round hides one more cell, so this ends after at most n rounds.
        while (true)
        {
            var exposed = -1;
            var exposedLayer = 0;
            for (var layer = 0; layer < table.Layers && exposed < 0; layer++)
            {
                foreach (var cell in DeterminedHiddenCells(table, layer, Hidden))
                {
                    if (sensitive[cell]) { exposed = cell; exposedLayer = layer; break; }
                }
            }
            if (exposed >= 0)
            {
                var candidate = Cheapest(table, table.Sums.Where(s => s.Layer == exposedLayer && (s.Total == exposed || s.Parts.Contains(exposed)))
                    .SelectMany(s => s.Parts.Append(s.Total)), Hidden);
                // Its own sums are hidden all round, so it follows through a longer chain: cut that chain elsewhere.
                if (candidate < 0)
                    candidate = Cheapest(table, table.Sums.Where(s => s.Layer == exposedLayer && (Hidden(s.Total) || s.Parts.Any(Hidden)))
                        .SelectMany(s => s.Parts.Append(s.Total)), Hidden);
                if (candidate < 0) break; // every published cell is hidden already
                reasons[candidate] = DisclosureReason.Complementary;
                continue;
            }

            var grew = false;
            foreach (var (layer, total, parts) in table.Sums)
            {
                if (Hidden(total)) continue;
                var hiddenParts = parts.Where(Hidden).ToList();
                if (hiddenParts.Count == 0) continue;
                var hiddenSum = hiddenParts.Sum(p => table.Counts[p][layer] ?? 0);
                if (!IsSmall(hiddenSum)) continue;
                var candidate = Cheapest(table, parts, Hidden);
                if (candidate < 0) candidate = total;
                reasons[candidate] = DisclosureReason.Complementary;
                grew = true;
                break;
            }
            if (!grew) break;
        }
        return reasons;
    }

    /// <summary>The visible published cell with the smallest non-zero count; zeros and unknown counts after that.</summary>
    private static int Cheapest(DisclosureTable table, IEnumerable<int> cells, Func<int, bool> hidden) =>
        cells.Distinct().Where(c => !hidden(c) && table.Published[c])
            .OrderBy(c => table.Counts[c][0] switch { { } v when v > 0 => v, 0 => double.MaxValue / 4, _ => double.MaxValue / 2 })
            .ThenBy(c => c)
            .Select(c => (int?)c).FirstOrDefault() ?? -1;

    /// <summary>
    /// Hidden cells whose count follows exactly from the shown ones: those whose unit vector lies in
    /// the row space of the sums restricted to hidden cells. Exact integer elimination, no rounding.
    /// </summary>
    public static IEnumerable<int> DeterminedHiddenCells(DisclosureTable table, int layer, Func<int, bool> hidden)
    {
        var rows = new List<Dictionary<int, BigInteger>>();
        foreach (var (l, total, parts) in table.Sums)
        {
            if (l != layer) continue;
            var row = new Dictionary<int, BigInteger>();
            void Add(int cell, int sign)
            {
                if (!hidden(cell)) return;
                var v = row.GetValueOrDefault(cell) + sign;
                if (v.IsZero) row.Remove(cell); else row[cell] = v;
            }
            Add(total, 1);
            foreach (var p in parts) Add(p, -1);
            if (row.Count > 0) rows.Add(row);
        }

        // Gauss-Jordan on sparse integer rows: each pivot column is cleared from every other row.
        var pivots = new List<(int Column, Dictionary<int, BigInteger> Row)>();
        foreach (var candidate in rows)
        {
            var row = candidate;
            foreach (var (column, pivotRow) in pivots)
            {
                if (row.TryGetValue(column, out var factor)) row = Combine(row, pivotRow[column], pivotRow, factor);
            }
            if (row.Count == 0) continue;
            var pivotColumn = row.Keys.Min();
            for (var k = 0; k < pivots.Count; k++)
            {
                var (c, other) = pivots[k];
                if (other.TryGetValue(pivotColumn, out var f)) pivots[k] = (c, Combine(other, row[pivotColumn], row, f));
            }
            pivots.Add((pivotColumn, row));
        }
        return pivots.Where(p => p.Row.Count == 1).Select(p => p.Column).ToList();
    }

    /// <summary>a·x − b·y, divided by the gcd of its entries to keep the numbers small.</summary>
    private static Dictionary<int, BigInteger> Combine(Dictionary<int, BigInteger> x, BigInteger a, Dictionary<int, BigInteger> y, BigInteger b)
    {
        var result = new Dictionary<int, BigInteger>();
        foreach (var (k, v) in x) result[k] = a * v;
        foreach (var (k, v) in y)
        {
            var r = result.GetValueOrDefault(k) - b * v;
            if (r.IsZero) result.Remove(k); else result[k] = r;
        }
        var gcd = result.Values.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
        if (gcd > 1) foreach (var k in result.Keys.ToList()) result[k] /= gcd;
        return result;
    }
}
