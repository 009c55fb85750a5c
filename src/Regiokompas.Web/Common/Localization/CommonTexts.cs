namespace Regiokompas.Web.Common.Localization;

/// <summary>Texts shared by all modules: edits, errors, requests, health, database, validation; registered in TextRegistry.</summary>
public static class CommonTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["edit.conflict"] = ("Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe waarden en sla opnieuw op.", "Someone else changed this in the meantime. Review the current values and save again."),
        ["edit.not-allowed"] = ("U mag dit niet wijzigen.", "You may not change this."),
        ["edit.only-progress"] = ("Uw organisatie mag bij deze actie alleen de status en voortgang bijwerken.", "Your organisation may only update the status and progress of this action."),
        ["edit.saved"] = ("Uw wijziging is opgeslagen.", "Your change has been saved."),
        ["request.too-many"] = ("Te veel verzoeken in korte tijd.", "Too many requests in a short time."),
        ["request.retry-after"] = ("Wacht {0} seconden en probeer het dan opnieuw.", "Wait {0} seconds and try again."),
        ["health.database-not-writable"] = ("De database neemt nu geen wijzigingen aan.", "The database does not accept changes right now."),
        ["database.empty-file"] = ("Het databasebestand {0} is leeg (0 bytes). Regiokompas start niet, om niet stilzwijgend met een lege installatie te beginnen. Zet een back-up terug, of verwijder het bestand om bewust opnieuw te beginnen.",
            "The database file {0} is empty (0 bytes). Regiokompas will not start, so as not to begin silently with an empty installation. Restore a backup, or delete the file to start afresh on purpose."),
        ["database.not-sqlite"] = ("Het bestand {0} is geen SQLite-database. Regiokompas start niet. Controleer DataFolder en ConnectionStrings:Regiokompas.",
            "The file {0} is not an SQLite database. Regiokompas will not start. Check DataFolder and ConnectionStrings:Regiokompas."),
        ["database.foreign-schema"] = ("De database bevat {0} tabellen maar is niet van Regiokompas (de migratietabel __ef_migrations ontbreekt). Regiokompas start niet, om geen gegevens van een ander programma te wijzigen.",
            "The database holds {0} tables but is not a Regiokompas database (the migrations table __ef_migrations is missing). Regiokompas will not start, so as not to change another program's data."),
        ["validation.required"] = ("Dit veld is verplicht.", "This field is required."),
        ["validation.string-length"] = ("Gebruik hoogstens {1} tekens.", "Use at most {1} characters."),
        ["validation.string-length-range"] = ("Gebruik {2} tot {1} tekens.", "Use {2} to {1} characters."),
        ["validation.max-length"] = ("Gebruik hoogstens {1} tekens of items.", "Use at most {1} characters or items."),
        ["validation.min-length"] = ("Gebruik minstens {1} tekens of items.", "Use at least {1} characters or items."),
        ["validation.range"] = ("Kies een waarde van {1} tot en met {2}.", "Choose a value from {1} to {2}."),
        ["validation.email"] = ("Dit is geen geldig e-mailadres.", "This is not a valid e-mail address."),
        ["validation.url"] = ("Dit is geen geldig webadres (begin met https://).", "This is not a valid web address (start with https://)."),
        ["validation.phone"] = ("Dit is geen geldig telefoonnummer.", "This is not a valid phone number."),
        ["validation.pattern"] = ("De invoer heeft niet de juiste vorm.", "The input does not have the right form."),
        ["validation.compare"] = ("De twee velden zijn niet gelijk.", "The two fields do not match."),
        ["validation.invalid"] = ("Deze invoer is ongeldig.", "This input is not valid."),
        ["validation.value-invalid"] = ("'{0}' is hier geen geldige waarde.", "'{0}' is not a valid value here."),
        ["validation.value-missing"] = ("Vul een waarde in.", "Enter a value."),
        ["validation.not-a-number"] = ("Vul een getal in.", "Enter a number."),
        ["validation.body-missing"] = ("Het verzoek is leeg.", "The request is empty."),
        ["error.server"] = ("Er ging iets mis aan onze kant. Probeer het later opnieuw.", "Something went wrong on our side. Please try again later."),
    };
}
