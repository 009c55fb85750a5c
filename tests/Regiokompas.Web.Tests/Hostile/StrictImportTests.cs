using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Capacity;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.Capacity.Reports;
using Regiokompas.Web.Tests.Capacity;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Hostile;

/// <summary>
/// Issue 9, items 11 and 12 over HTTP: each of these answered 200 (or 400, or stored the wrong
/// value) before. Each now names what is wrong and where, and nothing is stored.
/// </summary>
public abstract class StrictImportTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> FigureCountAsync() => factory.WithDbAsync(db => db.Set<Measurement>().CountAsync(Ct));

    private async Task<JsonElement> RefusedCsvAsync(byte[] csv)
    {
        var client = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var before = await FigureCountAsync();
        var response = await client.PostAsync("/api/v1/measurements/import", new ByteArrayContent(csv) { Headers = { { "Content-Type", "text/csv" } } }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync(Ct));
        (await FigureCountAsync()).ShouldBe(before);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_misspelt_header_is_an_error_naming_the_column_and_its_line()
    {
        var error = await RefusedCsvAsync("indicator,area,period,waarde,toelichtng\nzelftriage,ijssel-vecht,2025KW01,12,x\n"u8.ToArray());
        (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()).ShouldBe((1, "toelichtng"));
        error.GetProperty("message").GetString().ShouldBe("Kolom 'toelichtng' is onbekend.");
    }

    [Fact]
    public async Task An_unquoted_decimal_comma_in_a_comma_separated_file_is_refused_not_stored_as_a_whole_number()
    {
        var error = await RefusedCsvAsync("indicator,area,period,value\nzelftriage,ijssel-vecht,2025KW01,17,3\n"u8.ToArray());
        error.GetProperty("line").GetInt32().ShouldBe(2);
        error.GetProperty("message").GetString()!.ShouldStartWith("Regel 2: '17,3' lijkt een getal met een decimale komma");
    }

    [Fact]
    public async Task A_decimal_comma_is_read_as_such_where_the_separator_is_a_semicolon()
    {
        var client = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var response = await client.PostAsync("/api/v1/measurements/import?dryRun=true",
            new StringContent("indicator;area;period;value\nzelftriage;ijssel-vecht;2025KW01;17,3\n", Encoding.UTF8, "text/csv"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Latin1_text_is_refused_with_its_line_instead_of_stored_with_replacement_characters()
    {
        byte[] latin1 = [.. "indicator,area,period,value,note\nzelftriage,ijssel-vecht,2025KW01,12,"u8, 0x43, 0x61, 0x66, 0xE9, 0x0A];
        var error = await RefusedCsvAsync(latin1);
        error.GetProperty("line").GetInt32().ShouldBe(2);
        error.GetProperty("message").GetString().ShouldBe("Het bestand is geen UTF-8 (regel 2, byte 73). Sla het op als 'CSV UTF-8' of 'UTF-8'; er is niets ingelezen.");
    }

    [Fact]
    public async Task An_empty_file_and_a_file_with_only_a_header_are_errors()
    {
        (await RefusedCsvAsync([])).GetProperty("message").GetString().ShouldBe("Het bestand is leeg; er is niets ingelezen.");
        (await RefusedCsvAsync("indicator,area,period,value\n"u8.ToArray())).GetProperty("message").GetString()
            .ShouldBe("Het bestand heeft alleen een kopregel en geen gegevens; er is niets ingelezen.");
    }

    [Fact]
    public async Task The_upload_page_no_longer_calls_a_file_with_a_misspelt_header_fine()
    {
        var client = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var form = await client.GetStringAsync("/monitor/cijfers-aanleveren", Ct);
        var response = await client.PostAsync("/monitor/cijfers-aanleveren", new MultipartFormDataContent
        {
            { new StringContent(AppFactory.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("true"), "OnlyCheck" },
            { new ByteArrayContent("indicatr;gebied;periode;waarde\neenzaamheid;GM0193;2024;30\n"u8.ToArray()), "File", "cijfers.csv" },
        }, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldNotContain("Het bestand is in orde");
        html.ShouldContain("Kolom &#x27;indicatr&#x27; is onbekend.");
    }

    [Fact]
    public async Task A_capacity_csv_with_a_misspelt_column_or_a_line_with_more_fields_changes_nothing()
    {
        var unit = await factory.CreateUnitAsync(open: 5);
        var provider = await factory.TokenClientAsync(Region, CapacityTestSupport.Provider);
        async Task<List<(int, string, string)>> ProblemsAsync(string csv)
        {
            var response = await provider.PostAsync("/api/v1/capacity/reports/csv", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray()
                .Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("field").GetString()!, p.GetProperty("message").GetString()!)).ToList();
        }
        (await ProblemsAsync($"unit_id,open,occupied,expected_24u\n{unit},5,2,1\n"))
            .ShouldBe([(1, "expected_24u", "Onbekende kolom 'expected_24u' op regel 1.")]);
        (await ProblemsAsync($"unit_id,open,occupied\n{unit},5,2,1\n")).ShouldBe([(2, "*", "Regel 2 heeft 4 velden, de kop heeft er 3.")]);
        (await factory.WithDbAsync(db => db.Set<AvailabilityReport>().CountAsync(r => r.UnitId == unit, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task A_json_body_over_the_limit_is_413_naming_the_limit_even_without_a_length()
    {
        var client = await factory.LoggedInClientAsync(Roles.Coordinator, Region);
        var before = await FigureCountAsync();
        // 51 MB of JSON whitespace and then an array: streamed, so no Content-Length tells the server beforehand.
        var body = new PushStreamContent(async stream =>
        {
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < 51; i++) await stream.WriteAsync(blanks);
            await stream.WriteAsync("[]"u8.ToArray());
        }) { Headers = { { "Content-Type", "application/json" } } };
        var response = await client.PostAsync("/api/v1/measurements", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("title").GetString().ShouldBe("Het bestand is groter dan 50 MB, de grens voor deze route. Er is niets ingelezen; splits het bestand in delen.");
        problem.GetProperty("limitBytes").GetInt64().ShouldBe(50L * 1024 * 1024);
        (await FigureCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_form_upload_over_the_page_limit_is_413()
    {
        var member = await factory.LoggedInClientAsync(Roles.OrganisationMember, Region, organisationKey: CapacityTestSupport.Provider);
        var page = await member.GetStringAsync("/capaciteit/melden", Ct);
        var file = new byte[ImportReportsCsvHandler.MaxBytes + 128 * 1024];
        Array.Fill(file, (byte)'a');
        var response = await member.PostAsync("/capaciteit/melden?handler=Csv", new MultipartFormDataContent
        {
            { new StringContent(AppFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "CsvFile", "groot.csv" },
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("de grens voor deze route");
    }

    [Fact]
    public async Task A_page_form_over_the_limit_gets_the_Dutch_error_page_not_json()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/hulp/initiatief-aanmelden", Ct);
        var response = await client.PostAsync("/hulp/initiatief-aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page), ["Input.Name"] = new string('x', 1_500_000),
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Te groot om te versturen");
        html.ShouldContain("Het bestand is groter dan 1 MB, de grens voor deze route.");
    }

    [Theory]
    [InlineData("/regio/ijssel-vecht/regiotafel/regiotafel")]
    [InlineData("/regio/ijssel-vecht/werkagenda")]
    [InlineData("/regio/ijssel-vecht/werkagenda?handler=Nope")]
    public async Task A_form_posted_to_a_page_that_takes_no_such_form_is_a_Dutch_405_not_a_500(string url)
    {
        // Razor Pages would render the page without running a handler: nothing loaded, the view fails.
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/hulp/initiatief-aanmelden", Ct);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Deze pagina neemt dit formulier niet aan.");
    }

    [Fact]
    public async Task A_request_that_does_not_bind_is_a_400_in_Dutch_on_the_api_and_still_a_400_elsewhere()
    {
        var api = await factory.CreateClient().GetAsync("/api/v1/capacity/forecasts?type=elv-hoog", Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString().ShouldBe("Het verzoek is ongeldig; zie 'detail'. Er is niets veranderd.");
        (await factory.CreateClient().GetAsync("/taal", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private sealed class PushStreamContent(Func<Stream, Task> write) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => write(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

public sealed class StrictImportTestsOnSqlite(SqliteAppFactory f) : StrictImportTests(f), IClassFixture<SqliteAppFactory>;
public sealed class StrictImportTestsOnPostgres(PostgresAppFactory f) : StrictImportTests(f), IClassFixture<PostgresAppFactory>;
