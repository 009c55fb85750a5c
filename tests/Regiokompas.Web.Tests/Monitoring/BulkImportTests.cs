using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Modules.Monitoring.Measurements;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>
/// The bulk path for figures (COPY on PostgreSQL, prepared inserts on SQLite) and the set-based
/// publish, once per database. Policy under test: one audit entry per import that changes
/// something (none when nothing changed), one per publish, plus field entries for corrections.
/// Each test uses indicators of its own, because the tests of a class share one database.
/// </summary>
public abstract class BulkImportTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly FirstMonth = new(2015, 1, 1);
    private const int Months = 120;

    private async Task<string[]> AreasAsync() =>
        [.. await factory.WithDbAsync(db => db.Municipalities.Where(m => m.RegionId != null).Select(m => m.Code).ToListAsync(Ct)), "ijssel-vecht", "flevoland"];

    private async Task CreateIndicatorsAsync(params string[] codes)
    {
        await factory.WithDbAsync(db =>
        {
            foreach (var code in codes)
                db.Add(code.EndsWith("-pct")
                    ? new Indicator
                    {
                        Code = code, Name = $"Test share {code}", Unit = IndicatorUnit.Percent, Frequency = Frequency.Monthly,
                        NumeratorLabel = "met", DenominatorLabel = "alle", Factor = 100,
                    }
                    : new Indicator { Code = code, Name = $"Test count {code}", Unit = IndicatorUnit.Count, Frequency = Frequency.Monthly });
            return db.SaveChangesAsync(Ct);
        });
    }

    /// <summary>Values that differ per indicator, area and month, so a misplaced column or row shows.</summary>
    private static (double Value, double? Numerator, double? Denominator) Figure(string indicator, int area, int month, int shift = 0)
    {
        var denominator = 1000 + area * 37 + month;
        var numerator = (area * 13 + month * 7 + shift) % denominator;
        return indicator.EndsWith("-pct")
            ? (Math.Round((double)numerator / denominator * 100, 6), numerator, denominator)
            : (area * 1000 + month + shift + indicator.Length / 10.0, null, null);
    }

    private static string Period(int month) => Domain.Monitoring.Period.OfMonth(FirstMonth.AddMonths(month).Year, FirstMonth.AddMonths(month).Month).Code;

    private static string Csv(IEnumerable<string> indicators, string[] areas, Func<string, int, int, bool>? include = null, int shift = 0)
    {
        var csv = new StringBuilder("indicator,area,period,value,numerator,denominator\n");
        foreach (var indicator in indicators)
            for (var a = 0; a < areas.Length; a++)
                for (var m = 0; m < Months; m++)
                {
                    if (include is not null && !include(indicator, a, m)) continue;
                    var (v, n, d) = Figure(indicator, a, m, shift);
                    csv.Append(CultureInfo.InvariantCulture, $"{indicator},{areas[a]},{Period(m)},{v:R},{n},{d}\n");
                }
        return csv.ToString();
    }

    private static async Task<JsonElement> PostCsvAsync(HttpClient client, string csv, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsync("/api/v1/measurements/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        response.StatusCode.ShouldBe(expected, body.ToString());
        return body;
    }

    private Task<List<AuditEntry>> AuditAsync(string entityType, string keyStart) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityKey.StartsWith(keyStart)).OrderBy(a => a.Id).ToListAsync(Ct));

    private Task<List<Measurement>> FiguresAsync(params string[] codes) =>
        factory.WithDbAsync(db => db.Set<Measurement>().AsNoTracking().Include(m => m.Revisions)
            .Where(m => codes.Contains(m.IndicatorCode)).ToListAsync(Ct));

    [Fact]
    public async Task A_bulk_import_lands_every_figure_exactly_once_with_its_values_and_one_summary_entry()
    {
        string[] codes = ["bulk-a-count", "bulk-a-pct"];
        await CreateIndicatorsAsync(codes);
        var areas = await AreasAsync();
        // Figures for every region at once: an administrator's job, a coordinator keeps only her own region's.
        var client = await factory.LoggedInClientAsync("administrator");
        var expected = codes.Length * areas.Length * Months;
        expected.ShouldBeGreaterThan(3000);

        var body = await PostCsvAsync(client, Csv(codes, areas));
        body.GetProperty("imported").GetInt32().ShouldBe(expected);
        body.GetProperty("unchanged").GetInt32().ShouldBe(0);

        var figures = await FiguresAsync(codes);
        figures.Count.ShouldBe(expected);
        figures.Select(f => f.Key).Distinct().Count().ShouldBe(expected);
        foreach (var f in figures)
        {
            var month = (f.PeriodStart.Year - FirstMonth.Year) * 12 + f.PeriodStart.Month - 1;
            var (v, n, d) = Figure(f.IndicatorCode, Array.IndexOf(areas, f.AreaCode), month);
            (f.Value, f.Numerator, f.Denominator).ShouldBe((v, n, d), f.Key.ToString());
            f.State.ShouldBe(MeasurementState.Submitted);
            f.PeriodKind.ShouldBe(PeriodKind.Month);
            f.PeriodEnd.ShouldBe(f.PeriodStart.AddMonths(1).AddDays(-1));
            f.SubmittedBy.ShouldStartWith("Test administrator");
            f.SubmittedAtUtc.ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-10));
            f.Revisions.ShouldBeEmpty();
        }

        // Not one audit row per figure: one entry for the import, naming the actor and the counts.
        (await AuditAsync(nameof(Measurement), "bulk-a-")).ShouldBeEmpty();
        var summary = (await AuditAsync(ImportMeasurementsHandler.AuditEntityType, "bulk-a-")).ShouldHaveSingleItem();
        summary.UserName.ShouldStartWith("Test administrator");
        summary.UserId.ShouldNotBeNullOrEmpty();
        summary.Operation.ShouldBe("imported");
        summary.NewValue.ShouldBe($"created={expected}; corrected=0; unchanged=0; periods=2015MM01..2024MM12; indicators=bulk-a-count,bulk-a-pct");
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_adds_no_audit_entry()
    {
        string[] codes = ["bulk-b-count"];
        await CreateIndicatorsAsync(codes);
        var areas = await AreasAsync();
        // Figures for every region at once: an administrator's job, a coordinator keeps only her own region's.
        var client = await factory.LoggedInClientAsync("administrator");
        var csv = Csv(codes, areas);
        var rows = areas.Length * Months;
        (await PostCsvAsync(client, csv)).GetProperty("imported").GetInt32().ShouldBe(rows);
        var idsBefore = (await FiguresAsync(codes)).Select(f => (f.Id, f.Version)).Order().ToList();

        var again = await PostCsvAsync(client, csv);
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("unchanged").GetInt32().ShouldBe(rows);
        (await FiguresAsync(codes)).Select(f => (f.Id, f.Version)).Order().ToList().ShouldBe(idsBefore);
        (await AuditAsync(ImportMeasurementsHandler.AuditEntityType, "bulk-b-")).Count.ShouldBe(1);
        (await AuditAsync(nameof(Measurement), "bulk-b-")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_mixing_new_and_corrected_figures_keeps_revisions_of_the_corrected_ones()
    {
        string[] codes = ["bulk-c-count"];
        await CreateIndicatorsAsync(codes);
        var areas = await AreasAsync();
        // Figures for every region at once: an administrator's job, a coordinator keeps only her own region's.
        var client = await factory.LoggedInClientAsync("administrator");
        // First the first 100 months of every area, then the whole series with area 0's months 0 and 1 changed.
        await PostCsvAsync(client, Csv(codes, areas, (_, _, m) => m < 100));
        var first = (await FiguresAsync(codes)).ToDictionary(f => f.Key);
        var mixed = Csv(codes, areas).Split('\n').Select(line =>
            line.StartsWith($"bulk-c-count,{areas[0]},{Period(0)},") || line.StartsWith($"bulk-c-count,{areas[0]},{Period(1)},")
                ? line.Replace($",{Figure("bulk-c-count", 0, line.Contains(Period(0)) ? 0 : 1).Value:R},", ",7.5,") : line);
        var body = await PostCsvAsync(client, string.Join('\n', mixed));
        var created = areas.Length * (Months - 100);
        body.GetProperty("imported").GetInt32().ShouldBe(created + 2);
        body.GetProperty("unchanged").GetInt32().ShouldBe(areas.Length * 100 - 2);

        var figures = await FiguresAsync(codes);
        figures.Count.ShouldBe(areas.Length * Months);
        var corrected = figures.Where(f => f.Revisions.Count > 0).OrderBy(f => f.PeriodStart).ToList();
        corrected.Select(f => (f.AreaCode, f.PeriodCode, f.Value)).ShouldBe([(areas[0], Period(0), 7.5), (areas[0], Period(1), 7.5)]);
        foreach (var f in corrected)
        {
            var revision = f.Revisions.ShouldHaveSingleItem();
            revision.Value.ShouldBe(first[f.Key].Value);
            revision.SubmittedBy.ShouldBe(first[f.Key].SubmittedBy);
            revision.ReplacedBy.ShouldStartWith("Test administrator");
            f.Version.ShouldBe(first[f.Key].Version + 1);
        }
        // Corrections keep their per-field audit entries; the import adds one summary.
        var fieldEntries = await AuditAsync(nameof(Measurement), "bulk-c-");
        fieldEntries.Where(a => a.Field == nameof(Measurement.Value)).Select(a => a.NewValue).ShouldBe(["7.5", "7.5"]);
        var summaries = await AuditAsync(ImportMeasurementsHandler.AuditEntityType, "bulk-c-");
        summaries.Count.ShouldBe(2);
        summaries[1].NewValue!.ShouldStartWith($"created={created}; corrected=2; unchanged={areas.Length * 100 - 2};");
    }

    [Fact]
    public async Task A_big_file_with_one_bad_line_writes_no_figure_and_no_audit_entry()
    {
        string[] codes = ["bulk-d-pct"];
        await CreateIndicatorsAsync(codes);
        var areas = await AreasAsync();
        // Figures for every region at once: an administrator's job, a coordinator keeps only her own region's.
        var client = await factory.LoggedInClientAsync("administrator");
        var lines = Csv(codes, areas).TrimEnd('\n').Split('\n').ToList();
        lines.Count.ShouldBeGreaterThan(1500);
        var fields = lines[1500].Split(',');
        lines[1500] = $"{fields[0]},{fields[1]},{fields[2]},,900,800"; // numerator above denominator, on line 1501

        var body = await PostCsvAsync(client, string.Join('\n', lines), HttpStatusCode.UnprocessableEntity);
        var error = body.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("line").GetInt32().ShouldBe(1501);
        error.GetProperty("field").GetString().ShouldBe("numerator");
        (await FiguresAsync(codes)).ShouldBeEmpty();
        (await AuditAsync(ImportMeasurementsHandler.AuditEntityType, "bulk-d-")).ShouldBeEmpty();
        (await AuditAsync(nameof(Measurement), "bulk-d-")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Bulk_publish_publishes_exactly_the_regions_submitted_figures_and_nothing_of_another_region()
    {
        string[] codes = ["bulk-e-count"];
        await CreateIndicatorsAsync(codes);
        var areas = await AreasAsync();
        var admin = await factory.LoggedInClientAsync("administrator");
        await PostCsvAsync(admin, Csv(codes, areas));
        var ijsselVecht = await factory.WithDbAsync(db => db.Municipalities.Where(m => m.RegionId == "ijssel-vecht").Select(m => m.Code).ToListAsync(Ct));
        ijsselVecht.Add("ijssel-vecht");
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: "ijssel-vecht");

        var response = await coordinator.PostAsJsonAsync("/api/v1/regions/ijssel-vecht/measurements/publish", new { indicator = "bulk-e-count" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("published").GetInt32().ShouldBe(ijsselVecht.Count * Months);

        var figures = await FiguresAsync(codes);
        foreach (var f in figures)
        {
            if (ijsselVecht.Contains(f.AreaCode))
            {
                f.State.ShouldBe(MeasurementState.Published);
                (f.PublishedValue, f.PublishedNumerator, f.PublishedDenominator).ShouldBe((f.Value, f.Numerator, f.Denominator));
                f.PublishedBy.ShouldStartWith("Test coordinator");
                f.PublishedAtUtc.ShouldNotBeNull();
            }
            else
            {
                f.State.ShouldBe(MeasurementState.Submitted, f.AreaCode);
                f.PublishedValue.ShouldBeNull();
            }
        }
        figures.Count(f => f.State == MeasurementState.Submitted).ShouldBe((areas.Length - ijsselVecht.Count) * Months);
        var entry = (await AuditAsync(PublishMeasurementsHandler.AuditEntityType, "bulk-e-")).ShouldHaveSingleItem();
        entry.RegionId.ShouldBe("ijssel-vecht");
        entry.NewValue.ShouldBe($"published={ijsselVecht.Count * Months}; region=ijssel-vecht; indicator=bulk-e-count");

        // Publishing again finds nothing left and writes nothing.
        var again = await coordinator.PostAsJsonAsync("/api/v1/regions/ijssel-vecht/measurements/publish", new { indicator = "bulk-e-count" }, Ct);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("published").GetInt32().ShouldBe(0);
        (await AuditAsync(PublishMeasurementsHandler.AuditEntityType, "bulk-e-")).Count.ShouldBe(1);
    }
}

public sealed class BulkImportTestsOnSqlite(SqliteAppFactory f) : BulkImportTests(f), IClassFixture<SqliteAppFactory>;
public sealed class BulkImportTestsOnPostgres(PostgresAppFactory f) : BulkImportTests(f), IClassFixture<PostgresAppFactory>;
