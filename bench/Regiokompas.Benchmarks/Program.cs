namespace Regiokompas.Benchmarks;

// Not a top-level program: that would declare a second "Program" and hide the web app's from WebApplicationFactory.
public static class BenchmarkMain
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "directory" or null => await DirectoryBenchmark.RunAsync(args.Skip(1).ToArray()),
        var other => Fail($"Unknown benchmark '{other}'. Known: directory"),
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
