namespace Regiokompas.Benchmarks;

// Not a top-level program: that would declare a second "Program" and hide the web app's from WebApplicationFactory.
public static class BenchmarkMain
{
    public static async Task<int> Main(string[] args)
    {
        var name = args.FirstOrDefault(a => !a.StartsWith("--"));
        var rest = args.Where(a => a != name).ToArray();
        return name switch
        {
            // The test command's smoke run covers the plan and the national monitor benchmark.
            null when rest.Contains("--smoke") => await PlanBenchmark.RunAsync(rest) is var code and not 0 ? code : await NationalBenchmark.RunAsync(rest),
            "plan" or null => await PlanBenchmark.RunAsync(rest),
            "national" => await NationalBenchmark.RunAsync(rest),
            "directory" => await DirectoryBenchmark.RunAsync(rest),
            "monitoring" => await RunMonitoringAsync(rest.Contains("--smoke")),
            var other => Fail($"Unknown benchmark '{other}'. Known: plan, directory, monitoring, national"),
        };
    }

    private static async Task<int> RunMonitoringAsync(bool smoke)
    {
        await MonitoringBenchmark.RunAsync(smoke);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
