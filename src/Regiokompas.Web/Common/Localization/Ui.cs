using Regiokompas.Domain.Plan;

namespace Regiokompas.Web.Common.Localization;

/// <summary>Interface text helpers for views: Dutch first, English when the visitor chose it.</summary>
public static class Ui
{
    public static string T(string nl, string en) => Texts.IsEnglish ? en : nl;

    public static string Label(ActionStatus s) => s switch
    {
        ActionStatus.Planned => T("gepland", "planned"),
        ActionStatus.Running => T("loopt", "running"),
        ActionStatus.Done => T("klaar", "done"),
        ActionStatus.Delayed => T("vertraagd", "delayed"),
        ActionStatus.Stopped => T("gestopt", "stopped"),
        _ => s.ToString(),
    };

    public static string Label(PillarKind k) => k switch
    {
        PillarKind.Coalitie => T("Coalitie", "Coalition"),
        PillarKind.Bouwsteen => T("Bouwsteen", "Building block"),
        PillarKind.Fundament => T("Fundament", "Foundation"),
        PillarKind.Thema => T("Thema", "Theme"),
        PillarKind.Transformatieopgave => T("Transformatieopgave", "Transformation task"),
        _ => k.ToString(),
    };

    public static string PluralLabel(PillarKind k) => k switch
    {
        PillarKind.Coalitie => T("Coalities", "Coalitions"),
        PillarKind.Bouwsteen => T("Bouwstenen", "Building blocks"),
        PillarKind.Fundament => T("Fundamenten", "Foundations"),
        PillarKind.Thema => T("Thema's", "Themes"),
        PillarKind.Transformatieopgave => T("Transformatieopgaven", "Transformation tasks"),
        _ => k.ToString(),
    };

    public static string Label(TransformationPlanStatus s) => s switch
    {
        TransformationPlanStatus.Idea => T("idee", "idea"),
        TransformationPlanStatus.QuickCheck => T("snelle toets", "quick check"),
        TransformationPlanStatus.Submitted => T("ingediend", "submitted"),
        TransformationPlanStatus.Approved => T("goedgekeurd", "approved"),
        TransformationPlanStatus.Rejected => T("afgewezen", "rejected"),
        TransformationPlanStatus.Running => T("in uitvoering", "running"),
        TransformationPlanStatus.Finished => T("afgerond", "finished"),
        _ => s.ToString(),
    };

    public static string Label(FundingRoute f) => f switch
    {
        FundingRoute.SpukIza => "SPUK IZA",
        FundingRoute.SpukGala => "SPUK GALA",
        FundingRoute.InsurerFund => T("transformatiemiddelen zorgverzekeraar", "insurer transformation funds"),
        _ => T("anders", "other"),
    };

    public static string Label(RolloutStatus s) => s switch
    {
        RolloutStatus.NotStarted => T("niet gestart", "not started"),
        RolloutStatus.Preparing => T("in voorbereiding", "preparing"),
        RolloutStatus.Implementing => T("wordt ingevoerd", "being implemented"),
        RolloutStatus.Implemented => T("ingevoerd", "implemented"),
        _ => T("onbekend", "unknown"),
    };

    public static string Label(OrganisationType t) => t switch
    {
        OrganisationType.Municipality => T("gemeente", "municipality"),
        OrganisationType.Insurer => T("zorgverzekeraar", "health insurer"),
        OrganisationType.Ggd => "GGD",
        OrganisationType.Hospital => T("ziekenhuis", "hospital"),
        OrganisationType.GpOrganisation => T("huisartsenorganisatie", "GP organisation"),
        OrganisationType.NursingHomeCare => T("verpleging en verzorging (VVT)", "nursing and home care"),
        OrganisationType.MentalHealth => "GGZ",
        OrganisationType.Welfare => T("welzijn", "welfare"),
        OrganisationType.Education => T("onderwijs", "education"),
        OrganisationType.Residents => T("inwonersorganisatie", "residents' organisation"),
        _ => T("overig", "other"),
    };

    /// <summary>The word for a target's unit in a choice list ("procent", "dagen").</summary>
    public static string Label(TargetUnit u) => u switch
    {
        TargetUnit.Percent => T("procent (%)", "percent (%)"),
        TargetUnit.Count => T("aantal", "count"),
        TargetUnit.Per1000 => T("per 1.000", "per 1,000"),
        TargetUnit.Days => T("dagen", "days"),
        TargetUnit.Weeks => T("weken", "weeks"),
        TargetUnit.Euros => T("euro", "euros"),
        TargetUnit.Municipalities => T("gemeenten", "municipalities"),
        _ => T("anders", "other"),
    };

    public static string Target(double value, string unit) => unit switch
    {
        "percent" => $"{value:0.#}%",
        "per-1000" => T($"{value:0.#} per 1.000", $"{value:0.#} per 1,000"),
        "days" => T($"{value:0.#} dagen", $"{value:0.#} days"),
        "weeks" => T($"{value:0.#} weken", $"{value:0.#} weeks"),
        "euros" => $"€ {value:N0}",
        "municipalities" => T($"{value:0.#} gemeenten", $"{value:0.#} municipalities"),
        _ => $"{value:0.#}",
    };

    /// <summary>Whole euros, grouped the reader's way: "€ 1.250.000" (Dutch) or "€ 1,250,000".</summary>
    public static string Euro(decimal amount) =>
        "€ " + amount.ToString("N0", Texts.IsEnglish ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    private static readonly string[] MonthsNl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Date(DateOnly? d) => d is { } x
        ? Texts.IsEnglish ? $"{x.Day} {MonthsEn[x.Month - 1]} {x.Year}" : $"{x.Day} {MonthsNl[x.Month - 1]} {x.Year}"
        : T("geen datum", "no date");

    public static string DateTimeLocal(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, Amsterdam);
        return $"{Date(DateOnly.FromDateTime(local))} {local:HH:mm}";
    }

    private static readonly TimeZoneInfo Amsterdam = TryZone("Europe/Amsterdam");
    private static TimeZoneInfo TryZone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
