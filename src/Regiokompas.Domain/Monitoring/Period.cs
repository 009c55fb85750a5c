using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Regiokompas.Domain.Monitoring;

public enum PeriodKind { Year, Quarter, Month, Day }

/// <summary>
/// The time a figure is about: a year, quarter, month or single day. Parses CBS StatLine codes
/// (2024JJ00, 2024KW03, 2024MM11) and ISO forms (2024, 2024-Q3, 2024-11, 2024-11-30); the
/// canonical code is CBS style, or an ISO date for a day.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodKind kind, DateOnly start)
    {
        Kind = kind;
        Start = start;
    }

    public PeriodKind Kind { get; }
    public DateOnly Start { get; }

    public DateOnly End => Kind switch
    {
        PeriodKind.Year => Start.AddYears(1).AddDays(-1),
        PeriodKind.Quarter => Start.AddMonths(3).AddDays(-1),
        PeriodKind.Month => Start.AddMonths(1).AddDays(-1),
        _ => Start,
    };

    public int Year => Start.Year;

    /// <summary>Quarter 1-4, month 1-12, day of year, or 0 for a year.</summary>
    public int Number => Kind switch
    {
        PeriodKind.Quarter => (Start.Month - 1) / 3 + 1,
        PeriodKind.Month => Start.Month,
        PeriodKind.Day => Start.DayOfYear,
        _ => 0,
    };

    public string Code => Kind switch
    {
        PeriodKind.Year => Cached(YearCodes, Year - 1900, this, static p => $"{p.Year:D4}JJ00"),
        PeriodKind.Quarter => Cached(QuarterCodes, (Year - 1900) * 4 + Number - 1, this, static p => $"{p.Year:D4}KW{p.Number:D2}"),
        PeriodKind.Month => Cached(MonthCodes, (Year - 1900) * 12 + Number - 1, this, static p => $"{p.Year:D4}MM{p.Number:D2}"),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    // Codes are asked for once or twice per imported figure; a few thousand cached strings save a string each time.
    private static readonly string?[] YearCodes = new string?[301];
    private static readonly string?[] QuarterCodes = new string?[301 * 4];
    private static readonly string?[] MonthCodes = new string?[301 * 12];

    private static string Cached(string?[] cache, int index, Period period, Func<Period, string> make) =>
        (uint)index < (uint)cache.Length ? cache[index] ??= make(period) : make(period);

    public static Period OfYear(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1));
    public static Period OfQuarter(int year, int quarter) =>
        quarter is >= 1 and <= 4
            ? new(PeriodKind.Quarter, new DateOnly(year, (quarter - 1) * 3 + 1, 1))
            : throw new ArgumentOutOfRangeException(nameof(quarter));
    public static Period OfMonth(int year, int month) => new(PeriodKind.Month, new DateOnly(year, month, 1));
    public static Period OfDay(DateOnly day) => new(PeriodKind.Day, day);

    /// <summary>The period of the given frequency that contains a day.</summary>
    public static Period Containing(DateOnly day, Frequency frequency) => frequency switch
    {
        Frequency.Yearly => OfYear(day.Year),
        Frequency.Quarterly => OfQuarter(day.Year, (day.Month - 1) / 3 + 1),
        Frequency.Monthly => OfMonth(day.Year, day.Month),
        _ => OfDay(day),
    };

    public Period Next() => Kind switch
    {
        PeriodKind.Year => new(Kind, Start.AddYears(1)),
        PeriodKind.Quarter => new(Kind, Start.AddMonths(3)),
        PeriodKind.Month => new(Kind, Start.AddMonths(1)),
        _ => new(Kind, Start.AddDays(1)),
    };

    public Period Previous() => Kind switch
    {
        PeriodKind.Year => new(Kind, Start.AddYears(-1)),
        PeriodKind.Quarter => new(Kind, Start.AddMonths(-3)),
        PeriodKind.Month => new(Kind, Start.AddMonths(-1)),
        _ => new(Kind, Start.AddDays(-1)),
    };

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"Not a period: '{text}'.");

    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;

        // CBS StatLine: yyyyJJ00, yyyyKWqq, yyyyMMmm; read from a span, since nearly every import uses it
        var cbs = text.AsSpan().Trim();
        if (cbs.Length == 8 && TryYear(cbs[..4], out var year) && int.TryParse(cbs[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            switch ((char.ToUpperInvariant(cbs[4]), char.ToUpperInvariant(cbs[5])))
            {
                case ('J', 'J') when n == 0: period = OfYear(year); return true;
                case ('K', 'W') when n is >= 1 and <= 4: period = OfQuarter(year, n); return true;
                case ('M', 'M') when n is >= 1 and <= 12: period = OfMonth(year, n); return true;
                default: return false;
            }
        }
        var s = text.Trim().ToUpperInvariant();

        if (s.Length == 4 && TryYear(s, out year)) { period = OfYear(year); return true; }

        // 2024Q3 and 2024-Q3 (ISO 8601 has no quarter form; this is the common one)
        if (s.Length is 6 or 7 && s[^2] == 'Q' && TryYear(s[..4], out year) && (s.Length == 6 || s[4] == '-')
            && s[^1] is >= '1' and <= '4')
        {
            period = OfQuarter(year, s[^1] - '0');
            return true;
        }

        if (s.Length == 7 && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            period = OfMonth(month.Year, month.Month);
            return true;
        }

        if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            period = OfDay(day);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The period an indicator of the given frequency stores this figure under. A period of the
    /// same kind is kept; a single day (an ISO date) names the moment of measurement and maps to
    /// the period containing it; a year for a monthly indicator, or the other way round, does not fit.
    /// </summary>
    public bool TryFitTo(Frequency frequency, out Period fitted)
    {
        fitted = this;
        if (Kind == KindOf(frequency)) return true;
        if (Kind != PeriodKind.Day) return false;
        fitted = Containing(Start, frequency);
        return true;
    }

    public static PeriodKind KindOf(Frequency frequency) => frequency switch
    {
        Frequency.Yearly => PeriodKind.Year,
        Frequency.Quarterly => PeriodKind.Quarter,
        Frequency.Monthly => PeriodKind.Month,
        _ => PeriodKind.Day,
    };

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    public static bool operator <(Period a, Period b) => a.CompareTo(b) < 0;
    public static bool operator >(Period a, Period b) => a.CompareTo(b) > 0;
    public static bool operator <=(Period a, Period b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Period a, Period b) => a.CompareTo(b) >= 0;

    public override string ToString() => Code;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The period in words, for people: "2025", "3e kwartaal 2026", "november 2026", "30 september 2026"
    /// (English: "2025", "3rd quarter 2026", "November 2026", "30 September 2026"). The one place
    /// where a period code becomes text; pages, reports and charts all use it, the API keeps codes.
    /// </summary>
    public string Label(bool english = false) => Kind switch
    {
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarter => english ? $"{Ordinal(Number)} quarter {Year}" : $"{Number}e kwartaal {Year}",
        PeriodKind.Month => Start.ToString("MMMM yyyy", english ? English : Dutch),
        _ => Start.ToString("d MMMM yyyy", english ? English : Dutch),
    };

    /// <summary>The label of a period code; text that is not a period comes back unchanged.</summary>
    public static string LabelOf(string? code, bool english = false) =>
        TryParse(code, out var period) ? period.Label(english) : code ?? "";

    private static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };

    private static bool TryYear(ReadOnlySpan<char> s, out int year) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2200;
}
