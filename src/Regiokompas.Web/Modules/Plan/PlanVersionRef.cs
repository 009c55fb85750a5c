namespace Regiokompas.Web.Modules.Plan;

/// <summary>A marked version of a region's plan, as other modules name it (e.g. the board report "measured against version 3").</summary>
public sealed record PlanVersionRef(int Number, string Label, DateOnly Date);
