using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.CareDirectory.Hsds;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.CareDirectory;

/// <summary>HSDS import keeps faith with the source: dry run, a report per record, one audit entry, 1.x refused, URLs normalised. Once per database.</summary>
public abstract class HsdsImportReportTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Page(Guid org, params (Guid Id, string Name, string? Url)[] services) => JsonSerializer.Serialize(new
    {
        contents = services.Select(s => new Dictionary<string, object?>
        {
            ["id"] = s.Id.ToString(), ["name"] = s.Name, ["status"] = "active", ["url"] = s.Url,
            ["organization"] = new { id = org.ToString(), name = "Stichting Voorbeeld", description = "Een stichting" },
        }).ToArray(),
    });

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient admin, string body, bool dryRun = false) =>
        await admin.PostAsync($"/api/v1/directory/import/hsds?file=pakket.json{(dryRun ? "&dryRun=true" : "")}",
            new StringContent(body, Encoding.UTF8, "application/json"), Ct);

    private static List<(string Record, string Outcome)> Records(JsonElement json) =>
        json.GetProperty("records").EnumerateArray().Select(r => (r.GetProperty("record").GetString()!, r.GetProperty("outcome").GetString()!)).ToList();

    [Fact]
    public async Task Dry_run_reports_per_record_and_changes_nothing_then_reimport_is_unchanged_with_one_audit_entry_per_import()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var (org, a, b) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var body = Page(org, (a, "Maaltijdservice Oost", "www.voorbeeld.nl/maaltijd"), (b, "Klussendienst Oost", null));
        var auditBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));

        var dry = await ImportAsync(admin, body, dryRun: true);
        dry.StatusCode.ShouldBe(HttpStatusCode.OK, await dry.Content.ReadAsStringAsync(Ct));
        var dryJson = await dry.Content.ReadFromJsonAsync<JsonElement>(Ct);
        dryJson.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        dryJson.GetProperty("created").GetInt32().ShouldBe(2);
        Records(dryJson).ShouldBe([($"service {a}", "created"), ($"service {b}", "created")], ignoreOrder: true);
        (await factory.WithDbAsync(db => db.Set<CareService>().AnyAsync(s => s.Id == a || s.Id == b, Ct))).ShouldBeFalse();
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct))).ShouldBe(auditBefore);

        var real = await ImportAsync(admin, body);
        real.StatusCode.ShouldBe(HttpStatusCode.OK, await real.Content.ReadAsStringAsync(Ct));
        (await real.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("created").GetInt32().ShouldBe(2);
        (await factory.WithDbAsync(db => db.Set<CareService>().Where(s => s.Id == a).Select(s => s.Url).SingleAsync(Ct))).ShouldBe("https://www.voorbeeld.nl/maaltijd");
        // One summary entry for the import, none per field or per record.
        var rows = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id > 0).OrderBy(e => e.Id).Skip(auditBefore).ToListAsync(Ct));
        rows.ShouldHaveSingleItem().EntityType.ShouldBe(ImportHsdsHandler.AuditEntityType);
        rows[0].NewValue.ShouldNotBeNull().ShouldStartWith("created=2; updated=0; unchanged=0");

        var again = await ImportAsync(admin, Page(org, (a, "Maaltijdservice Oost", "www.voorbeeld.nl/maaltijd"), (b, "Klussendienst Oost-Zuid", null)));
        var againJson = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        againJson.GetProperty("unchanged").GetInt32().ShouldBe(1);
        againJson.GetProperty("updated").GetInt32().ShouldBe(1);
        Records(againJson).ShouldContain(($"service {a}", "unchanged"));
        Records(againJson).ShouldContain(($"service {b}", "updated"));
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct))).ShouldBe(auditBefore + 2);
    }

    [Fact]
    public async Task A_website_that_is_no_address_refuses_the_record_with_its_value_and_nothing_is_stored()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var (org, good, bad) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var response = await ImportAsync(admin, Page(org, (good, "Goed adres", "https://example.org"), (bad, "Fout adres", "bel ons maar")));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var refused = json.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("record").GetString() == $"service {bad}");
        refused.GetProperty("outcome").GetString().ShouldBe("refused");
        refused.GetProperty("reasons")[0].GetString()!.ShouldContain("'bel ons maar' is geen webadres");
        (await factory.WithDbAsync(db => db.Set<CareService>().AnyAsync(s => s.Id == good, Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task Hsds_1_packages_are_recognised_and_refused_with_that_reason()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var json = JsonSerializer.Serialize(new { contents = new[] { new { id = Guid.NewGuid().ToString(), name = "Oud", status = "active", regular_schedules = Array.Empty<object>() } } });
        var response = await ImportAsync(admin, json);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("HSDS 1.x");

        var zip = Zip(("services.csv", "id,organization_id,name,status\n" + Guid.NewGuid() + "," + Guid.NewGuid() + ",Oud,active\n"),
            ("physical_addresses.csv", "id,location_id,address_1,city\n"));
        var tabular = await admin.PostAsync("/api/v1/directory/import/hsds-tabular", new ByteArrayContent(zip), Ct);
        tabular.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = (await tabular.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        problem.GetProperty("message").GetString()!.ShouldContain("HSDS 1.x (herkend aan 'physical_addresses.csv')");
    }

    [Fact]
    public async Task A_tabular_package_with_a_duplicated_id_gets_a_per_table_report_and_4xx()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var (org, s) = (Guid.NewGuid(), Guid.NewGuid());
        var zip = Zip(("organizations.csv", $"id,name,description\n{org},Org,Org\n{org},Org twee,Org\n"),
            ("services.csv", $"id,organization_id,name,status\n{s},{org},Een,active\n{Guid.NewGuid()},{org},Twee,active\n{s},{org},Drie,active\n"));
        var response = await admin.PostAsync("/api/v1/directory/import/hsds-tabular", new ByteArrayContent(zip), Ct);
        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        var dup = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("duplicateIds");
        dup.GetProperty("services.csv").EnumerateArray().ShouldHaveSingleItem().GetString()!.ShouldContain("regel 4");
        dup.GetProperty("organizations.csv").EnumerateArray().ShouldHaveSingleItem().GetString()!.ShouldContain("regel 3");
    }

    [Fact]
    public async Task An_imported_service_without_ages_says_nothing_about_for_whom()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var id = Guid.NewGuid();
        (await ImportAsync(admin, Page(Guid.NewGuid(), (id, "Zonder doelgroep", null)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/hulp/dienst/{id}", Ct));
        html.ShouldContain("Zonder doelgroep");
        html.ShouldNotContain("Voor iedereen");
        html.ShouldNotContain("Voor wie");
    }

    private static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var ms = new MemoryStream();
        using (var archive = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in files)
            {
                using var w = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
        return ms.ToArray();
    }
}

public sealed class HsdsImportReportTestsOnSqlite(SqliteAppFactory f) : HsdsImportReportTests(f), IClassFixture<SqliteAppFactory>;
public sealed class HsdsImportReportTestsOnPostgres(PostgresAppFactory f) : HsdsImportReportTests(f), IClassFixture<PostgresAppFactory>;
