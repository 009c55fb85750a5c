using Regiokompas.Domain.Governance;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Modules.Governance;

/// <summary>Interface words for governance values, Dutch first.</summary>
public static class GovernanceLabels
{
    public static string Label(BodyKind k) => k switch
    {
        BodyKind.Regiotafel => "Regiotafel",
        BodyKind.BestuurlijkOverleg => T("Bestuurlijk Overleg", "Executive board meeting"),
        BodyKind.Regiegroep => T("Regiegroep", "Steering group"),
        BodyKind.CoalitionTable => T("Coalitietafel", "Coalition table"),
        BodyKind.WorkingGroup => T("Werkgroep", "Working group"),
        _ => k.ToString(),
    };

    public static string Label(DecisionStatus s) => s switch
    {
        DecisionStatus.Open => T("open voor bezwaren", "open for objections"),
        DecisionStatus.Amended => T("aangepast", "amended"),
        DecisionStatus.Decided => T("besloten", "decided"),
        DecisionStatus.Withdrawn => T("ingetrokken", "withdrawn"),
        _ => s.ToString(),
    };

    public static string Label(PlanItemKind k) => k switch
    {
        PlanItemKind.Pillar => T("Pijler", "Pillar"),
        PlanItemKind.Result => T("Resultaat", "Result"),
        PlanItemKind.Action => T("Actie", "Action"),
        PlanItemKind.TransformationPlan => T("Transformatieplan", "Transformation plan"),
        _ => k.ToString(),
    };

    public static string Label(BudgetFund f) => f switch
    {
        BudgetFund.SpukIza => "SPUK IZA",
        BudgetFund.Gala => "GALA",
        _ => f.ToString(),
    };

    public static string Label(BudgetPart p) => p switch
    {
        BudgetPart.Coordination => T("coördinatie", "coordination"),
        BudgetPart.Execution => T("uitvoering", "execution"),
        _ => p.ToString(),
    };

    /// <summary>Meetings are entered and shown in Dutch time.</summary>
    public static readonly TimeZoneInfo Amsterdam = Zone();

    private static TimeZoneInfo Zone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Amsterdam);

    public static string Fictitious => T("fictief (demo)", "fictitious (demo)");
}
