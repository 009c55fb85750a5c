using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Modules.Monitoring.Catalogue;
using Regiokompas.Web.Modules.Monitoring.Connectors;
using Regiokompas.Web.Tests.Infrastructure;
using Regiokompas.Web.Tests.Monitoring.Import;

namespace Regiokompas.Web.Tests.Monitoring.Regiobeeld;

/// <summary>The CBS connector on the recorded CBS responses in ../shared/data/open; once per database.</summary>
public abstract class CbsConnectorTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string ODataFile => OpenData.File("cbs-odata4-03759ned-bevolking", "observations-page-1.json");
    private static string Import(string query) => $"/api/v1/connectors/cbs/import?region={Region}&table=03759ned&{query}";

    private static ByteArrayContent Body(byte[] bytes, string type = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(type);
        return content;
    }

    private Task<(int Figures, int Audits)> State() => factory.WithDbAsync(async db =>
        (await db.Set<Measurement>().CountAsync(Ct) + await db.Set<MeasurementRevision>().CountAsync(Ct),
         await db.Set<AuditEntry>().CountAsync(Ct)));

    [Fact]
    public async Task The_recorded_odata_response_imports_with_provenance_and_the_same_file_twice_changes_nothing()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var mappings = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Region}/connectors/cbs/mappings", Ct);
        mappings.EnumerateArray().ShouldContain(m => m.GetProperty("tableId").GetString() == "03759ned" && m.GetProperty("indicatorCode").GetString() == "inwoners");
        var bytes = await File.ReadAllBytesAsync(ODataFile, Ct);

        // With the retrieval date of the shipped figures, the recorded response is what is already there.
        var same = await coordinator.PostAsync(Import("dryRun=true&retrieved=2026-07-02"), Body(bytes), Ct);
        var sameJson = await same.Content.ReadFromJsonAsync<JsonElement>(Ct);
        same.StatusCode.ShouldBe(HttpStatusCode.OK, sameJson.ToString());
        sameJson.GetProperty("observations").GetInt32().ShouldBe(13568);
        sameJson.GetProperty("selected").GetInt32().ShouldBe(64);              // 8 municipalities × 8 years
        sameJson.GetProperty("unchanged").GetInt32().ShouldBe(72);             // and 8 region sums
        sameJson.GetProperty("imported").GetInt32().ShouldBe(0);

        var before = await State();
        var real = await coordinator.PostAsync(Import("retrieved=2026-11-30"), Body(bytes), Ct);
        var realJson = await real.Content.ReadFromJsonAsync<JsonElement>(Ct);
        real.StatusCode.ShouldBe(HttpStatusCode.OK, realJson.ToString());
        realJson.GetProperty("imported").GetInt32().ShouldBe(72);
        realJson.GetProperty("published").GetInt32().ShouldBe(72);
        var note = await factory.WithDbAsync(db => db.Set<Measurement>().Where(m => m.IndicatorCode == "inwoners" && m.AreaCode == Region && m.PeriodCode == "2026JJ00")
            .Select(m => new { m.Note, m.PublishedValue }).SingleAsync(Ct));
        note.PublishedValue.ShouldBe(392605);
        note.Note.ShouldBe("Bron: CBS 03759ned · M000352 · opgehaald 2026-11-30 · CC BY 4.0 · som van 8 gemeenten");
        (await State()).Figures.ShouldBe(before.Figures + 72); // the old notes stay in the history

        var again = await coordinator.PostAsync(Import("retrieved=2026-11-30"), Body(bytes), Ct);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("unchanged").GetInt32().ShouldBe(72);
    }

    [Theory]
    [InlineData("{\"value\": \"geen lijst\"}")]
    [InlineData("{\"value\": [{\"Measure\": \"M000352\", \"Value\": \"1e999999\", \"RegioS\": \"GM0193\"}]}")]
    [InlineData("<html><body>Service Unavailable</body></html>")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("")]
    public async Task A_hostile_or_broken_file_is_refused_with_a_dutch_message_and_changes_nothing(string body)
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var before = await State();
        var response = await coordinator.PostAsync(Import("retrieved=2026-11-30"), Body(Encoding.UTF8.GetBytes(body)), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        json.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldNotBeNullOrWhiteSpace();
        (await State()).ShouldBe(before);
    }

    [Fact]
    public async Task A_csv_with_one_bad_value_is_refused_as_a_whole_and_a_good_one_gives_the_same_figures()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var csv = new StringBuilder("Id;Measure;ValueAttribute;Value;Geslacht;Leeftijd;BurgerlijkeStaat;RegioS;Perioden\n");
        csv.Append("1;M000352;None;132411;T001038;10000;T001019;GM0193;2023JJ00\n");
        csv.Append("2;M000352;None;veel;T001038;10000;T001019;GM0148;2023JJ00\n");
        var before = await State();
        var bad = await coordinator.PostAsync(Import("format=csv"), Body(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv"), Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetProperty("line").GetInt32() == 3);
        (await State()).ShouldBe(before);

        var good = "Id;Measure;ValueAttribute;Value;Geslacht;Leeftijd;BurgerlijkeStaat;RegioS;Perioden\n1;M000352;None;132411;T001038;10000;T001019;GM0193;2023JJ00\n";
        var ok = await coordinator.PostAsync(Import("format=csv&dryRun=true"), Body(Encoding.UTF8.GetBytes(good), "text/csv"), Ct);
        var okJson = await ok.Content.ReadFromJsonAsync<JsonElement>(Ct);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, okJson.ToString());
        okJson.GetProperty("selected").GetInt32().ShouldBe(1);
        (okJson.GetProperty("imported").GetInt32() + okJson.GetProperty("unchanged").GetInt32()).ShouldBe(1); // one municipality: no region sum
        (await State()).ShouldBe(before);
    }

    [Fact]
    public async Task Only_the_regions_coordinator_imports_and_edits_mappings()
    {
        var bytes = await File.ReadAllBytesAsync(ODataFile, Ct);
        (await factory.CreateClient().PostAsync(Import("dryRun=true"), Body(bytes), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var other = await factory.LoggedInClientAsync("coordinator", region: "flevoland");
        (await other.PostAsync(Import("dryRun=true"), Body(bytes), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/api/v1/regions/{Region}/connectors/cbs/mappings", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var badFilter = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/connectors/cbs/mappings",
            new { tableId = "03759ned", measureCode = "M000365", dimensionFilter = "Geslacht", indicatorCode = "inwoners" }, Ct);
        badFilter.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await badFilter.Content.ReadAsStringAsync(Ct)).ShouldContain("geen geldig filter");

        var created = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/connectors/cbs/mappings",
            new { tableId = "03759ned", measureCode = "M000365", dimensionFilter = "Geslacht=T001038; Leeftijd=10000", indicatorCode = "huishoudens", active = false }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var mapping = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = mapping.GetProperty("id").GetInt32();
        mapping.GetProperty("dimensionFilter").GetString().ShouldBe("Geslacht=T001038;Leeftijd=10000");
        var version = mapping.GetProperty("version").GetInt32();
        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/connectors/cbs/mappings/{id}",
            new { tableId = "03759ned", measureCode = "M000365", indicatorCode = "huishoudens", active = false, version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/connectors/cbs/mappings/{id}",
            new { tableId = "03759ned", measureCode = "M000365", indicatorCode = "huishoudens", active = false, version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await coordinator.DeleteAsync($"/api/v1/regions/{Region}/connectors/cbs/mappings/{id}?version={version + 1}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(CbsConnectorMapping) && a.RegionId == Region, Ct)))
            .ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task The_cli_command_imports_a_recorded_response_and_the_scheduled_refresh_is_off()
    {
        var code = await factory.WithServicesAsync(sp => CbsCli.Command.RunAsync(sp,
            Regiokompas.Web.Common.Cli.CliOptions.Parse([ODataFile, "--region", Region, "--table", "03759ned", "--dry-run", "--retrieved", "2026-07-02"])));
        code.ShouldBe(0);
        var refused = await factory.WithServicesAsync(sp => CbsCli.Command.RunAsync(sp,
            Regiokompas.Web.Common.Cli.CliOptions.Parse([ODataFile, "--region", Region, "--table", "85618NED"])));
        refused.ShouldBe(1); // no mapping for that table: nothing imported

        factory.Services.GetServices<IHostedService>().OfType<CbsRefreshService>().Single().IsActive.ShouldBeFalse();
        var page = await (await factory.LoggedInClientAsync("coordinator", region: Region)).GetStringAsync($"/regio/{Region}/monitor/cbs", Ct);
        page.ShouldContain("automatisch ophalen staat uit");
        page.ShouldContain("type=\"file\"");
    }

    [Fact]
    public void Catalogue_files_combine_and_an_indicator_in_two_files_is_refused()
    {
        const string a = "format: 1\nindicators:\n  - code: een\n    name: Een\nlinks: {}\n";
        const string b = "format: 1\nindicators:\n  - code: twee\n    name: Twee\ninforms:\n  r1:\n    k1: [een, twee]\n";
        var combined = IndicatorCatalogueFile.Combine([IndicatorCatalogueFile.ParseOne(a), IndicatorCatalogueFile.ParseOne(b)]);
        combined.Indicators.Select(i => i.Code).ShouldBe(["een", "twee"]);
        combined.Informs["r1"]["k1"].ShouldBe(["een", "twee"]);
        Should.Throw<InvalidOperationException>(() => IndicatorCatalogueFile.Combine([IndicatorCatalogueFile.ParseOne(a), IndicatorCatalogueFile.ParseOne(a)]));
        Should.Throw<InvalidOperationException>(() => IndicatorCatalogueFile.Parse(b));
    }
}

public sealed class CbsConnectorTestsOnSqlite(SqliteAppFactory f) : CbsConnectorTests(f), IClassFixture<SqliteAppFactory>;
public sealed class CbsConnectorTestsOnPostgres(PostgresAppFactory f) : CbsConnectorTests(f), IClassFixture<PostgresAppFactory>;
