using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Account.Users;

/// <summary>Dutch and English text for user administration and new regions; registered in TextRegistry as "Onboarding".</summary>
public static class UserTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["users.email-invalid"] = ("Dit is geen geldig e-mailadres.", "This is not a valid e-mail address."),
        ["users.email-taken"] = ("Er is al een account met dit e-mailadres. Geef die persoon een rol op haar of zijn pagina.",
            "An account with this e-mail address exists. Give that person a role on their page."),
        ["users.region-unknown"] = ("Deze regio bestaat niet.", "This region does not exist."),
        ["users.role-not-grantable"] = ("Deze rol kunt u hier niet geven. U kunt iemand coördinator, trekker of lid van een organisatie maken.",
            "You cannot give this role here. You can make someone coordinator, pillar lead or organisation member."),
        ["users.pillar-unknown"] = ("Kies een pijler van deze regio.", "Choose a pillar of this region."),
        ["users.organisation-unknown"] = ("Kies een organisatie van deze regio.", "Choose an organisation of this region."),
        ["users.coordinator-elsewhere"] = ("Deze persoon is al coördinator van een andere regio. Een beheerder kan dat wijzigen.",
            "This person already coordinates another region. An administrator can change that."),
        ["users.organisation-elsewhere"] = ("Deze persoon hoort al bij een andere organisatie. Haal die rol eerst weg.",
            "This person already belongs to another organisation. Withdraw that role first."),
        ["users.role-not-held"] = ("Deze persoon heeft deze rol niet in deze regio.", "This person does not hold this role in this region."),
        ["users.unknown"] = ("Deze persoon is niet gevonden in deze regio.", "This person was not found in this region."),
        ["users.not-yourself"] = ("Uw eigen rollen en account wijzigt u hier niet. Vraag een andere coördinator of een beheerder.",
            "You do not change your own roles or account here. Ask another coordinator or an administrator."),
        ["users.administrator-untouchable"] = ("Een beheerder kan alleen door een andere beheerder worden gewijzigd.", "Only another administrator can change an administrator."),
        ["users.scope-elsewhere"] = ("Deze persoon heeft ook een rol buiten uw regio. Alleen een beheerder kan het account uitzetten.",
            "This person also has a role outside your region. Only an administrator can deactivate the account."),
        ["users.invitation-unknown"] = ("Deze uitnodiging is niet gevonden.", "This invitation was not found."),
        ["users.invitation-invalid"] = ("Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag de coördinator van uw regio om een nieuwe.",
            "This invitation has expired, was withdrawn or has been used. Ask your region's coordinator for a new one."),
        ["users.password-rules"] = ("Kies een wachtwoord van minstens 12 tekens, met een hoofdletter, een kleine letter en een cijfer.",
            "Choose a password of at least 12 characters, with an upper-case letter, a lower-case letter and a digit."),
        ["users.password-mismatch"] = ("De twee wachtwoorden zijn niet gelijk.", "The two passwords differ."),
        ["users.invited"] = ("Uitnodiging verstuurd naar {0}.", "Invitation sent to {0}."),
        ["users.saved"] = ("Opgeslagen. De sessies van deze persoon zijn beëindigd; bij de volgende keer inloggen gelden de nieuwe rollen.",
            "Saved. This person's sessions have ended; the new roles apply from the next sign-in."),
        ["users.welcome"] = ("Uw account is klaar. Log in met uw e-mailadres en het wachtwoord dat u koos.", "Your account is ready. Log in with your e-mail address and the password you chose."),
        ["regions.key-invalid"] = ("Gebruik voor de sleutel 2 tot 40 kleine letters, cijfers of streepjes, zoals noord-veluwe.",
            "Use 2 to 40 lower-case letters, digits or hyphens for the key, such as noord-veluwe."),
        ["regions.key-taken"] = ("Er is al een regio met deze sleutel.", "A region with this key exists."),
        ["regions.name-required"] = ("Vul de naam van de regio in.", "Enter the region's name."),
        ["regions.year-unknown"] = ("Kies een jaar uit de lijst.", "Choose a year from the list."),
        ["regions.no-municipalities"] = ("Kies minstens één gemeente.", "Choose at least one municipality."),
        ["regions.municipality-unknown"] = ("{0} staat niet in de CBS-lijst van {1}.", "{0} is not in the CBS list of {1}."),
        ["regions.municipality-taken"] = ("{0} hoort al bij regio {1}.", "{0} already belongs to region {1}."),
        ["regions.created"] = ("Regio {0} is aangemaakt. Nodig nu de coördinatoren uit.", "Region {0} was created. Now invite its coordinators."),
    };

    public static string RoleName(string role) => role switch
    {
        Roles.Coordinator => Ui.T("coördinator", "coordinator"),
        Roles.PillarLead => Ui.T("trekker van een pijler", "pillar lead"),
        Roles.OrganisationMember => Ui.T("lid van een organisatie", "organisation member"),
        Roles.Administrator => Ui.T("beheerder", "administrator"),
        _ => role,
    };

    public static string ChangeName(UserAccessChangeKind kind) => kind switch
    {
        UserAccessChangeKind.Joined => Ui.T("uitnodiging aangenomen", "accepted invitation"),
        UserAccessChangeKind.Granted => Ui.T("rol gegeven", "role granted"),
        UserAccessChangeKind.Withdrawn => Ui.T("rol weggehaald", "role withdrawn"),
        UserAccessChangeKind.Deactivated => Ui.T("account uitgezet", "account deactivated"),
        UserAccessChangeKind.Reactivated => Ui.T("account weer aangezet", "account reactivated"),
        _ => kind.ToString(),
    };
}
