using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.Results;

/// <summary>A change to a result. Fields left null stay as they are; Version is the one the editor read.</summary>
public sealed class EditResultRequest
{
    [Required] public int? Version { get; set; }
    [StringLength(300, MinimumLength = 1)] public string? Title { get; set; }
    [StringLength(4000)] public string? Description { get; set; }
    public DateOnly? Deadline { get; set; }
    public double? TargetValue { get; set; }
    [EnumName(typeof(TargetUnit))] public string? TargetUnit { get; set; }
    public double? BaselineValue { get; set; }
    public DateOnly? BaselineDate { get; set; }
}

public sealed class EditResultHandler(AppDbContext db, PlanQueries queries)
{
    private static readonly DateOnly PlanStart = new(2023, 1, 1);

    public async Task<ResultNode?> HandleAsync(string regionId, string key, EditResultRequest request, Actor actor, CancellationToken ct)
    {
        var result = await db.Results.SingleOrDefaultAsync(r => r.RegionId == regionId && r.Key == key, ct);
        if (result is null) return null;
        var pillarId = await db.Goals.Where(g => g.Id == result.GoalId).Select(g => g.PillarId).SingleAsync(ct);
        if (!PlanPermissions.CanEditPillar(actor, regionId, pillarId)) throw new NotAllowed("edit.not-allowed");
        await PlanEditSupport.GuardVersionAsync(db, queries, result, request.Version!.Value, PlanQueries.ToNode, ct);

        if (request.Title is { } title) result.Title = title.Trim();
        if (request.Description is { } description) result.Description = description.Length == 0 ? null : description;
        if (request.Deadline is { } deadline) result.ChangeDeadline(deadline, PlanStart);
        if (request.TargetValue is not null || request.TargetUnit is not null || request.BaselineValue is not null || request.BaselineDate is not null)
            result.ChangeTarget(request.TargetValue ?? result.TargetValue,
                request.TargetUnit is { } u ? EnumNames.Parse<TargetUnit>(u) : result.TargetUnit,
                request.BaselineValue ?? result.BaselineValue, request.BaselineDate ?? result.BaselineDate);

        await PlanEditSupport.SaveAsync(db, queries, result, request.Version.Value, PlanQueries.ToNode, ct);
        return PlanQueries.ToNode(result);
    }
}
