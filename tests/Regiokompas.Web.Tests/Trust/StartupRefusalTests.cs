using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Regiokompas.Web.Tests.Trust;

/// <summary>The built app as a separate process: what an operator sees when starting it wrongly.</summary>
internal static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Regiokompas.Web.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Urls"] = "http://127.0.0.1:0"; // if it wrongly starts serving, it binds nothing useful
        foreach (var (k, v) in environment) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new ShouldAssertException($"the app kept running instead of exiting: {await stdout} {await stderr}");
        }
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}

public sealed class CliTests
{
    [Fact]
    public async Task An_unknown_command_exits_non_zero_with_the_list_of_commands_instead_of_starting_the_server()
    {
        var data = Directory.CreateTempSubdirectory("regiokompas-cli-").FullName;
        var result = await AppProcess.RunAsync(new Dictionary<string, string> { ["DataFolder"] = data }, "import-hsds", "x");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("unknown command 'import-hsds'");
        result.Error.ShouldContain("create-admin");
        result.Error.ShouldContain("import-plan");
        File.Exists(Path.Combine(data, "regiokompas.db")).ShouldBeFalse("nothing is created for a typo");
    }
}

public sealed class DatabaseRefusalTests
{
    private static Dictionary<string, string> SqliteIn(string folder) => new() { ["DataFolder"] = folder };

    [Fact]
    public async Task An_empty_database_file_is_refused_with_a_message_and_left_alone()
    {
        var data = Directory.CreateTempSubdirectory("regiokompas-empty-").FullName;
        var file = Path.Combine(data, "regiokompas.db");
        await File.WriteAllBytesAsync(file, [], TestContext.Current.CancellationToken);
        var result = await AppProcess.RunAsync(SqliteIn(data));
        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("is leeg (0 bytes)");
        new FileInfo(file).Length.ShouldBe(0);
    }

    [Fact]
    public async Task A_file_that_is_not_SQLite_is_refused()
    {
        var data = Directory.CreateTempSubdirectory("regiokompas-foreign-").FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "regiokompas.db"), "naam;adres\nJan;Zwolle\n", TestContext.Current.CancellationToken);
        var result = await AppProcess.RunAsync(SqliteIn(data));
        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("geen SQLite-database");
    }

    [Fact]
    public async Task An_SQLite_database_of_another_program_is_refused_and_not_changed()
    {
        var data = Directory.CreateTempSubdirectory("regiokompas-other-").FullName;
        var file = Path.Combine(data, "regiokompas.db");
        await using (var conn = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = new SqliteCommand("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)", conn);
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        var result = await AppProcess.RunAsync(SqliteIn(data));
        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("niet van Regiokompas");
        await using (var conn = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = new SqliteCommand("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", conn);
            ((long)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_database_of_another_program_is_refused_and_not_changed()
    {
        var server = Environment.GetEnvironmentVariable("REGIOKOMPAS_TEST_POSTGRES") is { Length: > 0 } s ? s
            : throw new InvalidOperationException("REGIOKOMPAS_TEST_POSTGRES is not set; run with scripts/with-postgres.sh.");
        var name = $"rk_foreign_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        var target = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        try
        {
            await using (var conn = new NpgsqlConnection(target))
            {
                await conn.OpenAsync(TestContext.Current.CancellationToken);
                await new NpgsqlCommand("CREATE TABLE patients (id int PRIMARY KEY, name text)", conn).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
            var result = await AppProcess.RunAsync(new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres", ["ConnectionStrings__Regiokompas"] = target,
                ["DataFolder"] = Directory.CreateTempSubdirectory("regiokompas-pg-").FullName,
            });
            result.ExitCode.ShouldBe(3);
            result.Error.ShouldContain("niet van Regiokompas");
            await using (var conn = new NpgsqlConnection(target))
            {
                await conn.OpenAsync(TestContext.Current.CancellationToken);
                var tables = await new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'", conn).ExecuteScalarAsync(TestContext.Current.CancellationToken);
                ((long)tables!).ShouldBe(1);
            }
        }
        finally
        {
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }
}
