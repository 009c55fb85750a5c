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
        ["error.server"] = ("Er ging iets mis aan onze kant. Probeer het later opnieuw.", "Something went wrong on our side. Please try again later."),
    };

    // Modules keep their own codes next to their code; listed here so lookups need no lock.
    private static readonly IReadOnlyDictionary<string, (string Nl, string En)>[] ModuleMessages =
    [
        Modules.Capacity.CapacityTexts.Messages,
    ];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Get(string code, params object[] args)
    {
        if (!Messages.TryGetValue(code, out var m) && !ModuleMessages.Any(d => d.TryGetValue(code, out m))) return code;
        return string.Format(CultureInfo.InvariantCulture, IsEnglish ? m.En : m.Nl, args);
    }

    public static IEnumerable<string> Codes => Messages.Keys.Concat(ModuleMessages.SelectMany(d => d.Keys));
}
