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
        // The source names no ages: say nothing rather than "for everyone", which it never said.
        (null, null) => "",
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

    public static string When(ServiceView s) => s.Schedules.Count == 0
        ? T("Niet bekend. Vraag het de organisatie.", "Not known. Ask the organisation.")
        : OpeningHours(s.Schedules);

    private static readonly string[] WeekOrder = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>
    /// Opening hours in words, days in week order and runs folded: "ma t/m vr 9:00–17:00; za 10:00–12:00".
    /// Only what the schedules say; a schedule with only a description gives that description.
    /// </summary>
    public static string OpeningHours(IEnumerable<ScheduleView> schedules)
    {
        var list = schedules.ToList();
        var timed = list
            .SelectMany(x => (x.ByDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => Array.IndexOf(WeekOrder, d.ToUpperInvariant())).Where(i => i >= 0)
                .Select(i => (Day: i, x.OpensAt, x.ClosesAt)))
            .Distinct().ToList();
        var parts = timed.GroupBy(t => (t.OpensAt, t.ClosesAt))
            .Select(g => (First: g.Min(t => t.Day), Text: DayRuns(g.Select(t => t.Day).Order().ToList())
                + (g.Key.OpensAt is { } o && g.Key.ClosesAt is { } c ? $" {Time(o)}–{Time(c)}" : "")))
            .OrderBy(p => p.First).Select(p => p.Text).ToList();
        var notes = list.Select(x => x.Description).OfType<string>().Where(d => d.Length > 0).Distinct();
        var hours = string.Join("; ", parts);
        return string.Join(". ", new[] { hours }.Where(h => h.Length > 0).Concat(notes)).Trim();
    }

    private static string DayRuns(List<int> days)
    {
        var runs = new List<string>();
        for (var i = 0; i < days.Count;)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1] == days[j] + 1) j++;
            runs.Add(j - i >= 2 ? $"{ShortDay(days[i])} {T("t/m", "to")} {ShortDay(days[j])}"
                : string.Join(", ", days.Skip(i).Take(j - i + 1).Select(ShortDay)));
            i = j + 1;
        }
        return string.Join(", ", runs);
    }

    private static string ShortDay(int index) => index switch
    {
        0 => T("ma", "Mon"), 1 => T("di", "Tue"), 2 => T("wo", "Wed"), 3 => T("do", "Thu"),
        4 => T("vr", "Fri"), 5 => T("za", "Sat"), _ => T("zo", "Sun"),
    };

    private static string Time(TimeOnly t) => t.ToString("H:mm", CultureInfo.InvariantCulture);

    /// <summary>The street address of each place that has one, for the address line and the map link.</summary>
    public static IEnumerable<string> Addresses(ServiceView s) => s.Places
        .Where(p => !string.IsNullOrWhiteSpace(p.Street))
        .Select(p => string.Join(", ", new[] { p.Street, string.Join(" ", new[] { p.PostalCode, p.City }.Where(x => !string.IsNullOrWhiteSpace(x))) }
            .Where(x => !string.IsNullOrWhiteSpace(x))))
        .Distinct();

    /// <summary>A plain link to OpenStreetMap's search: no embedded map, no tracking script.</summary>
    public static string MapLink(string address) =>
        "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(address + ", Nederland");

    /// <summary>A phone number as a tel: URI (digits and a leading plus only).</summary>
    public static string TelLink(string number) => Common.Site.PhoneLink.Tel(number);

    /// <summary>What a resident can do first, from the facts we have; null when there is no way to reach the service.</summary>
    public static (string Text, string? Href)? NextStep(ServiceView s)
    {
        if (s.ReferralRequired) return (T("Vraag uw huisarts om een verwijzing.", "Ask your GP for a referral."), null);
        if (s.Phones.FirstOrDefault() is { } phone) return (T($"Bel {phone.Number}", $"Call {phone.Number}"), TelLink(phone.Number));
        if (Addresses(s).FirstOrDefault() is { } address && s.Schedules.Any(x => x.OpensAt is not null))
            return (T($"Loop binnen: {address}", $"Walk in: {address}"), MapLink(address));
        if (s.Email is { } mail) return (T($"Mail naar {mail}", $"E-mail {mail}"), "mailto:" + mail);
        if (s.Url is { } url) return (T("Kijk op de website", "Visit the website"), url);
        return null;
    }

    public static bool Reachable(ServiceView s) => s.Phones.Count > 0 || s.Email is not null || s.Url is not null || Addresses(s).Any();

    public static string Unreachable() =>
        T("Er staan geen contactgegevens bij. Daarom staat dit lager in de lijst.", "No contact details are listed. That is why this is lower in the list.");

    /// <summary>The one line about checking: the date, or that nobody checked yet, or that a check is overdue.</summary>
    public static string CheckLine(ServiceView s) => s.Freshness == Freshness.Flagged && s.AssuredDate is { } d
        ? T($"Gecontroleerd op {Date(d)}. Dat is meer dan een jaar geleden.", $"Checked on {Date(d)}. That is more than a year ago.")
        : Checked(s);

    /// <summary>"3 resultaten voor 'eenzaam' in Lelystad", with the parts that apply.</summary>
    public static string ResultsHeading(int count, string? query, string? place)
    {
        var head = count == 1 ? T("1 resultaat", "1 result") : T($"{count} resultaten", $"{count} results");
        if (!string.IsNullOrWhiteSpace(query)) head += T($" voor '{query.Trim()}'", $" for '{query.Trim()}'");
        if (!string.IsNullOrWhiteSpace(place)) head += T($" in {place}", $" in {place}");
        return head;
    }

    public static string DidYouMean() => T("Bedoelde u", "Did you mean");

    public static string AlsoAt() => T("Ook bij", "Also at");

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
