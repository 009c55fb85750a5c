using System.Diagnostics;

namespace Regiokompas.Web.Tests.Hostile;

/// <summary>
/// The command line on hostile plan files, as an operator runs it: a separate process on a SQLite
/// data folder of its own. Before the limits, the bracket file killed the process with a stack
/// overflow and the alias bomb ran out of memory. The issue asks for a clear error within 5 s.
/// </summary>
public sealed class CliHostileTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _folder = Directory.CreateTempSubdirectory("regiokompas-cli-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    public static TheoryData<string, string> Files => new()
    {
        { "haken.yaml", "Het bestand is dieper genest dan 64 niveaus (regel 1, kolom 65); er is niets ingelezen." },
        { "aliasbom.yaml", "Het bestand wordt met zijn verwijzingen (aliassen) meer dan 200.000 elementen groot (regel " },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Import_plan_refuses_a_hostile_file_with_a_clear_error_and_a_non_zero_exit(string name, string message)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, name == "haken.yaml" ? HostileFiles.Brackets(50_000) : HostileFiles.AliasBomb(), Ct);
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = await RunAsync("import-plan", path);
        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"import-plan {name}: exit {exit} in {clock.ElapsedMilliseconds} ms; stderr: {error.Trim()}");
        exit.ShouldBe(1, output + error);
        error.ShouldContain(message);
        error.ShouldContain("nothing was imported");
        // Only a guard against a hang or a runaway parser: the time itself (well under 5 s on a quiet
        // machine) is printed above, as timings on a shared 2-core CI machine are no test.
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        // Refused before the database was opened: not even a new, empty one was made.
        File.Exists(Path.Combine(_folder, "regiokompas.db")).ShouldBeFalse();
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Regiokompas.Web");
        var dll = Path.Combine(project, "bin", Configuration(), "net10.0", "Regiokompas.Web.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DataFolder"] = _folder;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Regiokompas"] = "";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }
        return (process.ExitCode, await output, await error);
    }

    private static string Configuration() => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Regiokompas.sln"))) return dir.FullName;
        throw new InvalidOperationException("Regiokompas.sln not found above the test folder.");
    }
}
