using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Web.Tests.Infrastructure;

/// <summary>
/// The app over HTTP on a database of its own. Scenarios are written once against this base
/// class and bound to SQLite and PostgreSQL by two small subclasses.
/// </summary>
public abstract partial class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("regiokompas-test-").FullName;
    public abstract string Provider { get; }
    protected abstract string ConnectionString { get; }
    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
    protected string DataFolder => _dataFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Regiokompas", ConnectionString);
        builder.UseSetting("DataFolder", _dataFolder);
    }

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        StartServer(); // starts the app (TestServer or Kestrel): migrates and seeds
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteClearPools();
        await DropDatabaseAsync();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private int _userCounter;

    /// <summary>Creates a user with a role and scope, and returns a client that is logged in as that user.</summary>
    public async Task<HttpClient> LoggedInClientAsync(string role, string? region = null, string? pillarKey = null, string? organisationKey = null)
    {
        var email = $"user{Interlocked.Increment(ref _userCounter)}-{Guid.NewGuid():N}@test.local";
        const string password = "Test-password-1234";
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role} {_userCounter}" };
            if (role == Roles.Coordinator) user.CoordinatorRegionId = region;
            if (organisationKey is not null)
                user.OrganisationId = await db.Organisations.Where(o => o.RegionId == region && o.Key == organisationKey).Select(o => o.Id).SingleAsync();
            (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
            if (pillarKey is not null)
            {
                var pillarId = await db.Pillars.Where(p => p.RegionId == region && p.Key == pillarKey).Select(p => p.Id).SingleAsync();
                db.PillarLeadAssignments.Add(new PillarLeadAssignment { UserId = user.Id, PillarId = pillarId });
                await db.SaveChangesAsync();
            }
        }
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await LoginAsync(client, email, password);
        return client;
    }

    public static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/inloggen");
        var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "login should redirect");
    }

    /// <summary>Creates an API token for an organisation and returns a client that sends it.</summary>
    public async Task<HttpClient> TokenClientAsync(string region, string organisationKey)
    {
        var token = AuthSetup.NewToken();
        await WithDbAsync(async db =>
        {
            var orgId = await db.Organisations.Where(o => o.RegionId == region && o.Key == organisationKey).Select(o => o.Id).SingleAsync();
            db.ApiTokens.Add(new ApiToken { OrganisationId = orgId, Name = "test", TokenHash = AuthSetup.HashToken(token), CreatedAtUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token in the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteAppFactory : AppFactory
{
    public override string Provider => "Sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataFolder, "test.db")}";
}

/// <summary>
/// Needs REGIOKOMPAS_TEST_POSTGRES (set by the README's test command, which starts a throwaway
/// cluster). Without it the tests fail loudly rather than skip, so a missing database is never hidden.
/// </summary>
public sealed class PostgresAppFactory : AppFactory
{
    private readonly string _database = $"rk_test_{Guid.NewGuid():N}";
    public override string Provider => "Postgres";

    private static string Server => Environment.GetEnvironmentVariable("REGIOKOMPAS_TEST_POSTGRES") is { Length: > 0 } s
        ? s
        : throw new InvalidOperationException(
            "REGIOKOMPAS_TEST_POSTGRES is not set. Run the tests with `bash scripts/test.sh`, which starts a throwaway PostgreSQL cluster.");

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;

    protected override async Task CreateDatabaseAsync()
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
