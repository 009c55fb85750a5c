using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Capacity.Reservations;

namespace Regiokompas.Web.Modules.Capacity.Reports;

public sealed class SubmitReportRequest
{
    /// <summary>When the figures were true; defaults to now.</summary>
    public DateTime? AsOf { get; set; }
    [Required, Range(0, ReportFigures.MaxPlaces)] public int? Open { get; set; }
    [Required, Range(0, ReportFigures.MaxPlaces)] public int? Occupied { get; set; }
    [Range(0, ReportFigures.MaxPlaces)] public int Blocked { get; set; }
    [StringLength(300)] public string? BlockedReason { get; set; }
    public bool AcceptingAdmissions { get; set; } = true;
    [StringLength(300)] public string? AdmissionStopReason { get; set; }
    public DateTime? AdmissionStopUntil { get; set; }
    [Range(0, ReportFigures.MaxPlaces)] public int? ExpectedExtra24h { get; set; }
    [Range(0, ReportFigures.MaxPlaces)] public int? ExpectedExtra72h { get; set; }

    public ReportFigures ToFigures() => new(Open!.Value, Occupied!.Value, Blocked, BlockedReason, AcceptingAdmissions,
        AdmissionStopReason, AdmissionStopUntil?.ToUniversalTime(), ExpectedExtra24h, ExpectedExtra72h);
}

public sealed record ReportView(long Id, Guid UnitId, DateTime AsOf, DateTime ReceivedAt, string Source, string Reporter,
    int Open, int Occupied, int Blocked, string? BlockedReason, bool AcceptingAdmissions, string? AdmissionStopReason,
    DateTime? AdmissionStopUntil, int? ExpectedExtra24h, int? ExpectedExtra72h, bool Unchanged,
    bool Conflict, int LiveReservations, int Bookable)
{
    public static ReportView From(ReportOutcome o) => new(o.Report.Id, o.Report.UnitId, o.Report.AsOfUtc, o.Report.ReceivedAtUtc,
        o.Report.Source.ToString().ToLowerInvariant(), o.Report.Reporter, o.Report.Open, o.Report.Occupied, o.Report.Blocked,
        o.Report.BlockedReason, o.Report.AcceptingAdmissions, o.Report.AdmissionStopReason, o.Report.AdmissionStopUntilUtc,
        o.Report.ExpectedExtra24h, o.Report.ExpectedExtra72h, o.Report.Unchanged, o.Conflict, o.LiveReservations, o.Bookable);
}

/// <summary>New figures (or "ongewijzigd") for one unit, written under the unit lock like a hold.</summary>
public sealed class SubmitReportHandler(AppDbContext db, TimeProvider clock, ILogger<SubmitReportHandler> log)
{
    public Task<ReportView?> HandleAsync(Guid unitId, SubmitReportRequest request, ReportSource source, Actor actor, CancellationToken ct) =>
        RunAsync(unitId, actor, ct, (unit, now) =>
            unit.Report(request.ToFigures(), source, actor.Name, request.AsOf is { } a ? a.ToUniversalTime() : now, now));

    public Task<ReportView?> UnchangedAsync(Guid unitId, ReportSource source, Actor actor, CancellationToken ct) =>
        RunAsync(unitId, actor, ct, (unit, now) => unit.ConfirmUnchanged(source, actor.Name, now));

    private Task<ReportView?> RunAsync(Guid unitId, Actor actor, CancellationToken ct, Func<CapacityUnit, DateTime, ReportOutcome> apply) =>
        UnitTransaction.RunAsync(db, unitId, async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var unit = await CreateReservationHandler.LoadForHoldAsync(db, unitId, now, null, null, ct);
            if (unit is null) return null;
            if (!CapacityPermissions.CanReport(actor, unit)) throw new NotAllowed("capacity.not-allowed");
            var outcome = apply(unit, now);
            db.Add(outcome.Report);
            var type = await db.Set<CapacityType>().AsNoTracking().SingleAsync(t => t.Code == unit.TypeCode, ct);
            unit.PromoteWaiting(type, now);
            await db.SaveChangesAsync(ct);
            // Accepted, but the provider must resolve it: the unit carries the flag until a later report clears it.
            if (outcome.Conflict)
                log.LogWarning("Capacity conflict on unit {UnitId}: {Live} live reservations, {Bookable} bookable", unitId, outcome.LiveReservations, outcome.Bookable);
            return ReportView.From(outcome);
        }, ct);
}
