using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Common.Auth;
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
/// New figures are inserted in bulk (<see cref="MeasurementBulkInsert"/>) and the import leaves
/// one audit entry with its counts instead of one per figure; corrections, which are few, go
/// through EF so the audit interceptor records every changed field.
/// </summary>
public sealed class ImportMeasurementsHandler(AppDbContext db, PlanQueries plans, TimeProvider clock, ICurrentActor currentActor)
{
    public const string AuditEntityType = "MeasurementImport";

    /// <summary>New figures from which an import refreshes PostgreSQL's planner statistics.</summary>
    private const int RefreshStatisticsAfter = 50_000;

    public async Task<ImportOutcome> HandleAsync(IAsyncEnumerable<MeasurementRow> rows, IEnumerable<ImportProblem> readProblems,
        bool dryRun, Actor actor, string actorName, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var catalogue = await MonitoringCatalogue.LoadAsync(db, plans, ct);
        var batch = new MeasurementBatch(catalogue, DateOnly.FromDateTime(now));
        await foreach (var row in rows.WithCancellation(ct)) batch.Add(row);
        // Only now: a streaming reader reports the header and the file's shape as it goes.
        foreach (var problem in readProblems) batch.AddProblem(problem);
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

        // Read inside the transaction, so what is "new" cannot change before it is written.
        await using var tx = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var existing = await LoadExistingAsync(result.Rows, ct);
        var created = new List<ValidMeasurement>();
        var corrected = new List<(long Id, ValidMeasurement Row)>();
        var unchanged = 0;
        foreach (var row in result.Rows)
        {
            if (!existing.TryGetValue(row.Key, out var figure)) created.Add(row);
            else if (figure.Holds(row)) unchanged++;
            else corrected.Add((figure.Id, row));
        }
        if (tx is null) return new(created.Count + corrected.Count, unchanged, [], dryRun);

        await MeasurementBulkInsert.InsertAsync(db, created.Select(r => Measurement.Submit(r, actorName, now, actor.OrganisationId)), ct);
        foreach (var chunk in corrected.Chunk(500))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            var tracked = await db.Set<Measurement>().AsTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
            foreach (var (id, row) in chunk) tracked[id].Correct(row, actorName, now);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        if (created.Count + corrected.Count > 0)
        {
            db.AuditEntries.Add(Summary(result.Rows, created.Count, corrected.Count, unchanged, actorName, now));
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        // After a large load PostgreSQL's planner still believes the old row counts until autovacuum
        // gets round to it, and picks table scans for the dashboard; refreshing the statistics is cheap.
        if (created.Count >= RefreshStatisticsAfter && db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"ANALYZE {MeasurementBulkInsert.Table}", ct);
        return new(created.Count + corrected.Count, unchanged, [], dryRun);
    }

    /// <summary>What an existing figure holds: enough to tell unchanged from corrected without loading the entity.</summary>
    private sealed record StoredFigure(long Id, double Value, double? Numerator, double? Denominator, string? Note)
    {
        public bool Holds(ValidMeasurement row) => Measurement.Holds(Value, Numerator, Denominator, Note, row);
    }

    private async Task<Dictionary<MeasurementKey, StoredFigure>> LoadExistingAsync(IReadOnlyList<ValidMeasurement> rows, CancellationToken ct)
    {
        var found = new Dictionary<MeasurementKey, StoredFigure>();
        // Per indicator, narrowed by area and period range, so a big file reads only what it may touch;
        // an indicator without any figure yet (the usual first load) costs one index probe.
        foreach (var group in rows.GroupBy(r => r.Key.IndicatorCode))
        {
            var code = group.Key;
            if (!await db.Set<Measurement>().AnyAsync(m => m.IndicatorCode == code, ct)) continue;
            var areas = group.Select(r => r.Key.AreaCode).Distinct().ToList();
            var from = group.Min(r => r.Period.Start);
            var to = group.Max(r => r.Period.Start);
            var stored = await db.Set<Measurement>().AsNoTracking()
                .Where(m => m.IndicatorCode == code && areas.Contains(m.AreaCode) && m.PeriodStart >= from && m.PeriodStart <= to)
                .Select(m => new { m.Id, m.AreaCode, m.PeriodCode, m.AgeGroup, m.Value, m.Numerator, m.Denominator, m.Note })
                .ToListAsync(ct);
            foreach (var m in stored)
                found[new MeasurementKey(code, m.AreaCode, m.PeriodCode, m.AgeGroup)] = new(m.Id, m.Value, m.Numerator, m.Denominator, m.Note);
        }
        return found;
    }

    /// <summary>
    /// The import's one audit entry: who, when, how many figures were created, corrected and left
    /// unchanged, for which indicators and periods. Each new figure also carries who sent it and when.
    /// </summary>
    private AuditEntry Summary(IReadOnlyList<ValidMeasurement> rows, int created, int corrected, int unchanged, string actorName, DateTime now)
    {
        var indicators = rows.Select(r => r.Indicator).DistinctBy(i => i.Code).ToList();
        var codes = indicators.Select(i => i.Code).Order(StringComparer.Ordinal).ToList();
        var first = rows.Min(r => r.Period);
        var last = rows.Max(r => r.Period);
        var regions = indicators.Select(i => i.RegionId).Distinct().ToList();
        var key = codes.Count == 1 ? codes[0] : $"{codes[0]} +{codes.Count - 1}";
        return AuditEntry.Summary(currentActor.UserId, actorName, now, AuditEntityType, key, "imported", FormattableString.Invariant(
            $"created={created}; corrected={corrected}; unchanged={unchanged}; periods={first.Code}..{last.Code}; indicators={string.Join(",", codes)}"),
            regions is [{ } region] ? region : null);
    }
}
