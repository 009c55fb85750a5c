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
        ["plan.unknown-pillar"] = ("Pijler '{0}' bestaat niet (meer) in deze regio.", "Pillar '{0}' does not exist (any more) in this region."),
        ["plan.unknown-goal"] = ("Doel '{0}' bestaat niet (meer) in deze regio.", "Goal '{0}' does not exist (any more) in this region."),
        ["plan.unknown-municipality"] = ("Gemeente '{0}' hoort niet bij deze regio.", "Municipality '{0}' is not part of this region."),
        ["plan.parent-pillar-required"] = ("Kies de pijler waar dit onder valt.", "Choose the pillar this belongs to."),
        ["plan.parent-goal-required"] = ("Kies het doel waar dit onder valt.", "Choose the goal this belongs to."),
        ["plan.version-required"] = ("Het versienummer ontbreekt. Open het formulier opnieuw.", "The version number is missing. Open the form again."),
        ["plan.item-retired"] = ("Dit onderdeel is ingetrokken en kan niet meer worden gewijzigd.", "This item has been retired and can no longer be changed."),
        ["plan.cannot-move-kind"] = ("Alleen doelen, resultaten, acties en randvoorwaarden kunnen naar een ander onderdeel.", "Only goals, results, actions and preconditions can move to another parent."),
        ["plan.organisation-owns-actions"] = ("{0} is nog eigenaar van acties. Geef die acties eerst een andere eigenaar.", "{0} still owns actions. Give those actions another owner first."),
        ["plan.version-marked"] = ("Het plan is vastgelegd als versie {0}.", "The plan has been marked as version {0}."),
        ["plan.unknown-decision"] = ("Dat besluit bestaat niet in deze regio.", "That decision does not exist in this region."),
    };
}
