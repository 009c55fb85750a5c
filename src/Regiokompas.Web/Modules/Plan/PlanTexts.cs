namespace Regiokompas.Web.Modules.Plan;

/// <summary>Dutch and English text for the Plan module's rule codes; registered in TextRegistry.</summary>
public static class PlanTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["plan.deadline-before-plan-start"] = ("De deadline {0:yyyy-MM-dd} ligt voor de start van het plan ({1:yyyy-MM-dd}).", "The deadline {0:yyyy-MM-dd} is before the plan start ({1:yyyy-MM-dd})."),
        ["plan.target-needs-unit"] = ("Een streefwaarde heeft een eenheid nodig.", "A target value needs a unit."),
        ["plan.percentage-out-of-range"] = ("Een percentage ligt tussen 0 en 100.", "A percentage lies between 0 and 100."),
        ["plan.due-before-start"] = ("De einddatum {1:yyyy-MM-dd} ligt voor de startdatum {0:yyyy-MM-dd}.", "The due date {1:yyyy-MM-dd} is before the start date {0:yyyy-MM-dd}."),
        ["plan.note-empty"] = ("Schrijf iets in de voortgangsnotitie.", "The progress note is empty."),
        ["plan.note-too-long"] = ("Een voortgangsnotitie is hoogstens {0} tekens.", "A progress note has at most {0} characters."),
        ["plan.transformation-status-not-allowed"] = ("Een transformatieplan kan niet van '{0}' naar '{1}'.", "A transformation plan cannot move from '{0}' to '{1}'."),
        ["plan.unknown-organisation"] = ("Organisatie '{0}' bestaat niet in deze regio.", "Organisation '{0}' does not exist in this region."),
    };
}
