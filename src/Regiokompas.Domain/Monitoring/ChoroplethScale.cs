namespace Regiokompas.Domain.Monitoring;

/// <summary>One colour class of a map: values from <see cref="Lower"/> up to and including <see cref="Upper"/>.</summary>
public sealed record ChoroplethClass(int Index, double Lower, double Upper);

/// <summary>
/// Splits the shown values of a map into a few classes of equal width. With a handful of
/// municipalities, quantiles would put one area in each class and hide how close they are;
/// equal widths keep the legend readable as "from – to". Hidden values never reach this type.
/// </summary>
public sealed class ChoroplethScale
{
    public const int MaxClasses = 4;

    private ChoroplethScale(IReadOnlyList<ChoroplethClass> classes) => Classes = classes;

    public IReadOnlyList<ChoroplethClass> Classes { get; }

    public static ChoroplethScale Create(IEnumerable<double> values, int maxClasses = MaxClasses)
    {
        if (maxClasses is < 1 or > MaxClasses) throw new ArgumentOutOfRangeException(nameof(maxClasses));
        var shown = values.Where(double.IsFinite).Distinct().Order().ToList();
        if (shown.Count == 0) return new([]);
        double min = shown[0], max = shown[^1];
        var count = Math.Min(maxClasses, shown.Count);
        if (count == 1 || min == max) return new([new ChoroplethClass(0, min, max)]);
        var width = (max - min) / count;
        var classes = Enumerable.Range(0, count)
            .Select(i => new ChoroplethClass(i, min + i * width, i == count - 1 ? max : min + (i + 1) * width))
            .ToList();
        return new(classes);
    }

    /// <summary>The class a value falls in; a value on a bound goes to the lower class, as the legend reads.</summary>
    public int? ClassOf(double value)
    {
        if (Classes.Count == 0 || !double.IsFinite(value)) return null;
        if (value < Classes[0].Lower || value > Classes[^1].Upper) return null;
        foreach (var c in Classes)
            if (value <= c.Upper) return c.Index;
        return Classes[^1].Index;
    }
}
