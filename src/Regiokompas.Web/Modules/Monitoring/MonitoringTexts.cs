using System.Globalization;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Monitoring;

/// <summary>
/// Dutch (default) and English text for the Monitoring module's codes: import problems, rule
/// violations, and the one-sentence explanation of a result's status with values in their unit.
/// </summary>
public static class MonitoringTexts
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["monitoring.field-required"] = ("Dit veld is verplicht.", "This field is required."),
        ["monitoring.indicator-suppression-reason-required"] = ("Indicator '{0}' toont kleine aantallen alleen met een reden (noSuppression).",
            "Indicator '{0}' may show small counts only with a reason (noSuppression)."),
        ["monitoring.demo-notice"] = ("Fictieve demo-gegevens: deze cijfers zijn verzonnen om Regiokompas te laten zien, het zijn geen echte cijfers.",
            "Fictitious demo figures: these numbers were made up to show Regiokompas; they are not real figures."),
        ["monitoring.report-plan-version"] = ("Gemeten tegen planversie {0}: {1} ({2}).", "Measured against plan version {0}: {1} ({2})."),
        ["monitoring.report-plan-version-unknown"] = ("Planversie {0} bestaat niet voor deze regio.", "Plan version {0} does not exist for this region."),
        ["monitoring.indicator-unknown"] = ("Indicator '{0}' bestaat niet.", "Indicator '{0}' does not exist."),
        ["monitoring.area-unknown"] = ("Gebiedscode '{0}' is onbekend.", "Area code '{0}' is unknown."),
        ["monitoring.area-level-not-allowed"] = ("Deze indicator heeft geen cijfers per {1} ({0}).", "This indicator has no figures per {1} ({0})."),
        ["monitoring.period-invalid"] = ("'{0}' is geen periode. Schrijf bijvoorbeeld 2024JJ00, 2024KW03, 2024MM11 of 2024-03-31.",
            "'{0}' is not a period. Write for example 2024JJ00, 2024KW03, 2024MM11 or 2024-03-31."),
        ["monitoring.period-frequency-mismatch"] = ("Periode {0} past niet bij deze indicator: die krijgt een cijfer per {1}.",
            "Period {0} does not fit this indicator, which has one figure per {1}."),
        ["monitoring.period-in-future"] = ("Periode {0} ligt in de toekomst.", "Period {0} lies in the future."),
        ["monitoring.age-group-unknown"] = ("Leeftijdsgroep '{0}' hoort niet bij deze indicator.", "Age group '{0}' is not one of this indicator's."),
        ["monitoring.note-too-long"] = ("Een toelichting is hoogstens {0} tekens.", "A note has at most {0} characters."),
        ["monitoring.number-invalid"] = ("'{0}' is geen getal.", "'{0}' is not a number."),
        ["monitoring.number-negative"] = ("Een negatief getal kan hier niet.", "A negative number is not possible here."),
        ["monitoring.fraction-not-defined"] = ("Indicator '{0}' heeft geen teller en noemer; geef alleen de waarde.",
            "Indicator '{0}' has no numerator and denominator; give the value only."),
        ["monitoring.denominator-zero"] = ("De noemer mag niet 0 zijn.", "The denominator cannot be 0."),
        ["monitoring.numerator-above-denominator"] = ("De teller ({0}) is groter dan de noemer ({1}).", "The numerator ({0}) is larger than the denominator ({1})."),
        ["monitoring.value-fraction-mismatch"] = ("De waarde {0} klopt niet met teller en noemer; die geven {1}.",
            "The value {0} does not match numerator and denominator, which give {1}."),
        ["monitoring.percentage-above-100"] = ("Een percentage kan niet boven 100 liggen ({0}).", "A percentage cannot exceed 100 ({0})."),
        ["monitoring.duplicate-row"] = ("Dit cijfer staat al op regel {0}.", "This figure is already on line {0}."),
        ["monitoring.csv-column-unknown"] = ("Kolom '{0}' is onbekend.", "Column '{0}' is unknown."),
        ["monitoring.csv-column-missing"] = ("Kolom '{0}' ontbreekt.", "Column '{0}' is missing."),
        ["monitoring.csv-column-twice"] = ("Kolom '{0}' staat er twee keer in.", "Column '{0}' appears twice."),
        ["monitoring.csv-unreadable"] = ("Het bestand is geen leesbaar CSV-bestand.", "The file is not readable CSV."),
        ["monitoring.not-allowed-indicator"] = ("U mag voor indicator '{0}' geen cijfers aanleveren.", "You may not submit figures for indicator '{0}'."),
        ["monitoring.measurement-key-mismatch"] = ("Deze correctie hoort bij een ander cijfer.", "This correction belongs to another figure."),
        ["monitoring.story-needs-consent"] = ("Een verhaal kan pas openbaar als er toestemming is vastgelegd.", "A story can only be public once consent is recorded."),
        ["monitoring.story-text-required"] = ("Schrijf het verhaal op.", "The story is empty."),
        ["monitoring.story-text-too-long"] = ("Een verhaal is hoogstens {0} tekens.", "A story has at most {0} characters."),
        ["monitoring.story-result-unknown"] = ("Resultaat '{0}' bestaat niet in het plan van deze regio.", "Result '{0}' is not in this region's plan."),
        ["monitoring.story-withdrawn"] = ("De toestemming is ingetrokken. Het verhaal staat nergens meer openbaar.", "Consent was withdrawn. The story is no longer public anywhere."),
        ["monitoring.story-saved"] = ("Het verhaal is opgeslagen.", "The story was saved."),
        ["monitoring.story-consent-in-future"] = ("De datum van toestemming ligt in de toekomst.", "The consent date lies in the future."),
        ["monitoring.import-failed"] = ("Het bestand bevat fouten; er is niets ingelezen.", "The file has errors; nothing was imported."),
        ["monitoring.published"] = ("{0} cijfers gepubliceerd.", "{0} figures published."),
        ["monitoring.catalogue-value-invalid"] = ("Indicator '{0}': '{2}' is geen geldige waarde voor {1}.", "Indicator '{0}': '{2}' is not a valid value for {1}."),
        ["monitoring.indicator-code-invalid"] = ("'{0}' is geen geldige indicatorcode (kleine letters, cijfers en streepjes).", "'{0}' is not a valid indicator code (lower-case letters, digits and dashes)."),
        ["monitoring.indicator-name-required"] = ("Geef de indicator een naam.", "Give the indicator a name."),
        ["monitoring.indicator-factor-invalid"] = ("De factor {0} is ongeldig; die moet groter dan 0 zijn.", "The factor {0} is invalid; it must be greater than 0."),
        ["monitoring.indicator-fraction-incomplete"] = ("Geef zowel de teller als de noemer van de indicator.", "Give both the numerator and the denominator of the indicator."),
        ["monitoring.indicator-band-required"] = ("Een indicator met een bandbreedte heeft een onder- en een bovengrens nodig.", "An indicator with a band needs a lower and an upper bound."),
        ["monitoring.indicator-band-reversed"] = ("De ondergrens ({0}) ligt boven de bovengrens ({1}).", "The lower bound ({0}) is above the upper bound ({1})."),
        ["monitoring.indicator-threshold-only-for-risk"] = ("Alleen een risico-indicator heeft een signaalwaarde.", "Only a risk indicator has a warning threshold."),
        ["monitoring.indicator-threshold-required"] = ("Een risico-indicator heeft een signaalwaarde nodig.", "A risk indicator needs a warning threshold."),
        ["monitoring.indicator-threshold-out-of-range"] = ("De signaalwaarde {0} ligt niet tussen 0 en 100 procent.", "The warning threshold {0} is not between 0 and 100 percent."),
        ["monitoring.indicator-area-levels-required"] = ("Geef minstens één gebiedsniveau voor de indicator.", "Give at least one area level for the indicator."),
        ["monitoring.indicator-age-group-reserved"] = ("De leeftijdsgroep '{0}' is gereserveerd voor het totaal.", "The age group '{0}' is reserved for the total."),
        // Indicator management (Modules/Monitoring/Indicators).
        ["monitoring.indicator-value-invalid"] = ("'{1}' is geen geldige waarde voor {0}. Kies uit: {2}.", "'{1}' is not a valid value for {0}. Choose from: {2}."),
        ["monitoring.indicator-age-group-too-long"] = ("Een leeftijdsgroep is hoogstens {0} tekens.", "An age group has at most {0} characters."),
        ["monitoring.indicator-text-too-long"] = ("Het veld {0} is te lang: hoogstens {1} tekens.", "The field {0} is too long: at most {1} characters."),
        ["monitoring.indicator-number-invalid"] = ("Een van de getallen van de indicator is geen gewoon getal.", "One of the indicator's numbers is not an ordinary number."),
        ["monitoring.indicator-not-allowed"] = ("Alleen de coördinator van deze regio mag indicatoren beheren.", "Only the coordinator of this region may manage indicators."),
        ["monitoring.indicator-shared-not-allowed"] = ("Alle regio's gebruiken deze indicator. Alleen een beheerder mag de definitie wijzigen of de indicator beëindigen. U kunt wel de eigenaar in uw regio kiezen en de indicator koppelen.", "Every region uses this indicator. Only an administrator may change its definition or retire it. You can choose its owner in your region and link it."),
        ["monitoring.version-required"] = ("De versie ontbreekt. Open het formulier opnieuw.", "The version is missing. Open the form again."),
        ["monitoring.indicator-code-taken"] = ("De code '{0}' is al in gebruik. Kies een andere code.", "The code '{0}' is already in use. Choose another code."),
        ["monitoring.indicator-already-retired"] = ("Indicator '{0}' is al beëindigd.", "Indicator '{0}' has already been retired."),
        ["monitoring.indicator-retired"] = ("Indicator '{0}' is beëindigd en kan niet meer gekoppeld worden.", "Indicator '{0}' has been retired and can no longer be linked."),
        ["monitoring.indicator-owner-unknown"] = ("'{0}' is geen organisatie van regio {1}.", "'{0}' is not an organisation of region {1}."),
        ["monitoring.indicator-created"] = ("De indicator is aangemaakt.", "The indicator has been created."),
        ["monitoring.indicator-retired-done"] = ("De indicator is beëindigd. De cijfers blijven bewaard.", "The indicator has been retired. Its figures are kept."),
        ["monitoring.indicator-linked"] = ("De indicator is gekoppeld.", "The indicator has been linked."),
        ["monitoring.indicator-unlinked"] = ("De koppeling is verwijderd.", "The link has been removed."),
        ["monitoring.catalogue-limit"] = ("{0} (regel {1}, kolom {2}); er is niets ingelezen.", "{0} (line {1}, column {2}); nothing was imported."),
        ["monitoring.catalogue-empty"] = ("Het bestand is leeg.", "The file is empty."),
        ["monitoring.catalogue-yaml-invalid"] = ("Geen geldige YAML: {0}", "Not valid YAML: {0}"),
        ["monitoring.catalogue-format-unknown"] = ("format moet 1 zijn.", "format must be 1."),
        ["monitoring.catalogue-other-region"] = ("Dit deel hoort bij regio '{0}', niet bij {1}.", "This part belongs to region '{0}', not to {1}."),
        ["monitoring.catalogue-duplicate"] = ("Indicator '{0}' staat twee keer in het bestand.", "Indicator '{0}' is in the file twice."),
        ["monitoring.catalogue-owner-other-region"] = ("Eigenaar voor regio '{0}': dit bestand mag alleen eigenaars van {1} noemen.", "Owner for region '{0}': this file may only name owners in {1}."),
        ["monitoring.catalogue-code-of-other-region"] = ("De code '{0}' is in gebruik bij een andere regio.", "The code '{0}' is used by another region."),
        ["monitoring.catalogue-region-change"] = ("Indicator '{0}': de regio van een bestaande indicator kan niet veranderen.", "Indicator '{0}': the region of an existing indicator cannot change."),
        ["monitoring.catalogue-result-unknown"] = ("Resultaat '{0}' staat niet in het plan van {1}.", "Result '{0}' is not in the plan of {1}."),
        ["monitoring.catalogue-link-unknown"] = ("Indicator '{0}' staat niet in het bestand.", "Indicator '{0}' is not in the file."),
        ["monitoring.catalogue-import-failed"] = ("Het catalogusbestand bevat fouten; er is niets ingelezen.", "The catalogue file has errors; nothing was imported."),
        ["monitoring.enum.IndicatorLevel.Population"] = ("Populatie: hoe gaat het in de regio", "Population: how the region is doing"),
        ["monitoring.enum.IndicatorLevel.Process"] = ("Proces", "Process"),
        ["monitoring.enum.IndicatorLevel.Output"] = ("Prestatie (output)", "Output"),
        ["monitoring.enum.IndicatorLevel.Outcome"] = ("Effect (outcome)", "Outcome"),
        ["monitoring.enum.IndicatorLevel.Risk"] = ("Risico (signaal)", "Risk (signal)"),
        ["monitoring.enum.RbaQuestion.HowMuch"] = ("Hoeveel doen we?", "How much did we do?"),
        ["monitoring.enum.RbaQuestion.HowWell"] = ("Hoe goed doen we het?", "How well did we do it?"),
        ["monitoring.enum.RbaQuestion.BetterOff"] = ("Is iemand er beter van geworden?", "Is anyone better off?"),
        ["monitoring.enum.IndicatorUnit.Count"] = ("aantal", "count"),
        ["monitoring.enum.IndicatorUnit.Percent"] = ("procent", "percent"),
        ["monitoring.enum.IndicatorUnit.Per1000"] = ("per 1.000", "per 1,000"),
        ["monitoring.enum.IndicatorUnit.Per100000"] = ("per 100.000", "per 100,000"),
        ["monitoring.enum.IndicatorUnit.Days"] = ("dagen", "days"),
        ["monitoring.enum.IndicatorUnit.Weeks"] = ("weken", "weeks"),
        ["monitoring.enum.IndicatorUnit.Euros"] = ("euro", "euros"),
        ["monitoring.enum.IndicatorUnit.Score"] = ("score", "score"),
        ["monitoring.enum.IndicatorUnit.Municipalities"] = ("gemeenten", "municipalities"),
        ["monitoring.enum.IndicatorUnit.Other"] = ("anders", "other"),
        ["monitoring.enum.Polarity.HigherIsBetter"] = ("Hoger is beter", "Higher is better"),
        ["monitoring.enum.Polarity.LowerIsBetter"] = ("Lager is beter", "Lower is better"),
        ["monitoring.enum.Polarity.WithinBand"] = ("Binnen een bandbreedte", "Within a band"),
        ["monitoring.enum.Frequency.Yearly"] = ("Per jaar", "Yearly"),
        ["monitoring.enum.Frequency.Quarterly"] = ("Per kwartaal", "Quarterly"),
        ["monitoring.enum.Frequency.Monthly"] = ("Per maand", "Monthly"),
        ["monitoring.enum.Frequency.Daily"] = ("Per dag", "Daily"),
        ["monitoring.enum.IndicatorSource.Cbs"] = ("CBS", "CBS"),
        ["monitoring.enum.IndicatorSource.RivmGgd"] = ("RIVM / GGD", "RIVM / GGD"),
        ["monitoring.enum.IndicatorSource.Vektis"] = ("Vektis", "Vektis"),
        ["monitoring.enum.IndicatorSource.Partner"] = ("Partner in de regio", "Partner in the region"),
        ["monitoring.enum.IndicatorSource.Manual"] = ("Handmatig ingevoerd", "Entered by hand"),
        ["monitoring.enum.Visibility.Public"] = ("Openbaar", "Public"),
        ["monitoring.enum.Visibility.Internal"] = ("Alleen intern", "Internal only"),
        ["monitoring.enum.AreaLevel.Country"] = ("Nederland", "The Netherlands"),
        ["monitoring.enum.AreaLevel.Province"] = ("Provincie", "Province"),
        ["monitoring.enum.AreaLevel.Region"] = ("Regio", "Region"),
        ["monitoring.enum.AreaLevel.Municipality"] = ("Gemeente", "Municipality"),
        ["monitoring.enum.AreaLevel.District"] = ("Wijk", "District"),

        ["monitoring.status.no-indicator"] = ("Er is nog geen indicator gekoppeld om dit resultaat te meten.", "No indicator measures this result yet."),
        ["monitoring.status.no-target"] = ("Voor dit resultaat is geen meetbaar doel vastgelegd.", "This result has no measurable target."),
        ["monitoring.status.no-measurements"] = ("Er zijn nog geen gepubliceerde cijfers; het doel is {target}.", "No figures have been published yet; the target is {target}."),
        ["monitoring.status.achieved"] = ("Gehaald: de laatste meting ({date}) is {value}; het doel is {target}.",
            "Achieved: the latest figure ({date}) is {value}; the target is {target}."),
        ["monitoring.status.no-deadline"] = ("De laatste meting is {value}; het doel is {target}, maar er is geen einddatum om de trend mee te vergelijken.",
            "The latest figure is {value}; the target is {target}, but there is no deadline to compare the trend with."),
        ["monitoring.status.single-point"] = ("Er is pas één meting ({value}); voor een trend zijn er twee nodig. Het doel is {target}.",
            "There is only one figure ({value}); a trend needs two. The target is {target}."),
        ["monitoring.status.deadline-passed"] = ("De einddatum ({deadline}) is voorbij en de laatste meting is {value}; het doel was {target}.",
            "The deadline ({deadline}) has passed and the latest figure is {value}; the target was {target}."),
        ["monitoring.status.on-track"] = ("Bij dit tempo komt {subject} op {projection} {deadline}; het doel is {target}.",
            "At this pace {subject} reaches {projection} {deadline}; the target is {target}."),
        ["monitoring.status.at-risk"] = ("Bij dit tempo komt {subject} op {projection} {deadline}; het doel is {target}.",
            "At this pace {subject} reaches {projection} {deadline}; the target is {target}."),
        ["monitoring.status.off-track"] = ("Bij dit tempo komt {subject} op {projection} {deadline}; het doel is {target}.",
            "At this pace {subject} reaches {projection} {deadline}; the target is {target}."),
        ["monitoring.status.latest-behind-at-risk"] = ("De laatste meting ({period}) is {value}. Op weg naar {target} {deadline} had dat ongeveer {expected} moeten zijn; het verschil is groter dan de gewone schommeling.",
            "The latest figure ({period}) is {value}. On the way to {target} {deadline} it should have been about {expected}; the gap is larger than the usual ups and downs."),
        ["monitoring.status.latest-behind-off-track"] = ("De laatste meting ({period}) is {value}. Op weg naar {target} {deadline} had dat ongeveer {expected} moeten zijn; het verschil is groter dan de gewone schommeling.",
            "The latest figure ({period}) is {value}. On the way to {target} {deadline} it should have been about {expected}; the gap is larger than the usual ups and downs."),
        ["monitoring.report-format-invalid"] = ("Formaat '{0}' bestaat niet. Kies html, pdf, docx of json.", "Format '{0}' does not exist. Choose html, pdf, docx or json."),
        ["monitoring.no-owner"] = ("Nog geen eigenaar", "No owner yet"),
        ["monitoring.result-ambiguous"] = ("Resultaat '{0}' bestaat in meer dan één regio ({1}). Vraag het op per regio: /api/v1/regions/{{regio}}/results/{0}/status.",
            "Result '{0}' exists in more than one region ({1}). Ask for it per region: /api/v1/regions/{{region}}/results/{0}/status."),
    };

    public static bool Has(string code) => Messages.ContainsKey(code);
    public static IEnumerable<string> Codes => Messages.Keys;

    /// <summary>A problem or rule text; enum arguments become words.</summary>
    public static string Get(string code, params object[] args)
    {
        if (!Messages.TryGetValue(code, out var m)) return Texts.Get(code, args);
        var culture = Texts.IsEnglish ? En : Nl;
        var words = args.Select(a => a is Enum e ? Word(e) : a).ToArray();
        return string.Format(culture, Texts.IsEnglish ? m.En : m.Nl, words);
    }

    public static string StatusName(ResultStatus status) => (status, Texts.IsEnglish) switch
    {
        (ResultStatus.Achieved, false) => "gehaald",
        (ResultStatus.OnTrack, false) => "op koers",
        (ResultStatus.AtRisk, false) => "risico",
        (ResultStatus.OffTrack, false) => "niet op koers",
        (ResultStatus.NoData, false) => "geen gegevens",
        (ResultStatus.Achieved, true) => "achieved",
        (ResultStatus.OnTrack, true) => "on track",
        (ResultStatus.AtRisk, true) => "at risk",
        (ResultStatus.OffTrack, true) => "off track",
        _ => "no data",
    };

    /// <summary>
    /// The plain sentence for a status explanation, e.g. "Bij dit tempo komt het aandeel op 14%
    /// eind 2025; het doel is 20%." Argument order is documented in docs/monitoring-status-rule.md.
    /// </summary>
    public static string Explain(StatusExplanation explanation, IndicatorUnit unit, bool band = false)
    {
        if (!Messages.TryGetValue(explanation.Code, out var m)) return explanation.Code;
        var english = Texts.IsEnglish;
        var a = explanation.Arguments;
        string Target(int i) => band && a.Length > i + 1
            ? (english ? $"between {Value(a[i], unit)} and {Value(a[i + 1], unit)}" : $"tussen {Value(a[i], unit)} en {Value(a[i + 1], unit)}")
            : Value(a[i], unit);

        var text = english ? m.En : m.Nl;
        var parts = explanation.Code switch
        {
            "monitoring.status.no-measurements" => new Dictionary<string, string> { ["target"] = Target(0) },
            "monitoring.status.achieved" or "monitoring.status.no-deadline" or "monitoring.status.single-point" => new()
            {
                ["value"] = Value(a[0], unit), ["date"] = PeriodOrDate(a[1], english), ["target"] = Target(2),
            },
            "monitoring.status.deadline-passed" => new()
            {
                ["value"] = Value(a[0], unit), ["deadline"] = Date(a[1], english), ["target"] = Target(2),
            },
            "monitoring.status.on-track" or "monitoring.status.at-risk" or "monitoring.status.off-track" => new()
            {
                ["subject"] = Subject(unit, english), ["projection"] = Value(a[0], unit), ["deadline"] = When(a[1], english), ["target"] = Target(2),
            },
            "monitoring.status.latest-behind-at-risk" or "monitoring.status.latest-behind-off-track" => new()
            {
                ["value"] = Value(a[0], unit), ["period"] = PeriodOrDate(a[1], english), ["expected"] = Value(a[2], unit),
                ["deadline"] = When(a[3], english), ["target"] = Target(4),
            },
            _ => [],
        };
        foreach (var (key, value) in parts) text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return text;
    }

    /// <summary>A value in its unit, Dutch style: 14%, 2 weken, 5 gemeenten, 1.234.</summary>
    public static string Value(object value, IndicatorUnit unit)
    {
        var english = Texts.IsEnglish;
        var culture = english ? En : Nl;
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var decimals = Decimals(number, unit);
        var n = Math.Round(number, decimals).ToString(decimals == 0 ? "#,##0" : "#,##0.#", culture);
        return (unit, english) switch
        {
            (IndicatorUnit.Percent, _) => n + "%",
            (IndicatorUnit.Per1000, false) => n + " per 1.000",
            (IndicatorUnit.Per1000, true) => n + " per 1,000",
            (IndicatorUnit.Per100000, false) => n + " per 100.000",
            (IndicatorUnit.Per100000, true) => n + " per 100,000",
            (IndicatorUnit.Days, false) => n + (n == "1" ? " dag" : " dagen"),
            (IndicatorUnit.Days, true) => n + (n == "1" ? " day" : " days"),
            (IndicatorUnit.Weeks, false) => n + (n == "1" ? " week" : " weken"),
            (IndicatorUnit.Weeks, true) => n + (n == "1" ? " week" : " weeks"),
            (IndicatorUnit.Municipalities, false) => n + (n == "1" ? " gemeente" : " gemeenten"),
            (IndicatorUnit.Municipalities, true) => n + (n == "1" ? " municipality" : " municipalities"),
            (IndicatorUnit.Euros, _) => "€ " + n,
            _ => n,
        };
    }

    /// <summary>The value as pages and tables show it (whole counts, else one decimal below 100); the chart plots the same.</summary>
    public static double Rounded(double value, IndicatorUnit unit) => Math.Round(value, Decimals(value, unit));

    private static int Decimals(double number, IndicatorUnit unit) =>
        unit is IndicatorUnit.Count or IndicatorUnit.Municipalities || Math.Abs(number) >= 100 ? 0 : 1;

    private static string Subject(IndicatorUnit unit, bool english) => (unit, english) switch
    {
        (IndicatorUnit.Percent or IndicatorUnit.Per1000 or IndicatorUnit.Per100000, false) => "het aandeel",
        (IndicatorUnit.Percent or IndicatorUnit.Per1000 or IndicatorUnit.Per100000, true) => "the share",
        (IndicatorUnit.Days or IndicatorUnit.Weeks, false) => "de wachttijd",
        (IndicatorUnit.Days or IndicatorUnit.Weeks, true) => "the waiting time",
        (IndicatorUnit.Municipalities, false) => "het aantal gemeenten",
        (IndicatorUnit.Municipalities, true) => "the number of municipalities",
        (_, false) => "het cijfer",
        _ => "the figure",
    };

    /// <summary>"eind 2025" for the last day of a year, else "op 30 juni 2024".</summary>
    private static string When(object date, bool english)
    {
        var d = (DateOnly)date;
        if (d is { Month: 12, Day: 31 }) return english ? $"by the end of {d.Year}" : $"eind {d.Year}";
        return (english ? "on " : "op ") + Date(d, english);
    }

    /// <summary>A period code in words for the reader's language: "3e kwartaal 2026", "november 2026", "2025".</summary>
    public static string PeriodLabel(string? code) => Period.LabelOf(code, Texts.IsEnglish);

    private static string PeriodOrDate(object value, bool english) => value is string code ? Period.LabelOf(code, english) : Date(value, english);

    private static string Date(object date, bool english) =>
        ((DateOnly)date).ToString("d MMMM yyyy", english ? En : Nl);

    private static string Word(Enum value) => (value, Texts.IsEnglish) switch
    {
        (Frequency.Yearly, false) => "jaar",
        (Frequency.Quarterly, false) => "kwartaal",
        (Frequency.Monthly, false) => "maand",
        (Frequency.Daily, false) => "dag",
        (Frequency.Yearly, true) => "year",
        (Frequency.Quarterly, true) => "quarter",
        (Frequency.Monthly, true) => "month",
        (Frequency.Daily, true) => "day",
        (AreaLevel.Country, false) => "land",
        (AreaLevel.Province, false) => "provincie",
        (AreaLevel.Region, false) => "regio",
        (AreaLevel.Municipality, false) => "gemeente",
        (AreaLevel.District, false) => "wijk",
        _ => value.ToString().ToLowerInvariant(),
    };
}

/// <summary>Dutch and English text for boundary imports and the map; unknown codes fall back to <see cref="MonitoringTexts"/>.</summary>
public static class BoundaryTexts
{
    /// <summary>What the CBS/PDOK licence (CC BY 4.0) asks us to show with the municipality outlines.</summary>
    public const string CbsAttribution = "Bron: CBS, Kadaster / PDOK (CC BY 4.0)";

    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["boundaries.json-invalid"] = ("Het bestand is geen geldige JSON (fout op regel {0}, positie {1}).", "The file is not valid JSON (error at line {0}, position {1})."),
        ["boundaries.not-feature-collection"] = ("Het bestand is geen GeoJSON FeatureCollection: 'type' moet 'FeatureCollection' zijn.",
            "The file is not a GeoJSON FeatureCollection: 'type' must be 'FeatureCollection'."),
        ["boundaries.crs-rd"] = ("Het bestand gebruikt RD New ({0}, meters). Zet het eerst om naar WGS84 (EPSG:4326, lengte- en breedtegraden).",
            "The file uses RD New ({0}, metres). Convert it to WGS84 (EPSG:4326, longitude and latitude) first."),
        ["boundaries.crs-not-wgs84"] = ("Het bestand gebruikt coördinatenstelsel {0}. Lees een bestand in WGS84 (EPSG:4326) in.",
            "The file uses coordinate system {0}. Import a file in WGS84 (EPSG:4326)."),
        ["boundaries.no-features"] = ("Het bestand bevat geen features.", "The file has no features."),
        ["boundaries.no-areas"] = ("Het bestand bevat geen enkele gemeente.", "The file has no municipality at all."),
        ["boundaries.feature-invalid"] = ("Dit is geen GeoJSON-feature ('type' moet 'Feature' zijn).", "This is not a GeoJSON feature ('type' must be 'Feature')."),
        ["boundaries.code-missing"] = ("Geen gebiedscode: de eigenschap {0} ontbreekt of is leeg.", "No area code: the property {0} is missing or empty."),
        ["boundaries.code-invalid"] = ("'{0}' is geen CBS-code van een gemeente of wijk (zoals GM0193).", "'{0}' is not a CBS code of a municipality or district (such as GM0193)."),
        ["boundaries.geometry-missing"] = ("De feature heeft geen geometrie.", "The feature has no geometry."),
        ["boundaries.geometry-not-polygon"] = ("De geometrie is een {0}. Alleen vlakken (Polygon of MultiPolygon) kunnen op de kaart.",
            "The geometry is a {0}. Only areas (Polygon or MultiPolygon) can go on the map."),
        ["boundaries.geometry-unreadable"] = ("De coördinaten van de geometrie zijn niet te lezen.", "The geometry's coordinates cannot be read."),
        ["boundaries.geometry-empty"] = ("De geometrie is leeg.", "The geometry is empty."),
        ["boundaries.coordinates-rd"] = ("Coördinaat ({0}; {1}) ligt buiten WGS84. Dit lijken RD New-coördinaten (EPSG:28992, meters); zet het bestand eerst om naar WGS84 (EPSG:4326).",
            "Coordinate ({0}; {1}) lies outside WGS84. These look like RD New coordinates (EPSG:28992, metres); convert the file to WGS84 (EPSG:4326) first."),
        ["boundaries.coordinates-out-of-range"] = ("Coördinaat ({0}; {1}) ligt buiten WGS84 (lengte -180 tot 180, breedte -90 tot 90).",
            "Coordinate ({0}; {1}) lies outside WGS84 (longitude -180 to 180, latitude -90 to 90)."),
        ["boundaries.year-missing"] = ("Geef het jaar van de grenzen op: het bestand heeft geen eigenschap 'jaar'.", "Give the year of the boundaries: the file has no 'jaar' property."),
        ["boundaries.year-invalid"] = ("{0} is geen geldig jaar.", "{0} is not a valid year."),
        ["boundaries.year-mixed"] = ("Deze feature is van {0}, eerdere van {1}. Eén jaar per bestand.", "This feature is from {0}, earlier ones from {1}. One year per file."),
        ["boundaries.import-failed"] = ("Het bestand bevat fouten; er zijn geen grenzen opgeslagen.", "The file has errors; no boundaries were saved."),
        ["boundaries.too-large"] = ("Het bestand is groter dan {0} MB.", "The file is larger than {0} MB."),
        ["boundaries.not-allowed"] = ("Alleen beheerders en coördinatoren mogen gemeentegrenzen inlezen.", "Only administrators and coordinators may import municipality boundaries."),
        ["boundaries.note-pseudo-area"] = ("Feature {0}: {1} ({2}) is geen gemeente op de kaart en is overgeslagen.",
            "Feature {0}: {1} ({2}) is not a municipality on the map and was skipped."),
        ["boundaries.note-water"] = ("{0} waterdelen (water = JA) zijn overgeslagen; de kaart toont het land.", "{0} water parts (water = JA) were skipped; the map shows land."),
        ["boundaries.note-merged"] = ("{0} staat {1} keer in het bestand (features {2}); de delen zijn samengevoegd.",
            "{0} appears {1} times in the file (features {2}); the parts were joined."),
    };

    public static bool Has(string code) => Messages.ContainsKey(code);
    public static IEnumerable<string> Codes => Messages.Keys;

    public static string Get(string code, params object[] args) =>
        Messages.TryGetValue(code, out var m)
            ? string.Format(CultureInfo.GetCultureInfo(Texts.IsEnglish ? "en-GB" : "nl-NL"), Texts.IsEnglish ? m.En : m.Nl, args)
            : MonitoringTexts.Get(code, args);
}
