using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Measurements;

public sealed class PublishMeasurementsRequest
{
    /// <summary>Only this indicator; all when empty.</summary>
    public string? Indicator { get; init; }
}

/// <summary>The coordinator's check: submitted figures of the region's areas become public.</summary>
public sealed class PublishMeasurementsHandler(AppDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<int?> HandleAsync(string regionId, PublishMeasurementsRequest request, Actor actor, string actorName, CancellationToken ct)
    {
        var region = await plans.GetRegionAsync(regionId, ct);
        if (region is null) return null;
        if (!MonitoringPermissions.CanPublish(actor, regionId)) throw new NotAllowed("edit.not-allowed");

        var areas = region.Municipalities.Select(m => m.Code).Append(regionId).ToList();
        var query = db.Set<Measurement>().Where(m => m.State == MeasurementState.Submitted && areas.Contains(m.AreaCode));
        if (!string.IsNullOrWhiteSpace(request.Indicator))
        {
            var code = request.Indicator.Trim().ToLowerInvariant();
            query = query.Where(m => m.IndicatorCode == code);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var published = 0;
        foreach (var m in await query.ToListAsync(ct))
            if (m.Publish(actorName, now)) published++;
        await db.SaveChangesAsync(ct);
        return published;
    }
}
