namespace Regiokompas.Web.Modules.Plan.PlanFiles;

// The plan file as written by regions (YAML or JSON). Shape and names follow
// docs/schemas/plan-file.schema.json; enum values are kebab-case strings there and here.

public sealed class PlanFile
{
    public string Format { get; set; } = PlanFileFormat.Current;
    public RegionDto Region { get; set; } = new();
    public List<OrganisationDto>? Organisations { get; set; }
    public List<TargetGroupDto>? TargetGroups { get; set; }
    public List<PillarDto>? Pillars { get; set; }
    public List<TransformationPlanDto>? TransformationPlans { get; set; }
    public List<ChainApproachDto>? ChainApproaches { get; set; }
    public List<PreconditionDto>? Preconditions { get; set; }
    public List<InitiativeDto>? Initiatives { get; set; }
}

public static class PlanFileFormat
{
    public const string Current = "regiokompas-plan/1";
}

public sealed class RegionDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? PlanTitle { get; set; }
    public string? Ambition { get; set; }
    public string? Summary { get; set; }
    public List<MunicipalityDto>? Municipalities { get; set; }
}

public sealed class MunicipalityDto
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class OrganisationDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public List<string>? Municipalities { get; set; }
    public string? Website { get; set; }
}

public sealed class TargetGroupDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class PillarDto
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Ambition { get; set; }
    public string? Description { get; set; }
    public List<string>? Leads { get; set; }
    public List<string>? Members { get; set; }
    public List<string>? Links { get; set; }
    public List<string>? TargetGroups { get; set; }
    public List<GoalDto>? Goals { get; set; }
    public List<ActionDto>? Actions { get; set; }
}

public sealed class GoalDto
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public List<ResultDto>? Results { get; set; }
    public List<ActionDto>? Actions { get; set; }
}

public sealed class ResultDto
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Deadline { get; set; }
    public TargetDto? Target { get; set; }
    public List<string>? Municipalities { get; set; }
}

public sealed class TargetDto
{
    public double Value { get; set; }
    public string Unit { get; set; } = "";
    public double? Baseline { get; set; }
    public string? BaselineDate { get; set; }
    public string? Note { get; set; }
}

public sealed class ActionDto
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public List<string>? Partners { get; set; }
    public List<string>? Municipalities { get; set; }
    public string? Start { get; set; }
    public string? Due { get; set; }
    public string? Status { get; set; }
    public List<NoteDto>? Notes { get; set; }
}

public sealed class NoteDto
{
    public string Date { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class TransformationPlanDto
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Pillar { get; set; }
    public List<string>? Applicants { get; set; }
    public string FundingRoute { get; set; } = "";
    public double? Budget { get; set; }
    public string Status { get; set; } = "";
}

public sealed class ChainApproachDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? RegionalTarget { get; set; }
    public string? Deadline { get; set; }
    public List<RolloutDto>? Rollout { get; set; }
}

public sealed class RolloutDto
{
    public string Municipality { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Date { get; set; }
    public string? Note { get; set; }
}

public sealed class PreconditionDto
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? AddressedTo { get; set; }
    public string? Pillar { get; set; }
}

public sealed class InitiativeDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Pillar { get; set; }
    public List<string>? Organisations { get; set; }
    public List<string>? Municipalities { get; set; }
}
