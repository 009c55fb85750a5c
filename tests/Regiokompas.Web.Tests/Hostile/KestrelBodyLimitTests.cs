using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Tests.Capacity;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Hostile;

/// <summary>
/// Over a real socket (Kestrel), whose own body limit (30 MB) used to answer the figures CSV
/// with a 400 long before the documented 200 MB. No data is involved, so SQLite only.
/// </summary>
public sealed class KestrelBodyLimitTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly SqliteAppFactory _app = new();

    public async ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_figures_csv_above_30_MB_is_read_and_one_above_200_MB_is_413()
    {
        var client = await _app.TokenClientAsync("ijssel-vecht", CapacityTestSupport.Provider);
        client.Timeout = TimeSpan.FromMinutes(5);

        var thirtyFive = await client.PostAsync("/api/v1/measurements/import?dryRun=true", new BlankLinesCsv(35L * 1024 * 1024), Ct);
        // Read to the end (blank lines are skipped): a header without figures, so 422 and not Kestrel's 400.
        thirtyFive.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await thirtyFive.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("input.no-rows");

        // Over a socket the server answers 413 and closes the connection rather than drain a hostile upload; a client
        // still sending sees the close (the in-memory corpus, HostileCorpusTests, reads the 413 and its text).
        try
        {
            var over = await client.PostAsync("/api/v1/measurements/import?dryRun=true", new BlankLinesCsv(MonitoringApi.MaxCsvBytes + 1), Ct);
            over.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            (await over.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString()!.ShouldStartWith("Het bestand is groter dan 200 MB");
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"connection closed by the server at the limit: {e.InnerException.Message}");
        }
        (await _app.CreateClient().GetAsync("/health", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A header and lines of blanks, chunked (no Content-Length), made up while it is sent.</summary>
    private sealed class BlankLinesCsv : HttpContent
    {
        private readonly long _length;

        public BlankLinesCsv(long length)
        {
            _length = length;
            Headers.ContentType = new("text/csv");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var head = "indicator,area,period,value\n"u8.ToArray();
            await stream.WriteAsync(head);
            var line = new byte[64 * 1024];
            Array.Fill(line, (byte)' ');
            line[^1] = (byte)'\n';
            for (var sent = (long)head.Length; sent < _length; sent += line.Length)
                await stream.WriteAsync(line.AsMemory(0, (int)Math.Min(line.Length, _length - sent)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
