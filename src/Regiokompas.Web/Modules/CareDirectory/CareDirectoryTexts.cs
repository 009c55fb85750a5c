namespace Regiokompas.Web.Modules.CareDirectory;

/// <summary>Dutch and English text for the CareDirectory (Aanbod) codes and the B1 writing hints; registered in TextRegistry.</summary>
public static class CareDirectoryTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
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
        ["caredirectory.path-invalid-json"] = ("Het vragenpad is geen geldige JSON: {0}", "The question path is not valid JSON: {0}"),
        ["caredirectory.path-question-count"] = ("Een vragenpad heeft 1 tot 6 vragen, niet {0}.", "A question path has 1 to 6 questions, not {0}."),
        ["caredirectory.path-duplicate-id"] = ("De id '{0}' komt in het vragenpad vaker voor of ontbreekt.", "The id '{0}' occurs more than once in the question path, or is missing."),
        ["caredirectory.path-too-few-options"] = ("Vraag '{0}' heeft minstens twee antwoorden nodig.", "Question '{0}' needs at least two answers."),
        ["caredirectory.path-unknown-answer"] = ("Dit antwoord bestaat niet.", "This answer does not exist."),
        ["caredirectory.import-rejected"] = ("Het bestand is niet ingelezen; er is niets veranderd. Zie de lijst met problemen.", "The file was not imported; nothing changed. See the list of problems."),
        ["b1.sentence-too-long"] = ("Deze zin heeft {2} woorden. Maak er twee zinnen van: \"{0}\"", "This sentence has {2} words. Split it: \"{0}\""),
        ["b1.long-word"] = ("Het woord \"{0}\" is lang. Kunt u een korter woord kiezen?", "The word \"{0}\" is long. Can you use a shorter word?"),
        ["b1.jargon"] = ("Schrijf liever \"{1}\" in plaats van \"{0}\".", "Write \"{1}\" rather than \"{0}\"."),
        ["b1.abbreviation"] = ("Schrijf de afkorting \"{0}\" voluit.", "Spell out the abbreviation \"{0}\"."),
    };
}
