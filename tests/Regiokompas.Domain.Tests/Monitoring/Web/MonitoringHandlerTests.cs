using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Monitoring.Import;
using Regiokompas.Web.Modules.Monitoring.Measurements;

namespace Regiokompas.Domain.Tests.Monitoring.Web;

public class MonitoringHandlerTests
{
    private static readonly Actor Coordinator = new("Coördinator", CoordinatorOfRegions: new HashSet<string> { "ijssel-vecht" });
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string AcpCsv =
        "indicator;area;period;value;numerator;denominator\n" +
        "acp-75plus;ijssel-vecht;2024KW04;8;;\n" +
        "acp-75plus;ijssel-vecht;2025KW01;9,5;;\n" +
        "acp-75plus;ijssel-vecht;2025KW02;11;;\n" +
        "acp-75plus;ijssel-vecht;2025KW03;12,5;;\n";

    private static Task<ImportOutcome> ImportCsv(MonitoringDb db, string csv, bool dryRun = false, Actor? actor = null) =>
        db.InScopeAsync(async sp =>
        {
            var problems = new List<ImportProblem>();
            var rows = LongFormatCsvReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), problems, Ct);
            return await sp.GetRequiredService<ImportMeasurementsHandler>().HandleAsync(rows, problems, dryRun, actor ?? Coordinator, "test", Ct);
        });

    private static Task<int?> Publish(MonitoringDb db, string? indicator = null) =>
        db.InScopeAsync(sp => sp.GetRequiredService<PublishMeasurementsHandler>()
            .HandleAsync("ijssel-vecht", new PublishMeasurementsRequest { Indicator = indicator }, Coordinator, "coordinator", Ct));

    private static Task<ResultStatusView?> Status(MonitoringDb db, string key) =>
        db.InScopeAsync(sp => sp.GetRequiredService<MonitoringQueries>().GetResultStatusAsync("ijssel-vecht", key, Ct));

    private static Task<int> CountMeasurements(MonitoringDb db) =>
        db.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Measurement>().CountAsync(Ct));

    [Fact]
    public async Task Every_seeded_result_has_a_status_and_the_linked_ones_wait_for_figures()
    {
        await using var db = await MonitoringDb.CreateAsync();
        var statuses = await db.InScopeAsync(sp => sp.GetRequiredService<MonitoringQueries>().GetRegionStatusesAsync("ijssel-vecht", Ct));
        statuses!.Count.ShouldBeGreaterThan(40);
        statuses.ShouldAllBe(s => s.Status == nameof(ResultStatus.NoData));
        statuses.Count(s => s.IndicatorCode != null).ShouldBe(12);
        var acp = statuses.Single(s => s.ResultKey == "zt-d1-r1");
        acp.IndicatorCode.ShouldBe("acp-75plus");
        acp.ExplanationCode.ShouldBe("monitoring.status.no-measurements");
        acp.Explanation.ShouldBe("Er zijn nog geen gepubliceerde cijfers; het doel is 20%.");
        statuses.First(s => s.IndicatorCode == null).ExplanationCode.ShouldBe("monitoring.status.no-indicator");
    }

    [Fact]
    public async Task A_csv_with_one_bad_line_changes_nothing_and_names_that_line()
    {
        await using var db = await MonitoringDb.CreateAsync();
        var outcome = await ImportCsv(db, AcpCsv + "acp-75plus;ijssel-vecht;2025KW03;130;;\n");
        outcome.Succeeded.ShouldBeFalse();
        outcome.Imported.ShouldBe(0);
        outcome.Errors.Select(e => (e.Line, e.Field, e.Code)).ShouldBe([
            (6, "value", "monitoring.percentage-above-100"),
        ]);
        outcome.Errors[0].Message.ShouldBe("Een percentage kan niet boven 100 liggen (130).");
        (await CountMeasurements(db)).ShouldBe(0);
    }

    [Fact]
    public async Task Published_figures_move_the_status_and_its_sentence()
    {
        await using var db = await MonitoringDb.CreateAsync();
        var outcome = await ImportCsv(db, AcpCsv);
        outcome.ShouldSatisfyAllConditions(o => o.Succeeded.ShouldBeTrue(), o => o.Imported.ShouldBe(4), o => o.Unchanged.ShouldBe(0));

        (await Status(db, "zt-d1-r1"))!.Status.ShouldBe(nameof(ResultStatus.NoData)); // submitted, not yet checked
        (await Publish(db)).ShouldBe(4);

        var status = (await Status(db, "zt-d1-r1"))!;
        status.Status.ShouldBe(nameof(ResultStatus.OffTrack));
        status.Explanation.ShouldBe("Bij dit tempo komt het aandeel op 14% eind 2025; het doel is 20%.");
        status.Projection!.Value.ShouldBe(14, 0.1);
        status.Points.Select(p => p.Period).ShouldBe(["2024KW04", "2025KW01", "2025KW02", "2025KW03"]);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_a_correction_keeps_history()
    {
        await using var db = await MonitoringDb.CreateAsync();
        await ImportCsv(db, AcpCsv);
        await Publish(db);

        var again = await ImportCsv(db, AcpCsv);
        again.ShouldSatisfyAllConditions(o => o.Imported.ShouldBe(0), o => o.Unchanged.ShouldBe(4));

        var corrected = await ImportCsv(db, AcpCsv.Replace("2025KW03;12,5", "2025KW03;17"));
        corrected.ShouldSatisfyAllConditions(o => o.Imported.ShouldBe(1), o => o.Unchanged.ShouldBe(3));

        var m = await db.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Measurement>().Include(x => x.Revisions)
            .SingleAsync(x => x.PeriodCode == "2025KW03", Ct));
        m.Value.ShouldBe(17);
        m.PublishedValue.ShouldBe(12.5);
        m.State.ShouldBe(MeasurementState.Submitted);
        m.Revisions.ShouldHaveSingleItem().Value.ShouldBe(12.5);

        // Until the correction is checked the public status still uses 12.5.
        (await Status(db, "zt-d1-r1"))!.Points[^1].Value.ShouldBe(12.5);
        (await Publish(db)).ShouldBe(1);
        (await Status(db, "zt-d1-r1"))!.Points[^1].Value.ShouldBe(17);
    }

    [Fact]
    public async Task A_dry_run_counts_but_writes_nothing()
    {
        await using var db = await MonitoringDb.CreateAsync();
        var outcome = await ImportCsv(db, AcpCsv, dryRun: true);
        outcome.ShouldSatisfyAllConditions(o => o.DryRun.ShouldBeTrue(), o => o.Imported.ShouldBe(4));
        (await CountMeasurements(db)).ShouldBe(0);
    }

    [Fact]
    public async Task An_organisation_may_not_submit_figures_for_an_indicator_it_does_not_deliver()
    {
        await using var db = await MonitoringDb.CreateAsync();
        var partner = new Actor("Partner", OrganisationId: 1);
        var outcome = await ImportCsv(db, AcpCsv, actor: partner);
        outcome.Errors.Count.ShouldBe(4);
        outcome.Errors.ShouldAllBe(e => e.Code == "monitoring.not-allowed-indicator" && e.Field == "indicator");
        (await CountMeasurements(db)).ShouldBe(0);
    }

    [Fact]
    public async Task The_public_never_sees_a_count_of_three_nor_a_total_that_gives_it_away()
    {
        await using var db = await MonitoringDb.CreateAsync();
        var outcome = await ImportCsv(db,
            "indicator,area,period,numerator,denominator\n" +
            "acp-75plus,GM0193,2025KW03,300,2000\n" +
            "acp-75plus,GM0148,2025KW03,3,400\n" +
            "acp-75plus,GM0160,2025KW03,90,1000\n" +
            "acp-75plus,ijssel-vecht,2025KW03,393,3400\n");
        outcome.Succeeded.ShouldBeTrue();
        await Publish(db);

        var shown = await db.InScopeAsync(sp => sp.GetRequiredService<MonitoringQueries>()
            .GetMeasurementsAsync("acp-75plus", "ijssel-vecht", null, null, includeSubmitted: false, Ct));
        var byArea = shown!.ToDictionary(m => m.Area);
        byArea["GM0193"].Value.ShouldBe(15);
        byArea["GM0148"].ShouldSatisfyAllConditions(m => m.Suppressed.ShouldBeTrue(), m => m.Value.ShouldBeNull(), m => m.Numerator.ShouldBeNull());
        byArea["ijssel-vecht"].ShouldSatisfyAllConditions(m => m.Suppressed.ShouldBeTrue(), m => m.Value.ShouldBeNull());
        byArea["GM0160"].Value.ShouldBe(9);

        var single = await db.InScopeAsync(sp => sp.GetRequiredService<MonitoringQueries>()
            .GetMeasurementsAsync("acp-75plus", "GM0148", null, null, includeSubmitted: false, Ct));
        single!.ShouldHaveSingleItem().Value.ShouldBeNull();
    }

    [Fact]
    public async Task The_cbs_population_table_imports_through_the_same_path()
    {
        await using var db = await MonitoringDb.CreateAsync(now: new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        var mapping = new CbsTableMapping("03759ned", [new("inwoners", "M000352",
            new Dictionary<string, string> { ["Geslacht"] = "T001038", ["Leeftijd"] = "10000", ["BurgerlijkeStaat"] = "T001019" })]);
        var outcome = await db.InScopeAsync(async sp =>
        {
            var catalogue = await MonitoringCatalogue.LoadAsync(sp.GetRequiredService<AppDbContext>(),
                sp.GetRequiredService<Regiokompas.Web.Modules.Plan.PlanQueries>(), Ct);
            await using var file = Import.OpenData.Open("cbs-odata4-03759ned-bevolking", "observations-page-1.json");
            var page = await CbsODataReader.ReadPageAsync(file, mapping, new CbsReadCounts(), a => catalogue.FindArea(a) is not null, Ct);
            return await sp.GetRequiredService<ImportMeasurementsHandler>()
                .HandleAsync(page.Rows.ToAsyncEnumerable(), [], dryRun: false, new Actor("admin", IsAdministrator: true), "CBS-import", Ct);
        });
        outcome.Errors.ShouldBeEmpty();
        outcome.Imported.ShouldBe(8 * (1 + 12 + 14)); // 2019-2026 for NL01, the 12 provinces and the 14 municipalities
        var zwolle = await db.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Measurement>()
            .SingleAsync(m => m.IndicatorCode == "inwoners" && m.AreaCode == "GM0193" && m.PeriodCode == "2024JJ00", Ct));
        zwolle.Value.ShouldBe(133141);
    }
}
