using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Regiokompas.Web.Modules.Monitoring.Geography;
using Regiokompas.Web.Tests.Infrastructure;
using Regiokompas.Web.Tests.Monitoring.Import;

namespace Regiokompas.Web.Tests.Monitoring.Geography;

/// <summary>Municipality boundaries in, through the API and the upload page, on the real CBS files; once per database.</summary>
public abstract class BoundaryImportTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string File2023 => OpenData.File("cbs-wijkenbuurten-gemeenten", "gemeenten_2023_kwb_wgs84.geojson");
    private static string File2022 => OpenData.File("cbs-wijkenbuurten-gemeenten", "gemeenten_2022_kwb_wgs84.geojson");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, string query = "") =>
        await client.PostAsync($"/api/v1/boundaries/import{query}", new ByteArrayContent(body) { Headers = { { "Content-Type", "application/geo+json" } } }, Ct);

    private Task<int> CountAsync(int year) => factory.WithDbAsync(db => db.Set<AreaBoundary>().CountAsync(b => b.Year == year, Ct));

    private Task<List<string?>> AuditAsync(int year) => factory.WithDbAsync(db => db.AuditEntries
        .Where(a => a.EntityType == nameof(BoundaryImport) && a.EntityKey == $"gemeentegrenzen-{year}")
        .OrderBy(a => a.Id).Select(a => a.NewValue).ToListAsync(Ct));

    [Fact]
    public async Task The_real_2023_file_gives_342_municipalities_and_skips_abroad_with_a_note()
    {
        var admin = await factory.LoggedInClientAsync("administrator");
        var before = (await AuditAsync(2023)).Count;
        var response = await PostAsync(admin, await File.ReadAllBytesAsync(File2023, Ct));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("year").GetInt32().ShouldBe(2023);
        body.GetProperty("areas").GetInt32().ShouldBe(342);
        body.GetProperty("skipped").GetInt32().ShouldBe(1);
        body.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("message").GetString()).ShouldContain(m => m!.Contains("GM0998"));
        (await CountAsync(2023)).ShouldBe(342);
        var stored = await factory.WithDbAsync(db => db.Set<AreaBoundary>().SingleAsync(b => b.Year == 2023 && b.AreaCode == "GM0193", Ct));
        stored.Name.ShouldBe("Zwolle");
        stored.Attribution.ShouldBe("Bron: CBS, Kadaster / PDOK (CC BY 4.0)");
        var audit = await AuditAsync(2023);
        audit.Count.ShouldBe(before + 1);
        audit[^1].ShouldNotBeNull().ShouldContain("Skipped=1");
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_leaves_one_audit_entry_per_import()
    {
        var admin = await factory.LoggedInClientAsync("administrator");
        var bytes = await File.ReadAllBytesAsync(File2023, Ct);
        (await PostAsync(admin, bytes)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ids = await factory.WithDbAsync(db => db.Set<AreaBoundary>().Where(b => b.Year == 2023).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(Ct));
        var audits = (await AuditAsync(2023)).Count;

        var again = await (await PostAsync(admin, bytes)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        again.GetProperty("added").GetInt32().ShouldBe(0);
        again.GetProperty("updated").GetInt32().ShouldBe(0);
        again.GetProperty("removed").GetInt32().ShouldBe(0);
        again.GetProperty("unchanged").GetInt32().ShouldBe(342);
        (await factory.WithDbAsync(db => db.Set<AreaBoundary>().Where(b => b.Year == 2023).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(Ct)))
            .ShouldBe(ids);
        var audit = await AuditAsync(2023);
        audit.Count.ShouldBe(audits + 1);
        audit[^1].ShouldNotBeNull().ShouldContain("Added=0");
        audit[^1]!.ShouldContain("Unchanged=342");
    }

    [Fact]
    public async Task The_2022_file_keeps_land_parts_so_every_repeated_code_becomes_one_municipality()
    {
        var admin = await factory.LoggedInClientAsync("administrator");
        var response = await PostAsync(admin, await File.ReadAllBytesAsync(File2022, Ct));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("year").GetInt32().ShouldBe(2022);
        // 428 features: 82 water parts (water = JA) and Buitenland left out, 345 municipalities remain.
        body.GetProperty("areas").GetInt32().ShouldBe(345);
        body.GetProperty("skipped").GetInt32().ShouldBe(83);
        body.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("message").GetString()).ShouldContain(m => m!.Contains("82 waterdelen"));
        var codes = await factory.WithDbAsync(db => db.Set<AreaBoundary>().Where(b => b.Year == 2022).Select(b => b.AreaCode).ToListAsync(Ct));
        codes.Count.ShouldBe(345);
        codes.Distinct().Count().ShouldBe(345);
        codes.ShouldContain("GM0599"); // Rotterdam: one land part and one water part in the file
    }

    [Fact]
    public async Task A_broken_file_names_every_problem_by_feature_and_stores_nothing()
    {
        var admin = await factory.LoggedInClientAsync("administrator");
        var square = "[[[6.0,52.5],[6.1,52.5],[6.1,52.6],[6.0,52.6],[6.0,52.5]]]";
        var rdSquare = "[[[200000,500000],[201000,500000],[201000,501000],[200000,501000],[200000,500000]]]";
        var file = $$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"gemeentecode":"GM0193","gemeentenaam":"Zwolle"},"geometry":{"type":"Polygon","coordinates":{{{square}}}}},
              {"type":"Feature","properties":{"gemeentecode":"GM0148","gemeentenaam":"Dalfsen"},"geometry":{"type":"Polygon","coordinates":{{{rdSquare}}}}},
              {"type":"Feature","properties":{"gemeentenaam":"Zonder code"},"geometry":{"type":"Polygon","coordinates":{{{square}}}}},
              {"type":"Feature","properties":{"gemeentecode":"GM0160","gemeentenaam":"Hardenberg"},"geometry":{"type":"Point","coordinates":[6.6,52.6]}}
            ]}
            """;
        var response = await PostAsync(admin, Encoding.UTF8.GetBytes(file), "?year=2031");
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("title").GetString().ShouldBe("Het bestand bevat fouten; er zijn geen grenzen opgeslagen.");
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(e => (Feature: e.GetProperty("feature").GetInt32(), Field: e.GetProperty("field").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        errors.Select(e => e.Feature).ShouldBe([2, 3, 4]);
        errors[0].Field.ShouldBe("geometry.coordinates");
        errors[0].Message.ShouldContain("RD New");
        errors[0].Message.ShouldContain("EPSG:28992");
        errors[1].Field.ShouldBe("gemeentecode");
        errors[1].Message.ShouldContain("ontbreekt");
        errors[2].Field.ShouldBe("geometry.type");
        errors[2].Message.ShouldContain("Point");
        (await CountAsync(2031)).ShouldBe(0);
        (await AuditAsync(2031)).ShouldBeEmpty();

        var notJson = await PostAsync(admin, Encoding.UTF8.GetBytes("{\"type\":\"FeatureCollection\",\n\"features\": [ {\"type\": \"Feature\",, } ]}"), "?year=2031");
        notJson.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var notJsonBody = await notJson.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = notJsonBody.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("feature").GetInt32().ShouldBe(0);
        error.GetProperty("message").GetString().ShouldBe("Het bestand is geen geldige JSON (fout op regel 2, positie 34).");
        (await CountAsync(2031)).ShouldBe(0);
    }

    [Fact]
    public async Task A_dry_run_checks_without_storing_and_a_code_property_can_be_named()
    {
        var admin = await factory.LoggedInClientAsync("administrator");
        var file = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gemeentecode":"GM0193","gemeentenaam":"Zwolle"},"geometry":{"type":"Polygon","coordinates":[[[6.0,52.5],[6.1,52.5],[6.1,52.6],[6.0,52.5]]]}}]}""";
        var response = await PostAsync(admin, Encoding.UTF8.GetBytes(file), "?year=2032&dryRun=true");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("added").GetInt32().ShouldBe(1);
        (await CountAsync(2032)).ShouldBe(0);
        (await AuditAsync(2032)).ShouldBeEmpty();

        // A file that keeps its code under another name works once that name is given.
        var own = file.Replace("\"gemeentecode\"", "\"cbs\"");
        (await PostAsync(admin, Encoding.UTF8.GetBytes(own), "?year=2032&dryRun=true")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PostAsync(admin, Encoding.UTF8.GetBytes(own), "?year=2032&dryRun=true&codeProperty=cbs")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_administrators_and_coordinators_may_import_and_a_body_over_the_limit_gets_413()
    {
        var file = Encoding.UTF8.GetBytes("""{"type":"FeatureCollection","features":[]}""");
        (await PostAsync(factory.CreateClient(), file)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var partner = await factory.LoggedInClientAsync("organisation-member", region: Region, organisationKey: "ggd-ijsselland");
        var forbidden = await PostAsync(partner, file);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString()
            .ShouldBe("Alleen een coördinator (van deze regio) of een beheerder mag dit.");

        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var big = new ByteArrayContent(file) { Headers = { { "Content-Type", "application/geo+json" } } };
        big.Headers.ContentLength = ImportBoundariesHandler.MaxBytes + 1;
        var tooLarge = await coordinator.PostAsync("/api/v1/boundaries/import", big, Ct);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString()
            .ShouldBe("Het bestand is groter dan 50 MB, de grens voor deze route. Er is niets ingelezen; splits het bestand in delen.");
    }

    [Fact]
    public async Task The_region_boundaries_api_returns_only_the_regions_municipalities_as_valid_geojson()
    {
        var admin = await factory.LoggedInClientAsync("administrator");
        (await PostAsync(admin, await File.ReadAllBytesAsync(File2023, Ct))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var regions = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/regions", Ct);
        var expected = regions.EnumerateArray().Single(r => r.GetProperty("id").GetString() == Region)
            .GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("code").GetString()!).Order().ToList();
        expected.Count.ShouldBe(8);

        var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync($"/api/v1/regions/{Region}/boundaries", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        var json = await response.Content.ReadAsStringAsync(Ct);
        var features = JsonSerializer.Deserialize<FeatureCollection>(json, GeoJsonBoundaryReader.GeoJson).ShouldNotBeNull();
        features.Count.ShouldBe(8);
        features.Select(f => (string)f.Attributes["code"]).Order().ShouldBe(expected);
        foreach (var f in features)
        {
            f.Geometry.ShouldBeAssignableTo<Geometry>().OgcGeometryType.ShouldBeOneOf(OgcGeometryType.Polygon, OgcGeometryType.MultiPolygon);
            f.Geometry.EnvelopeInternal.MinX.ShouldBeInRange(5.5, 7.2); // Overijssel, in degrees
            f.Geometry.EnvelopeInternal.MinY.ShouldBeInRange(52.0, 53.0);
        }

        var cached = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/regions/{Region}/boundaries");
        cached.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        (await anonymous.SendAsync(cached, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await anonymous.GetAsync("/api/v1/regions/nergens/boundaries", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_upload_page_lists_problems_per_feature_and_saves_a_good_file()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: Region);
        var form = await client.GetStringAsync("/monitor/gemeentegrenzen", Ct);
        form.ShouldContain("<label for=\"File\">GeoJSON-bestand</label>");

        async Task<HttpResponseMessage> Post(string geojson, bool onlyCheck) =>
            await client.PostAsync("/monitor/gemeentegrenzen", new MultipartFormDataContent
            {
                { new StringContent(AppFactory.AntiforgeryToken(form)), "__RequestVerificationToken" },
                { new StringContent(onlyCheck ? "true" : "false"), "OnlyCheck" },
                { new StringContent("2033"), "Year" },
                { new StringContent("Bron: test"), "Attribution" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(geojson)), "File", "grenzen.geojson" },
            }, Ct);

        var bad = await Post("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gemeentecode":"GM0193"},"geometry":{"type":"Point","coordinates":[6.1,52.5]}}]}""", onlyCheck: false);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Er is niets opgeslagen.");
        html.ShouldContain("<tr><td>1</td><td>geometry.type</td><td>De geometrie is een Point. Alleen vlakken (Polygon of MultiPolygon) kunnen op de kaart.</td></tr>");
        (await CountAsync(2033)).ShouldBe(0);

        var good = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gemeentecode":"GM0193","gemeentenaam":"Zwolle"},"geometry":{"type":"Polygon","coordinates":[[[6.0,52.5],[6.1,52.5],[6.1,52.6],[6.0,52.5]]]}}]}""";
        (await (await Post(good, onlyCheck: true)).Content.ReadAsStringAsync(Ct)).ShouldContain("Het bestand is in orde: 1 gemeenten voor 2033");
        (await CountAsync(2033)).ShouldBe(0);
        (await Post(good, onlyCheck: false)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountAsync(2033)).ShouldBe(1);

        var partner = await factory.LoggedInClientAsync("organisation-member", region: Region, organisationKey: "ggd-ijsselland");
        var refused = await partner.GetAsync("/monitor/gemeentegrenzen", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/geen-toegang");
    }
}

public sealed class BoundaryImportTestsOnSqlite(SqliteAppFactory f) : BoundaryImportTests(f), IClassFixture<SqliteAppFactory>;
public sealed class BoundaryImportTestsOnPostgres(PostgresAppFactory f) : BoundaryImportTests(f), IClassFixture<PostgresAppFactory>;
