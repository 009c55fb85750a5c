using System.Globalization;

namespace Regiokompas.Web.Common.Localization;

/// <summary>
/// Turns stable rule codes into Dutch (default) or English sentences. Kept as code rather than
/// .resx so that a missing translation is a compile-time-visible dictionary entry and a unit test.
/// </summary>
public static class Texts
{
    private static readonly Dictionary<string, (string Nl, string En)> Messages = new()
    {
        ["plan.deadline-before-plan-start"] = ("De deadline {0:yyyy-MM-dd} ligt voor de start van het plan ({1:yyyy-MM-dd}).", "The deadline {0:yyyy-MM-dd} is before the plan start ({1:yyyy-MM-dd})."),
        ["plan.target-needs-unit"] = ("Een streefwaarde heeft een eenheid nodig.", "A target value needs a unit."),
        ["plan.percentage-out-of-range"] = ("Een percentage ligt tussen 0 en 100.", "A percentage lies between 0 and 100."),
        ["plan.due-before-start"] = ("De einddatum {1:yyyy-MM-dd} ligt voor de startdatum {0:yyyy-MM-dd}.", "The due date {1:yyyy-MM-dd} is before the start date {0:yyyy-MM-dd}."),
        ["plan.note-empty"] = ("Schrijf iets in de voortgangsnotitie.", "The progress note is empty."),
        ["plan.note-too-long"] = ("Een voortgangsnotitie is hoogstens {0} tekens.", "A progress note has at most {0} characters."),
        ["plan.transformation-status-not-allowed"] = ("Een transformatieplan kan niet van '{0}' naar '{1}'.", "A transformation plan cannot move from '{0}' to '{1}'."),
        ["plan.unknown-organisation"] = ("Organisatie '{0}' bestaat niet in deze regio.", "Organisation '{0}' does not exist in this region."),
        ["edit.conflict"] = ("Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe waarden en sla opnieuw op.", "Someone else changed this in the meantime. Review the current values and save again."),
        ["edit.not-allowed"] = ("U mag dit niet wijzigen.", "You may not change this."),
        ["edit.only-progress"] = ("Uw organisatie mag bij deze actie alleen de status en voortgang bijwerken.", "Your organisation may only update the status and progress of this action."),
        ["edit.saved"] = ("Uw wijziging is opgeslagen.", "Your change has been saved."),
        // CareDirectory (Aanbod)
        ["caredirectory.name-required"] = ("Geef de dienst een naam.", "Give the service a name."),
        ["caredirectory.name-too-long"] = ("Een naam is hoogstens {0} tekens.", "A name has at most {0} characters."),
        ["caredirectory.summary-too-long"] = ("De korte uitleg is hoogstens {0} tekens.", "The summary has at most {0} characters."),
        ["caredirectory.age-out-of-range"] = ("Een leeftijd ligt tussen {0} en {1}.", "An age lies between {0} and {1}."),
        ["caredirectory.age-range-invalid"] = ("De minimumleeftijd ({0}) is hoger dan de maximumleeftijd ({1}).", "The minimum age ({0}) is above the maximum age ({1})."),
        ["caredirectory.unknown-theme"] = ("Thema '{0}' bestaat niet.", "Theme '{0}' does not exist."),
        ["caredirectory.assured-date-in-future"] = ("De controledatum {0:yyyy-MM-dd} ligt in de toekomst.", "The check date {0:yyyy-MM-dd} is in the future."),
        ["caredirectory.coordinates-incomplete"] = ("Geef zowel breedte- als lengtegraad.", "Give both latitude and longitude."),
        ["caredirectory.coordinates-out-of-range"] = ("Deze coördinaten bestaan niet.", "These coordinates do not exist."),
        ["caredirectory.closes-before-opens"] = ("De sluitingstijd ligt voor de openingstijd.", "The closing time is before the opening time."),
        ["caredirectory.report-empty"] = ("Schrijf wat er niet klopt.", "Describe what is wrong."),
        ["caredirectory.report-too-long"] = ("Uw melding is hoogstens {0} tekens.", "Your report has at most {0} characters."),
        ["caredirectory.report-email-invalid"] = ("Dit is geen geldig e-mailadres.", "This is not a valid e-mail address."),
        ["caredirectory.referral-needs-consent"] = ("Een verwijzing kan alleen met toestemming van de inwoner.", "A referral needs the resident's consent."),
        ["caredirectory.referral-initials-invalid"] = ("Vul alleen voorletters in (hoogstens {0} tekens).", "Enter initials only (at most {0} characters)."),
        ["caredirectory.referral-note-too-long"] = ("De notitie is hoogstens {0} tekens.", "The note has at most {0} characters."),
        ["caredirectory.referral-status-not-allowed"] = ("Een verwijzing kan niet van '{0}' naar '{1}'.", "A referral cannot move from '{0}' to '{1}'."),
        ["caredirectory.referral-reason-required"] = ("Geef aan waarom de hulp niet is gestart.", "Say why the help did not start."),
        ["caredirectory.freshness-policy-invalid"] = ("De termijnen voor herinneren, markeren en verbergen moeten oplopen.", "Reminder, flag and hide periods must increase."),
        ["caredirectory.path-unknown-answer"] = ("Dit antwoord bestaat niet.", "This answer does not exist."),
        ["caredirectory.import-rejected"] = ("Het bestand is niet ingelezen; er is niets veranderd. Zie de lijst met problemen.", "The file was not imported; nothing changed. See the list of problems."),
        ["b1.sentence-too-long"] = ("Deze zin heeft {2} woorden. Maak er twee zinnen van: \"{0}\"", "This sentence has {2} words. Split it: \"{0}\""),
        ["b1.long-word"] = ("Het woord \"{0}\" is lang. Kunt u een korter woord kiezen?", "The word \"{0}\" is long. Can you use a shorter word?"),
        ["b1.jargon"] = ("Schrijf liever \"{1}\" in plaats van \"{0}\".", "Write \"{1}\" rather than \"{0}\"."),
        ["b1.abbreviation"] = ("Schrijf de afkorting \"{0}\" voluit.", "Spell out the abbreviation \"{0}\"."),
        ["error.server"] = ("Er ging iets mis aan onze kant. Probeer het later opnieuw.", "Something went wrong on our side. Please try again later."),
    };

    // Modules keep their own codes next to their code; listed here so lookups need no lock.
    private static readonly IReadOnlyDictionary<string, (string Nl, string En)>[] ModuleMessages =
    [
        Modules.Capacity.CapacityTexts.Messages,
        Modules.Governance.GovernanceTexts.Messages,
    ];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Get(string code, params object[] args)
    {
        if (!Messages.TryGetValue(code, out var m) && !ModuleMessages.Any(d => d.TryGetValue(code, out m))) return code;
        return string.Format(CultureInfo.InvariantCulture, IsEnglish ? m.En : m.Nl, args);
    }

    public static IEnumerable<string> Codes => Messages.Keys.Concat(ModuleMessages.SelectMany(d => d.Keys));
}
