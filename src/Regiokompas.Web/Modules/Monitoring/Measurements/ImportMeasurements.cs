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
            problems.AddRange(result.Rows
                .Where(r => !catalogue.MaySubmit(actor, r.Indicator, r.Key.AreaCode))
                .Select(r => new ImportProblem(r.Line, MeasurementValidator.Fields.Indicator, "monitoring.not-allowed-indicator", r.Indicator.Code)));
        }
        if (problems.Count > 0)
            return new(0, 0, problems.Select(p => new ImportError(p.Line, p.Field, p.Code, MonitoringTexts.Get(p.Code, p.Arguments))).ToList(), dryRun);

        int imported = 0, unchanged = 0;
        // One transaction for the whole file; saved in chunks with a fresh change tracker, because
        // tracking tens of thousands of entities at once makes every save slower than the last.
        await using var tx = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in result.Rows.Chunk(ChunkSize))
        {
            var existing = await LoadExistingAsync(chunk, tracked: !dryRun, ct);
            foreach (var row in chunk)
            {
                if (existing.TryGetValue(row.Key, out var measurement))
                {
                    if (dryRun ? !measurement.Holds(row) : measurement.Correct(row, actorName, now)) imported++;
                    else unchanged++;
                }
                else
                {
                    if (!dryRun) db.Add(Measurement.Submit(row, actorName, now, actor.OrganisationId));
                    imported++;
                }
            }
            if (!dryRun) await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        if (tx is not null) await tx.CommitAsync(ct);
        return new(imported, unchanged, [], dryRun);
    }

    private const int ChunkSize = 2000;

    private async Task<Dictionary<MeasurementKey, Measurement>> LoadExistingAsync(IReadOnlyList<ValidMeasurement> rows, bool tracked, CancellationToken ct)
    {
        var found = new Dictionary<MeasurementKey, Measurement>();
        // Per indicator, narrowed by area and period range, so a big file loads only what it may touch.
        foreach (var group in rows.GroupBy(r => r.Key.IndicatorCode))
        {
            var areas = group.Select(r => r.Key.AreaCode).Distinct().ToList();
            var from = group.Min(r => r.Period.Start);
            var to = group.Max(r => r.Period.Start);
            var query = tracked ? db.Set<Measurement>().AsTracking() : db.Set<Measurement>().AsNoTracking();
            var candidates = await query
                .Where(m => m.IndicatorCode == group.Key && areas.Contains(m.AreaCode) && m.PeriodStart >= from && m.PeriodStart <= to)
                .ToListAsync(ct);
            foreach (var m in candidates) found[m.Key] = m;
        }
        return found;
    }
}
