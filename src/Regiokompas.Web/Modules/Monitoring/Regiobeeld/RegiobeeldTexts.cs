using System.Globalization;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Monitoring.Regiobeeld;

/// <summary>Texts of the regiobeeld and the CBS connector, Dutch (B1) and English.</summary>
public static class RegiobeeldTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["regiobeeld.theme-unknown"] = ("'{0}' is geen onderwerp van het regiobeeld. Kies bevolking, leeftijd of huishoudens.",
            "'{0}' is not a theme of the regional profile. Choose bevolking, leeftijd or huishoudens."),
        ["regiobeeld.date-in-future"] = ("De datum {0} ligt in de toekomst.", "The date {0} lies in the future."),
        ["regiobeeld.text-required"] = ("Schrijf eerst een tekst.", "Write a text first."),
        ["regiobeeld.version-required"] = ("Stuur de versie mee die u gelezen hebt, zodat een wijziging van een ander niet verloren gaat.",
            "Send the version you read, so that someone else's change is not lost."),
        ["monitoring.cbs-filter-invalid"] = ("'{0}' is geen geldig filter. Schrijf Dimensie=Code, bijvoorbeeld Geslacht=T001038; meerdere met een puntkomma.",
            "'{0}' is not a valid filter. Write Dimension=Code, for example Geslacht=T001038; separate several with a semicolon."),
        ["monitoring.cbs-table-invalid"] = ("'{0}' is geen CBS-tabelnummer. Een tabelnummer is 5 cijfers en 3 letters, zoals 03759ned.",
            "'{0}' is not a CBS table id. A table id is 5 digits and 3 letters, such as 03759ned."),
        ["monitoring.cbs-measure-invalid"] = ("'{0}' is geen CBS-onderwerpcode, zoals M000352.", "'{0}' is not a CBS measure code, such as M000352."),
        ["monitoring.cbs-indicator-not-allowed"] = ("Indicator '{0}' bestaat niet of is niet van deze regio.", "Indicator '{0}' does not exist or does not belong to this region."),
        ["monitoring.cbs-mapping-unknown"] = ("Deze koppeling bestaat niet (meer).", "This mapping does not exist (any more)."),
        ["monitoring.cbs-no-mappings"] = ("Er is geen actieve koppeling voor tabel {0} in deze regio. Leg eerst vast welk onderwerp bij welke indicator hoort.",
            "There is no active mapping for table {0} in this region. First record which measure belongs to which indicator."),
        ["monitoring.cbs-file-unreadable"] = ("Dit bestand is geen OData-antwoord of CSV-bestand van CBS: {0}",
            "This file is not a CBS OData response or CSV file: {0}"),
        ["monitoring.cbs-file-too-large"] = ("Het bestand is groter dan {0} MB.", "The file is larger than {0} MB."),
        ["monitoring.cbs-nothing-selected"] = ("Het bestand bevat geen enkel cijfer dat bij een koppeling en een gemeente van deze regio hoort.",
            "The file holds no figure that fits a mapping and a municipality of this region."),
        ["monitoring.cbs-format-unknown"] = ("Onbekend formaat '{0}': kies odata of csv.", "Unknown format '{0}': choose odata or csv."),
        ["monitoring.cbs-date-invalid"] = ("'{0}' is geen datum (jjjj-mm-dd) of ligt in de toekomst.", "'{0}' is not a date (yyyy-mm-dd) or lies in the future."),
    };

    public static string Get(string code, params object[] args) =>
        Messages.TryGetValue(code, out var m)
            ? string.Format(CultureInfo.GetCultureInfo(Texts.IsEnglish ? "en-GB" : "nl-NL"), Texts.IsEnglish ? m.En : m.Nl, args)
            : MonitoringTexts.Get(code, args);
}
