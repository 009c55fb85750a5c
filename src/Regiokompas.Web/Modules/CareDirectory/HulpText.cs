using System.Globalization;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Modules.CareDirectory.Services;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.CareDirectory;

/// <summary>Plain-language (B1) sentences for the resident pages, built from a service's facts.</summary>
public static class HulpText
{
    public static string ForWhom(ServiceView s) => (s.MinimumAge, s.MaximumAge) switch
    {
        (null, null) => T("Voor iedereen.", "For everyone."),
        ({ } min, null) => T($"Voor mensen van {min} jaar en ouder.", $"For people aged {min} and over."),
        (null, { } max) => T($"Voor mensen tot en met {max} jaar.", $"For people up to {max}."),
        ({ } min, { } max) => T($"Voor mensen van {min} tot en met {max} jaar.", $"For people aged {min} to {max}."),
    };

    public static string Cost(ServiceView s) =>
        s.IsFree ? T("Gratis.", "Free of charge.")
        : s.FeesDescription is { Length: > 0 } fees ? fees
        : T("Niet bekend. Vraag het de organisatie.", "Not known. Ask the organisation.");

    public static string Access(ServiceView s) => s.ReferralRequired
        ? T("U heeft een verwijzing nodig, bijvoorbeeld van uw huisarts.", "You need a referral, for example from your GP.")
        : T("U kunt zelf contact opnemen. U heeft geen verwijzing nodig.", "You can get in touch yourself. No referral needed.");

    public static string Where(ServiceView s)
    {
        var places = s.Places.Select(p => string.Join(", ", new[] { p.Name, p.Street, p.PostalCode, p.City }.Where(x => !string.IsNullOrWhiteSpace(x)))).Where(x => x.Length > 0).ToList();
        if (places.Count > 0) return string.Join("; ", places) + ".";
        if (s.Municipalities.Count > 0) return T("In ", "In ") + string.Join(", ", s.Municipalities) + ".";
        return T("Online of in heel Nederland.", "Online or across the Netherlands.");
    }

    public static string When(ServiceView s)
    {
        if (s.Schedules.Count == 0) return T("Niet bekend. Vraag het de organisatie.", "Not known. Ask the organisation.");
        return string.Join(" ", s.Schedules.Select(x =>
        {
            var days = x.ByDay is { Length: > 0 } d ? string.Join(", ", d.Split(',').Select(Day)) : null;
            var hours = x.OpensAt is { } o && x.ClosesAt is { } c ? $"{o:HH\\:mm}–{c:HH\\:mm}" : null;
            var head = string.Join(" ", new[] { days, hours }.Where(p => p is not null));
            return head.Length > 0 ? $"{head}. {x.Description}".Trim() : x.Description ?? "";
        }));
    }

    public static string Kind(ServiceKind kind) => kind switch
    {
        ServiceKind.FormalCare => T("Zorgverlener", "Care provider"),
        ServiceKind.Informal => T("Vrijwilligers of buren", "Volunteers or neighbours"),
        _ => T("Welzijn", "Welfare"),
    };

    public static string Checked(ServiceView s) => s.AssuredDate is { } d
        ? T($"Gecontroleerd op {Date(d)}.", $"Checked on {Date(d)}.")
        : T("Nog niet gecontroleerd door de organisatie.", "Not yet checked by the organisation.");

    public static string? FreshnessWarning(ServiceView s) => s.Freshness switch
    {
        Freshness.Flagged when s.AssuredDate is not null => T("Let op: deze informatie is meer dan een jaar niet gecontroleerd.", "Note: this information has not been checked for more than a year."),
        Freshness.Flagged => T("Let op: de organisatie heeft deze informatie nog niet gecontroleerd.", "Note: the organisation has not checked this information yet."),
        Freshness.Hidden => T("Deze informatie is te oud en staat niet meer in de zoekresultaten.", "This information is out of date and no longer shown in search."),
        _ => null,
    };

    public static string ThemeName(string code) => DutchThemes.Find(code)?.Name ?? code;

    private static string Day(string code) => code.Trim().ToUpperInvariant() switch
    {
        "MO" => T("maandag", "Monday"), "TU" => T("dinsdag", "Tuesday"), "WE" => T("woensdag", "Wednesday"),
        "TH" => T("donderdag", "Thursday"), "FR" => T("vrijdag", "Friday"), "SA" => T("zaterdag", "Saturday"),
        "SU" => T("zondag", "Sunday"), var other => other.ToLower(CultureInfo.InvariantCulture),
    };
}
