using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Capacity.Reports;

public sealed record CsvProblem(int Line, string Field, string Message);

/// <summary>With <c>DryRun</c> the figures were checked against every rule but nothing was stored.</summary>
public sealed record CsvImportResult(int Reports, int Conflicts, IReadOnlyList<CsvProblem> Problems, bool DryRun = false);

/// <summary>
/// Many units at once from a CSV file (comma or semicolon): every line is checked first, and
/// either all reports are stored in one transaction or none is.
/// Columns: unit_id, as_of (optional), open, occupied, blocked, blocked_reason, accepting (ja/nee),
/// stop_reason, stop_until, expected_24h, expected_72h. Header names are required; order is free.
/// The format is documented in docs/capacity-csv-format.md and on the page /capaciteit/melden/csv-formaat.
/// </summary>
public sealed class ImportReportsCsvHandler(AppDbContext db, TimeProvider clock)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxLines = 5000;
    private static readonly string[] Required = ["unit_id", "open", "occupied"];
    private static readonly string[] Known =
        [.. Required, "as_of", "blocked", "blocked_reason", "accepting", "stop_reason", "stop_until", "expected_24h", "expected_72h"];

    private sealed record Line(int Number, Guid UnitId, DateTime? AsOf, ReportFigures Figures);

    public async Task<CsvImportResult> HandleAsync(string text, ReportSource source, Actor actor, CancellationToken ct) =>
        await HandleAsync(text, source, actor, dryRun: false, ct);

    public async Task<CsvImportResult> HandleAsync(string text, ReportSource source, Actor actor, bool dryRun, CancellationToken ct)
    {
        var problems = new List<CsvProblem>();
        var lines = Parse(text, problems);
        if (problems.Count > 0) return new(0, 0, problems);

        var ids = lines.Select(l => l.UnitId).Distinct().ToArray();
        if (lines.GroupBy(l => l.UnitId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            problems.Add(new(twice.Skip(1).First().Number, "unit_id", Ui.T("Deze afdeling staat meer dan één keer in het bestand.", "This unit appears more than once in the file.")));
        var units = await db.Set<CapacityUnit>().AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.RegionId, u.OrganisationId }).ToDictionaryAsync(u => u.Id, ct);
        foreach (var l in lines)
        {
            if (!units.TryGetValue(l.UnitId, out var u))
                problems.Add(new(l.Number, "unit_id", Ui.T("Deze afdeling bestaat niet.", "This unit does not exist.")));
            else if (!CapacityPermissions.IsProvider(actor, u.RegionId, u.OrganisationId))
                problems.Add(new(l.Number, "unit_id", Texts.Get("capacity.not-allowed")));
        }
        if (problems.Count > 0) return new(0, 0, problems);

        return await UnitTransaction.RunAsync(db, ids.Order().ToArray(), async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var types = await db.Set<CapacityType>().AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
            var conflicts = 0;
            var failures = new List<CsvProblem>();
            foreach (var l in lines)
            {
                var unit = await Reservations.CreateReservationHandler.LoadForHoldAsync(db, l.UnitId, now, null, null, ct);
                try
                {
                    var outcome = unit!.Report(l.Figures, source, actor.Name, l.AsOf ?? now, now);
                    db.Add(outcome.Report);
                    if (outcome.Conflict) conflicts++;
                    // Places this report frees go to the unit's waiting list first, as with a single report.
                    unit.PromoteWaiting(types[unit.TypeCode], now);
                }
                catch (RuleViolation e)
                {
                    failures.Add(new(l.Number, "*", Texts.Get(e.Code, e.Arguments)));
                }
            }
            // Nothing was saved yet: with the tracker cleared, the transaction commits no change at all.
            if (failures.Count > 0 || dryRun)
            {
                db.ChangeTracker.Clear();
                return failures.Count > 0 ? new CsvImportResult(0, 0, failures, dryRun) : new CsvImportResult(lines.Count, conflicts, [], DryRun: true);
            }
            await db.SaveChangesAsync(ct);
            return new CsvImportResult(lines.Count, conflicts, []);
        }, ct);
    }

    private static List<Line> Parse(string text, List<CsvProblem> problems)
    {
        var rows = text.Replace("\r\n", "\n").Split('\n');
        var result = new List<Line>();
        if (rows.Length == 0 || string.IsNullOrWhiteSpace(rows[0]))
        {
            problems.Add(new(1, "*", Texts.Get("input.empty")));
            return result;
        }
        var separator = rows[0].Count(c => c == ';') > rows[0].Count(c => c == ',') ? ';' : ',';
        var header = Split(rows[0], separator).Select(h => h.Trim().ToLowerInvariant()).ToList();
        // A misspelt column would otherwise be ignored, and its figures with it.
        foreach (var unknown in header.Where(h => !Known.Contains(h)))
            problems.Add(new(1, unknown, Texts.Get("csv.column-unknown", unknown, 1)));
        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
            problems.Add(new(1, twice.Key, Texts.Get("csv.column-twice", twice.Key, 1)));
        foreach (var missing in Required.Where(r => !header.Contains(r)))
            problems.Add(new(1, missing, Texts.Get("csv.column-missing", missing, 1)));
        if (problems.Count > 0) return result;
        if (rows.Skip(1).All(string.IsNullOrWhiteSpace)) problems.Add(new(2, "*", Texts.Get("input.no-rows")));
        if (rows.Length - 1 > MaxLines) problems.Add(new(1, "*", Ui.T($"Hoogstens {MaxLines} regels per bestand.", $"At most {MaxLines} lines per file.")));

        for (var i = 1; i < rows.Length && problems.Count < 200; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i])) continue;
            var number = i + 1;
            var cells = Split(rows[i], separator);
            if (cells.Count != header.Count)
            {
                problems.Add(new(number, "*", Texts.Get("csv.field-count", number, cells.Count, header.Count)));
                continue;
            }
            string? Cell(string name) { var idx = header.IndexOf(name); return idx >= 0 && idx < cells.Count && cells[idx].Trim().Length > 0 ? cells[idx].Trim() : null; }
            int? Int(string name, bool required)
            {
                var v = Cell(name);
                if (v is null) { if (required) problems.Add(new(number, name, Ui.T("Vul een aantal in.", "Fill in a number."))); return null; }
                if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
                problems.Add(new(number, name, Ui.T($"'{v}' is geen heel getal van 0 of meer.", $"'{v}' is not a whole number of 0 or more.")));
                return null;
            }
            DateTime? Time(string name)
            {
                var v = Cell(name);
                if (v is null) return null;
                if (DateTime.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)) return t;
                problems.Add(new(number, name, Ui.T($"'{v}' is geen datum en tijd (bijvoorbeeld 2026-03-01T08:00Z).", $"'{v}' is not a date and time (for example 2026-03-01T08:00Z).")));
                return null;
            }
            var before = problems.Count;
            Guid unitId = Guid.Empty;
            if (!Guid.TryParse(Cell("unit_id"), out unitId)) problems.Add(new(number, "unit_id", Ui.T("Geen geldige afdelings-id.", "Not a valid unit id.")));
            var open = Int("open", true);
            var occupied = Int("occupied", true);
            var blocked = Int("blocked", false) ?? 0;
            var e24 = Int("expected_24h", false);
            var e72 = Int("expected_72h", false);
            var accepting = Cell("accepting")?.ToLowerInvariant() switch
            {
                null or "ja" or "yes" or "true" or "1" => true,
                "nee" or "no" or "false" or "0" => false,
                var other => Invalid(other!),
            };
            bool Invalid(string v) { problems.Add(new(number, "accepting", Ui.T($"'{v}' is geen ja of nee.", $"'{v}' is not yes or no."))); return true; }
            var asOf = Time("as_of");
            var stopUntil = Time("stop_until");
            if (problems.Count > before) continue;

            var figures = new ReportFigures(open!.Value, occupied!.Value, blocked, Cell("blocked_reason"), accepting,
                Cell("stop_reason"), stopUntil, e24, e72);
            try
            {
                figures.Validate();
                result.Add(new Line(number, unitId, asOf, figures));
            }
            catch (RuleViolation e)
            {
                problems.Add(new(number, "*", Texts.Get(e.Code, e.Arguments)));
            }
        }
        return result;
    }

    // Minimal CSV: quoted cells may hold the separator and doubled quotes.
    private static List<string> Split(string row, char separator)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { cells.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        cells.Add(current.ToString());
        return cells;
    }
}
