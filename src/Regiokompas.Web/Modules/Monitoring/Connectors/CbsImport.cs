using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Monitoring.Measurements;
using Regiokompas.Web.Modules.Monitoring.Regiobeeld;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Modules.Monitoring.Connectors;

/// <summary>What a CBS import did (or with a dry run would do), with what it read and left aside.</summary>
public sealed record CbsImportOutcome(string TableId, int Imported, int Unchanged, int Published, int Observations, int Selected,
    int WithoutValue, int OtherArea, IReadOnlyList<ImportError> Errors, bool DryRun)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The CBS StatLine connector: a table's observations (OData v4 JSON or the CSV download) through the
/// region's mappings into figures, via the one import path (all or nothing, dry run, history), with
/// each figure's provenance in its note (table, measure, retrieval date, licence). Counts are also
/// summed to the region when every municipality has a figure; shares never are. A real import is
/// published at once: these are public statistics, and only the coordinator may run it.
/// </summary>
public sealed class CbsImportHandler(AppDbContext db, PlanQueries plans, ImportMeasurementsHandler import,
    PublishMeasurementsHandler publish, TimeProvider clock)
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public async Task<CbsImportOutcome?> ImportFileAsync(string regionId, string tableId, string format, Stream input, bool dryRun,
        DateOnly? retrievedOn, Actor actor, string actorName, CancellationToken ct)
    {
        if (await plans.GetRegionAsync(regionId, ct) is not { } region) return null;
        if (!MonitoringPermissions.CanPublish(actor, regionId)) throw new NotAllowed("edit.not-allowed");
        var table = tableId.Trim();
        var (mapping, refused) = await MappingAsync(regionId, table, ct);
        if (refused is not null) return Refuse(table, dryRun, refused.Value.Code, refused.Value.Args);
        format = format.Trim().ToLowerInvariant();
        if (format is not ("odata" or "csv")) return Refuse(table, dryRun, "monitoring.cbs-format-unknown", format);

        var municipalities = region.Municipalities.Select(m => m.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var counts = new CbsReadCounts();
        var problems = new List<ImportProblem>();
        var rows = new List<MeasurementRow>();
        try
        {
            if (format == "odata")
            {
                var page = await CbsODataReader.ReadPageAsync(input, mapping!, counts, municipalities.Contains, ct);
                rows.AddRange(page.Rows);
            }
            else
            {
                await foreach (var row in CbsCsvReader.ReadAsync(input, mapping!, counts, problems, municipalities.Contains, ct)) rows.Add(row);
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidDataException
                                      or System.Text.DecoderFallbackException or NotSupportedException
                                      || e.GetType().Namespace?.StartsWith("CsvHelper", StringComparison.Ordinal) == true)
        {
            return Refuse(table, dryRun, "monitoring.cbs-file-unreadable", Short(e.Message));
        }
        return await ImportRowsAsync(regionId, region.Municipalities.Select(m => m.Code).ToList(), mapping!, rows, counts, problems,
            retrievedOn, dryRun, actor, actorName, ct);
    }

    /// <summary>The rows of one table for a region, whatever their source (file or fetched pages).</summary>
    public async Task<CbsImportOutcome> ImportRowsAsync(string regionId, IReadOnlyList<string> municipalities, CbsTableMapping mapping,
        List<MeasurementRow> rows, CbsReadCounts counts, List<ImportProblem> problems, DateOnly? retrievedOn, bool dryRun,
        Actor actor, string actorName, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var retrieved = retrievedOn ?? today;
        if (retrieved > today) return Refuse(mapping.TableId, dryRun, "monitoring.cbs-date-invalid", retrieved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (problems.Count == 0 && rows.Count == 0) return Refuse(mapping.TableId, dryRun, "monitoring.cbs-nothing-selected");

        var measures = mapping.Selections.GroupBy(s => s.IndicatorCode).ToDictionary(g => g.Key, g => g.First().MeasureCode);
        var withProvenance = rows.Select(r => r with { Note = CbsProvenance.Note(mapping.TableId, measures.GetValueOrDefault(r.Indicator ?? "", "?"), retrieved) }).ToList();
        withProvenance.AddRange(await RegionSumsAsync(regionId, municipalities, withProvenance, ct));

        var outcome = await import.HandleAsync(withProvenance.ToAsyncEnumerable(), problems, dryRun, actor, actorName, ct);
        var published = 0;
        if (outcome.Succeeded && !dryRun)
            published = await publish.HandleAsync(regionId, new PublishMeasurementsRequest
            {
                Indicators = measures.Keys.ToList(), SubmittedBy = actorName,
            }, actor, actorName, ct) ?? 0;
        return new(mapping.TableId, outcome.Imported, outcome.Unchanged, published, counts.Observations, counts.Selected,
            counts.WithoutValue, counts.OtherArea, outcome.Errors, dryRun);
    }

    /// <summary>The region's active mappings of a table as the readers take them, or the reason there are none.</summary>
    public async Task<(CbsTableMapping? Mapping, (string Code, object[] Args)? Refused)> MappingAsync(string regionId, string table, CancellationToken ct)
    {
        var lower = table.ToLowerInvariant();
        var mappings = await db.Set<CbsConnectorMapping>().AsNoTracking()
            .Where(m => m.RegionId == regionId && m.Active && m.TableId.ToLower() == lower).OrderBy(m => m.Id).ToListAsync(ct);
        if (mappings.Count == 0) return (null, ("monitoring.cbs-no-mappings", [table]));
        var selections = mappings.Select(m => new CbsSelection(m.IndicatorCode, m.MeasureCode, CbsConnectorMapping.ParseFilter(m.DimensionFilter))).ToList();
        return (new CbsTableMapping(mappings[0].TableId, selections), null);
    }

    /// <summary>
    /// Counts summed to the region, per indicator, period and age group, only when every municipality
    /// has a figure. Shares and averages are not summed: a regional share needs the counts behind it.
    /// </summary>
    private async Task<List<MeasurementRow>> RegionSumsAsync(string regionId, IReadOnlyList<string> municipalities, List<MeasurementRow> rows, CancellationToken ct)
    {
        var codes = rows.Select(r => r.Indicator).Where(c => c is not null).Distinct().ToList();
        var counted = (await db.Set<Indicator>().AsNoTracking().Where(i => codes.Contains(i.Code) && i.Unit == IndicatorUnit.Count).ToListAsync(ct))
            .Where(i => i.AreaLevels.Contains(AreaLevel.Region)).Select(i => i.Code).ToList();
        var sums = new List<MeasurementRow>();
        foreach (var group in rows.Where(r => counted.Contains(r.Indicator!)).GroupBy(r => (r.Indicator, r.Period, r.AgeGroup)))
        {
            var byArea = group.GroupBy(r => r.Area?.Trim().ToUpperInvariant()).ToDictionary(g => g.Key ?? "", g => g.First());
            if (!municipalities.All(byArea.ContainsKey)) continue;
            double sum = 0;
            var readable = true;
            foreach (var code in municipalities)
            {
                if (MeasurementValidator.TryParseNumber(byArea[code].Value ?? "", out var n)) sum += n;
                else readable = false;
            }
            if (!readable) continue; // the validator names the unreadable figure itself
            var first = group.First();
            sums.Add(first with { Area = regionId, Value = sum.ToString("R", CultureInfo.InvariantCulture), Note = first.Note + $" · som van {municipalities.Count} gemeenten" });
        }
        return sums;
    }

    private static CbsImportOutcome Refuse(string table, bool dryRun, string code, params object[] args) =>
        new(table, 0, 0, 0, 0, 0, 0, 0, [new ImportError(1, "", code, RegiobeeldTexts.Get(code, args))], dryRun);

    private static string Short(string message) => message.Length > 200 ? message[..200] + "…" : message;
}
