namespace Regiokompas.Web.Modules.Plan.Editor;

/// <summary>The kinds of plan item the editor handles, by their URL name (also the API's {kind}).</summary>
public static class PlanEditorKinds
{
    public const string Pillar = "pillars", Goal = "goals", Result = "results", Action = "actions",
        TargetGroup = "target-groups", Precondition = "preconditions", Organisation = "organisations";

    public static readonly IReadOnlyList<string> All = [Pillar, Goal, Result, Action, TargetGroup, Precondition, Organisation];

    public static bool IsKnown(string kind) => All.Contains(kind);

    /// <summary>The entity type name, as the audit trail records it.</summary>
    public static string EntityType(string kind) => kind switch
    {
        Pillar => nameof(Domain.Plan.Pillar), Goal => nameof(Domain.Plan.Goal), Result => nameof(Domain.Plan.PlanResult),
        Action => nameof(Domain.Plan.PlanAction), TargetGroup => nameof(Domain.Plan.TargetGroup),
        Precondition => nameof(Domain.Plan.Precondition), _ => nameof(Domain.Plan.Organisation),
    };

    /// <summary>Dutch name of the kind, with article, for headings and messages.</summary>
    public static string Label(string kind) => kind switch
    {
        Pillar => "pijler", Goal => "doel", Result => "resultaat", Action => "actie", TargetGroup => "doelgroep",
        Precondition => "randvoorwaarde", _ => "organisatie",
    };
}
