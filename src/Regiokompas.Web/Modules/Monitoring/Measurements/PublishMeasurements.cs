using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Measurements;

public sealed class PublishMeasurementsRequest
{
    /// <summary>Only this indicator; all when empty.</summary>
    public string? Indicator { get; init; }

    /// <summary>Only these indicators and only figures sent by this name (the shipped CBS figures); not part of the API.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public IReadOnlyList<string>? Indicators { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] public string? SubmittedBy { get; init; }
}

/// <summary>
/// The coordinator's check: submitted figures of the region's areas become public. One set-based
/// UPDATE (a national load is millions of rows) plus one audit entry naming who published how many;
/// each figure also keeps who published it and when.
/// </summary>
public sealed class PublishMeasurementsHandler(AppDbContext db, PlanQueries plans, TimeProvider clock, ICurrentActor currentActor)
{
    public const string AuditEntityType = "MeasurementPublication";

    public async Task<int?> HandleAsync(string regionId, PublishMeasurementsRequest request, Actor actor, string actorName, CancellationToken ct)
    {
        var region = await plans.GetRegionAsync(regionId, ct);
        if (region is null) return null;
        if (!MonitoringPermissions.CanPublish(actor, regionId)) throw new NotAllowed("edit.not-allowed");

        var areas = region.Municipalities.Select(m => m.Code).Append(regionId).ToList();
        var query = db.Set<Measurement>().Where(m => m.State == MeasurementState.Submitted && areas.Contains(m.AreaCode));
        string? code = null;
        if (!string.IsNullOrWhiteSpace(request.Indicator))
        {
            code = request.Indicator.Trim().ToLowerInvariant();
            query = query.Where(m => m.IndicatorCode == code);
        }
        if (request.Indicators is { } codes) query = query.Where(m => codes.Contains(m.IndicatorCode));
        if (request.SubmittedBy is { } by) query = query.Where(m => m.SubmittedBy == by);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The same change as Measurement.Publish, for every submitted figure at once.
        var published = await query.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, MeasurementState.Published)
            .SetProperty(m => m.PublishedValue, m => m.Value)
            .SetProperty(m => m.PublishedNumerator, m => m.Numerator)
            .SetProperty(m => m.PublishedDenominator, m => m.Denominator)
            .SetProperty(m => m.PublishedBy, actorName)
            .SetProperty(m => m.PublishedAtUtc, now)
            .SetProperty(m => m.Version, m => m.Version + 1), ct);
        if (published > 0)
        {
            db.AuditEntries.Add(AuditEntry.Summary(currentActor.UserId, actorName, now, AuditEntityType, code ?? regionId, "published",
                FormattableString.Invariant($"published={published}; region={regionId}; indicator={code ?? "*"}"), regionId));
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return published;
    }
}
