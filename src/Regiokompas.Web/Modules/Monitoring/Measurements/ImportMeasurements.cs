using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Measurements;

/// <summary>One figure as the JSON API takes it; numbers as JSON numbers, the period as text.</summary>
public sealed class MeasurementInput
{
    [Required, MaxLength(80)] public string Indicator { get; init; } = "";
    [Required, MaxLength(80)] public string Area { get; init; } = "";
    [Required, MaxLength(20)] public string Period { get; init; } = "";
    public double? Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    [MaxLength(40)] public string? AgeGroup { get; init; }
    [MaxLength(MeasurementValidator.MaxNoteLength)] public string? Note { get; init; }

    public MeasurementRow ToRow(int line) => new(line, Indicator, Area, Period, Text(Value), Text(Numerator), Text(Denominator), AgeGroup, Note);

    private static string? Text(double? n) => n?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record ImportError(int Line, string Field, string Code, string Message);

/// <summary>What an import did, or with a dry run would do: figures new or changed, figures already there, problems.</summary>
public sealed record ImportOutcome(int Imported, int Unchanged, IReadOnlyList<ImportError> Errors, bool DryRun)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The one path for figures into the database, whatever the route (form, CSV, JSON, CBS).
/// All or nothing: every row is checked first; with any problem nothing is written. Sending
/// the same figures again changes nothing, and a changed figure keeps its old value in the history.
/// </summary>
public sealed class ImportMeasurementsHandler(AppDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<ImportOutcome> HandleAsync(IAsyncEnumerable<MeasurementRow> rows, IEnumerable<ImportProblem> readProblems,
        bool dryRun, Actor actor, string actorName, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var catalogue = await MonitoringCatalogue.LoadAsync(db, plans, ct);
        var batch = new MeasurementBatch(catalogue, DateOnly.FromDateTime(now));
        foreach (var problem in readProblems) batch.AddProblem(problem);
        await foreach (var row in rows.WithCancellation(ct)) batch.Add(row);
        var result = batch.Result();

        var problems = result.Problems.ToList();
        if (problems.Count == 0)
        {
            var orgKey = actor.OrganisationId is { } orgId ? await plans.GetOrganisationKeyAsync(orgId, ct) : null;
            problems.AddRange(result.Rows
                .Where(r => !MonitoringPermissions.CanSubmit(actor, r.Indicator, orgKey))
                .Select(r => new ImportProblem(r.Line, MeasurementValidator.Fields.Indicator, "monitoring.not-allowed-indicator", r.Indicator.Code)));
        }
        if (problems.Count > 0)
            return new(0, 0, problems.Select(p => new ImportError(p.Line, p.Field, p.Code, MonitoringTexts.Get(p.Code, p.Arguments))).ToList(), dryRun);

        var existing = await LoadExistingAsync(result.Rows, ct);
        int imported = 0, unchanged = 0;
        foreach (var row in result.Rows)
        {
            if (existing.TryGetValue(row.Key, out var measurement))
            {
                if (measurement.Correct(row, actorName, now)) imported++;
                else unchanged++;
            }
            else
            {
                db.Add(Measurement.Submit(row, actorName, now, actor.OrganisationId));
                imported++;
            }
        }

        if (!dryRun && imported > 0)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        return new(imported, unchanged, [], dryRun);
    }

    private async Task<Dictionary<MeasurementKey, Measurement>> LoadExistingAsync(IReadOnlyList<ValidMeasurement> rows, CancellationToken ct)
    {
        var found = new Dictionary<MeasurementKey, Measurement>();
        // Per indicator, narrowed by area and period range, so a big file loads only what it may touch.
        foreach (var group in rows.GroupBy(r => r.Key.IndicatorCode))
        {
            var areas = group.Select(r => r.Key.AreaCode).Distinct().ToList();
            var from = group.Min(r => r.Period.Start);
            var to = group.Max(r => r.Period.Start);
            var candidates = await db.Set<Measurement>().Include(m => m.Revisions)
                .Where(m => m.IndicatorCode == group.Key && areas.Contains(m.AreaCode) && m.PeriodStart >= from && m.PeriodStart <= to)
                .ToListAsync(ct);
            foreach (var m in candidates) found[m.Key] = m;
        }
        return found;
    }
}
