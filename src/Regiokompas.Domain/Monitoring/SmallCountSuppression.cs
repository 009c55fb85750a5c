namespace Regiokompas.Domain.Monitoring;

public enum SuppressionReason { None, SmallCount, Secondary }

/// <summary>
/// A cell of a public table. <see cref="Count"/> is the number of people behind the value: the
/// value itself for a count, the numerator for a percentage, null when unknown (never hidden).
/// </summary>
public sealed record TableCell(string Key, double? Value, double? Count);

public sealed record ShownCell(string Key, double? Value, SuppressionReason Reason)
{
    public bool IsHidden => Reason != SuppressionReason.None;
}

/// <summary>How to stop a total from giving away a hidden part by subtraction.</summary>
public enum SecondarySuppression { HideTotal, HideSmallestPart }

/// <summary>
/// Hides small numbers of people in public output. A count from 1 up to (not including) the
/// threshold is hidden; zero is shown, since it tells nothing about any person. A total is
/// hidden too when the total minus the shown parts would give a hidden part away.
/// </summary>
public sealed class SmallCountSuppression
{
    public const int DefaultThreshold = 5;

    public SmallCountSuppression(int threshold = DefaultThreshold, SecondarySuppression secondary = SecondarySuppression.HideTotal)
    {
        if (threshold < 1) throw new ArgumentOutOfRangeException(nameof(threshold));
        Threshold = threshold;
        Secondary = secondary;
    }

    public int Threshold { get; }
    public SecondarySuppression Secondary { get; }

    public bool IsSmall(double? count) => count is > 0 && count < Threshold;

    public ShownCell Apply(TableCell cell) =>
        IsSmall(cell.Count) ? new(cell.Key, null, SuppressionReason.SmallCount) : new(cell.Key, cell.Value, SuppressionReason.None);

    /// <summary>
    /// Suppresses the parts of one table and its total together. Counts must be additive (the
    /// parts add up to the total), as municipalities do to their region.
    /// </summary>
    public (IReadOnlyList<ShownCell> Parts, ShownCell? Total) ApplyToTable(IReadOnlyList<TableCell> parts, TableCell? total)
    {
        var shown = parts.Select(Apply).ToList();
        var shownTotal = total is null ? null : Apply(total);
        if (shownTotal is null || shownTotal.IsHidden) return (shown, shownTotal);

        var hidden = parts.Where((_, i) => shown[i].IsHidden).ToList();
        if (hidden.Count == 0) return (shown, shownTotal);
        var hiddenSum = hidden.Sum(c => c.Count ?? 0);
        var revealing = hidden.Count == 1 || IsSmall(hiddenSum);
        if (!revealing) return (shown, shownTotal);

        if (Secondary == SecondarySuppression.HideTotal)
            return (shown, shownTotal with { Value = null, Reason = SuppressionReason.Secondary });

        // The smallest visible part joins the hidden ones, so the difference is a sum of at least two
        // cells and at least the threshold.
        var candidate = Enumerable.Range(0, parts.Count)
            .Where(i => !shown[i].IsHidden && parts[i].Count is > 0)
            .OrderBy(i => parts[i].Count)
            .Cast<int?>()
            .FirstOrDefault();
        if (candidate is { } index)
        {
            shown[index] = shown[index] with { Value = null, Reason = SuppressionReason.Secondary };
            return (shown, shownTotal);
        }
        return (shown, shownTotal with { Value = null, Reason = SuppressionReason.Secondary });
    }
}
