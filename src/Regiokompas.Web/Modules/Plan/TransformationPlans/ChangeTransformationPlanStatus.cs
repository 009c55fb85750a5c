using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Plan.TransformationPlans;

public sealed class ChangeTransformationPlanStatusRequest
{
    [Required] public int? Version { get; set; }
    [Required, EnumName(typeof(TransformationPlanStatus))] public string? Status { get; set; }
}

public sealed record TransformationPlanView(string Id, string Title, string? Pillar, string FundingRoute, decimal? Budget, string Status, int Version);

public sealed class ChangeTransformationPlanStatusHandler(AppDbContext db, PlanQueries queries)
{
    public async Task<TransformationPlanView?> HandleAsync(string regionId, string key, ChangeTransformationPlanStatusRequest request, Actor actor, CancellationToken ct)
    {
        var plan = await db.TransformationPlans.SingleOrDefaultAsync(t => t.RegionId == regionId && t.Key == key, ct);
        if (plan is null) return null;
        var allowed = plan.PillarId is { } pid ? PlanPermissions.CanEditPillar(actor, regionId, pid) : PlanPermissions.CanEditRegion(actor, regionId);
        if (!allowed) throw new NotAllowed("edit.not-allowed");
        await PlanEditSupport.GuardVersionAsync(db, queries, plan, request.Version!.Value, ToView, ct);
        plan.MoveTo(EnumNames.Parse<TransformationPlanStatus>(request.Status!));
        await PlanEditSupport.SaveAsync(db, queries, plan, request.Version.Value, ToView, ct);
        return ToView(plan);
    }

    internal static TransformationPlanView ToView(TransformationPlan t) =>
        new(t.Key, t.Title, null, EnumNames.ToName(t.FundingRoute), t.Budget, EnumNames.ToName(t.Status), t.Version);
}
