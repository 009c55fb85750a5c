namespace Regiokompas.Domain.Monitoring;

/// <summary>The monitoring plan's three levels, split by the kind of indicator.</summary>
public enum IndicatorLevel { Population, Process, Output, Outcome, Risk }

/// <summary>The Results-Based-Accountability question an indicator answers.</summary>
public enum RbaQuestion { HowMuch, HowWell, BetterOff }

public enum IndicatorUnit { Count, Percent, Per1000, Per100000, Days, Weeks, Euros, Score, Municipalities, Other }

public enum Polarity { HigherIsBetter, LowerIsBetter, WithinBand }

/// <summary>How often an indicator gets a figure; also what a period code must look like.</summary>
public enum Frequency { Yearly, Quarterly, Monthly, Daily }

public enum IndicatorSource { Cbs, RivmGgd, Vektis, Partner, Manual }

public enum Visibility { Public, Internal }

/// <summary>Area levels a figure can be given for, from coarse to fine.</summary>
public enum AreaLevel { Country, Province, Region, Municipality, District }

/// <summary>Figures come in as submitted; the coordinator checks and publishes them.</summary>
public enum MeasurementState { Submitted, Published }

public enum ResultStatus { NoData, OffTrack, AtRisk, OnTrack, Achieved }

/// <summary>Reads the level from a CBS area code: NL01, PV24, GM0193, WK019301, BU01930101.</summary>
public static class AreaCodes
{
    /// <summary>CBS codes in capitals (GM0193), anything else (a region id) in lower case.</summary>
    public static string Normalize(string code)
    {
        var c = code.Trim();
        return LevelOf(c) is null ? c.ToLowerInvariant() : c.ToUpperInvariant();
    }

    public static AreaLevel? LevelOf(string code)
    {
        // Spans, not substrings: this runs twice for every imported figure.
        var c = code.AsSpan().Trim();
        if (c.Length < 4) return null;
        return (char.ToUpperInvariant(c[0]), char.ToUpperInvariant(c[1])) switch
        {
            ('N', 'L') => AreaLevel.Country,
            ('P', 'V') => AreaLevel.Province,
            ('G', 'M') when c.Length == 6 && IsDigits(c[2..]) => AreaLevel.Municipality,
            ('W', 'K') when c.Length == 8 && IsDigits(c[2..]) => AreaLevel.District,
            _ => null,
        };
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');
}
