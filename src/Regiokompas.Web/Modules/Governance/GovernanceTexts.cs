namespace Regiokompas.Web.Modules.Governance;

/// <summary>Dutch and English text for the Regiotafel (governance) codes; registered with the shared Texts.</summary>
public static class GovernanceTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["governance.meeting-needs-place"] = ("Geef een plaats of een videolink voor de vergadering.", "Give a place or a video link for the meeting."),
        ["governance.meeting-ends-before-start"] = ("De vergadering moet eindigen na het begin.", "The meeting must end after it starts."),
        ["governance.meeting-too-long"] = ("Een vergadering duurt hoogstens 24 uur.", "A meeting lasts at most 24 hours."),
        ["governance.agenda-title-required"] = ("Geef het agendapunt een titel.", "Give the agenda item a title."),
        ["governance.plan-item-incomplete"] = ("Kies bij een onderdeel van het plan zowel de soort als het onderdeel zelf.", "For a plan item, choose both its kind and the item itself."),
        ["governance.plan-item-unknown"] = ("Onderdeel '{0}' bestaat niet in het plan van deze regio.", "Item '{0}' does not exist in this region's plan."),
        ["governance.minutes-too-long"] = ("Het verslag is hoogstens {0} tekens.", "The minutes have at most {0} characters."),
        ["governance.decision-title-required"] = ("Geef het voorstel een titel.", "Give the proposal a title."),
        ["governance.proposal-required"] = ("Schrijf op wat er aan de tafel gevraagd wordt.", "Write down what the table is asked."),
        ["governance.proposer-required"] = ("Vul in wie het voorstel doet (organisatie of rol).", "Fill in who makes the proposal (organisation or role)."),
        ["governance.text-too-long"] = ("Deze tekst is hoogstens {0} tekens.", "This text has at most {0} characters."),
        ["governance.objector-required"] = ("Vul in wie het bezwaar maakt (organisatie of rol).", "Fill in who objects (organisation or role)."),
        ["governance.objection-required"] = ("Schrijf op wat het bezwaar is.", "Write down the objection."),
        ["governance.objection-unknown"] = ("Bezwaar {0} bestaat niet bij dit voorstel.", "Objection {0} does not exist for this proposal."),
        ["governance.objection-already-met"] = ("Aan bezwaar {0} is al tegemoetgekomen.", "Objection {0} has already been met."),
        ["governance.how-met-required"] = ("Schrijf op hoe aan het bezwaar is tegemoetgekomen.", "Write down how the objection was met."),
        ["governance.amendment-unchanged"] = ("De aangepaste tekst is gelijk aan het huidige voorstel.", "The amended text is the same as the current proposal."),
        ["governance.objections-unmet"] = ("Er staan nog {0} bezwaren open. Pas het voorstel aan of leg vast hoe aan elk bezwaar is tegemoetgekomen.",
            "{0} objection(s) are still open. Amend the proposal or record how each objection was met."),
        ["governance.decided-before-proposed"] = ("De besluitdatum ligt voor de dag waarop het voorstel is ingediend ({0:yyyy-MM-dd}).", "The decision date is before the day the proposal was made ({0:yyyy-MM-dd})."),
        ["governance.decided-in-future"] = ("De besluitdatum ligt in de toekomst.", "The decision date is in the future."),
        ["governance.withdraw-reason-required"] = ("Geef een reden waarom het voorstel wordt ingetrokken.", "Give a reason for withdrawing the proposal."),
        ["governance.decision-closed"] = ("Over dit voorstel is al besloten of het is ingetrokken; het kan niet meer veranderen.", "This proposal has been decided or withdrawn; it can no longer change."),
        ["governance.body-unknown"] = ("Overlegorgaan '{0}' bestaat niet in deze regio.", "Body '{0}' does not exist in this region."),
        ["governance.body-key-taken"] = ("Er is al een overlegorgaan met de naam '{0}' in deze regio.", "A body named '{0}' already exists in this region."),
        ["governance.pillar-unknown"] = ("Pijler '{0}' bestaat niet in deze regio.", "Pillar '{0}' does not exist in this region."),
        ["governance.organisation-unknown"] = ("Organisatie '{0}' bestaat niet in deze regio.", "Organisation '{0}' does not exist in this region."),
        ["governance.agenda-item-unknown"] = ("Dit agendapunt hoort niet bij deze vergadering.", "This agenda item does not belong to this meeting."),
        ["governance.body-saved"] = ("Het overlegorgaan is opgeslagen.", "The body has been saved."),
        ["governance.meeting-saved"] = ("De vergadering is gepland.", "The meeting has been scheduled."),
        ["governance.agenda-item-added"] = ("Het agendapunt is toegevoegd.", "The agenda item has been added."),
        ["governance.minutes-saved"] = ("Het verslag is opgeslagen.", "The minutes have been saved."),
        ["governance.proposal-saved"] = ("Het voorstel staat open voor bezwaren.", "The proposal is open for objections."),
        ["governance.objection-saved"] = ("Het bezwaar is vastgelegd.", "The objection has been recorded."),
        ["governance.objection-met-saved"] = ("Vastgelegd hoe aan het bezwaar is tegemoetgekomen.", "Recorded how the objection was met."),
        ["governance.amended-saved"] = ("Het voorstel is aangepast.", "The proposal has been amended."),
        ["governance.decided-saved"] = ("Besloten: er is geen bezwaar meer.", "Decided: no objection remains."),
        ["governance.withdrawn-saved"] = ("Het voorstel is ingetrokken.", "The proposal has been withdrawn."),
    };
}
