using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Regiokompas.Web.Common.Data;

namespace Regiokompas.Browser.Tests;

/// <summary>
/// Crawls every page reachable by links at 390 px, signed out and signed in as the demo coordinator, and
/// measures that no page scrolls sideways as a whole (tables become cards, long words wrap).
/// </summary>
public sealed class PhoneCrawlTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const int Width = 390;
    /// <summary>Pages of one shape (the same route with other ids) visited at most this often, so the crawl ends in minutes.</summary>
    private const int PerShape = 3;
    private const int MaxPages = 250;

    [Fact]
    public async Task No_reachable_page_scrolls_sideways_at_390_px_signed_out_or_in_as_coordinator()
    {
        await using (var scope = app.App.Services.CreateAsyncScope())
            await DemoUsers.EnsureAsync(scope.ServiceProvider, NullLogger.Instance);

        var anonymous = await app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Width, Height = 844 } });
        var signedOut = await CrawlAsync(anonymous, ["/", "/hulp", "/hulp?q=eenzaam&gemeente=GM0995#resultaten", "/hulp/initiatief-aanmelden"]);

        var coordinator = await app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Width, Height = 844 } });
        var login = await coordinator.NewPageAsync();
        await login.GotoAsync($"{app.BaseUrl}/inloggen");
        await login.GetByLabel("E-mailadres").FillAsync("coordinator.ijv@demo.regiokompas.nl");
        await login.GetByLabel("Wachtwoord").FillAsync(DemoUsers.Password);
        await login.RunAndWaitForNavigationAsync(() => login.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync(),
            new PageRunAndWaitForNavigationOptions { Timeout = 60_000 });
        (await login.ContentAsync()).ShouldContain("Uitloggen");
        await login.CloseAsync();
        var signedIn = await CrawlAsync(coordinator, ["/", "/regio/ijssel-vecht", "/regio/ijssel-vecht/werkagenda", "/capaciteit"]);

        var pages = signedOut.Checked + signedIn.Checked;
        TestContext.Current.SendDiagnosticMessage($"390-px crawl: {signedOut.Checked} pages signed out, {signedIn.Checked} signed in as coordinator, {pages} in all");
        Console.WriteLine($"390-px crawl: {signedOut.Checked} pages signed out, {signedIn.Checked} signed in as coordinator, {pages} in all");
        await File.WriteAllLinesAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "crawl-390.txt"),
            [$"pages checked: {pages}", .. signedOut.Visited.Select(v => "out " + v), .. signedIn.Visited.Select(v => "in  " + v)], TestContext.Current.CancellationToken);
        signedOut.Checked.ShouldBeGreaterThan(20);
        signedIn.Checked.ShouldBeGreaterThan(20);
        signedIn.Visited.ShouldContain(v => v.Contains("/werkagenda", StringComparison.Ordinal));
        signedOut.Wide.Concat(signedIn.Wide).ShouldBeEmpty();
        await anonymous.CloseAsync();
        await coordinator.CloseAsync();
    }

    private sealed record Outcome(int Checked, List<string> Visited, List<string> Wide);

    private async Task<Outcome> CrawlAsync(IBrowserContext context, string[] start)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(start, StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var visited = new List<string>();
        var wide = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxPages)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(app.BaseUrl + path, new() { WaitUntil = WaitUntilState.Load });
            if (response is null || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal)) continue;
            visited.Add(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > Width)
            {
                var culprit = await page.EvaluateAsync<string>(WidestElement, Width);
                wide.Add($"{path}: scrollWidth {width} ({culprit})");
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"wide-{visited.Count}.png") });
            }
            var links = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => h.startsWith(location.origin)).map(h => h.slice(location.origin.length))");
            foreach (var link in links)
            {
                var target = link.Split('#')[0];
                if (target.Length == 0 || !Crawlable(target) || !seen.Add(target)) continue;
                var shape = Shape(target);
                if (shapes.GetValueOrDefault(shape) >= PerShape) continue;
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                queue.Enqueue(target);
            }
        }
        await page.CloseAsync();
        return new Outcome(visited.Count, visited, wide);
    }

    /// <summary>Pages only: no API, downloads, feeds or the sign-out link.</summary>
    private static bool Crawlable(string path)
    {
        var p = path.Split('?')[0].ToLowerInvariant();
        if (p.StartsWith("/api", StringComparison.Ordinal) || p.StartsWith("/hsds", StringComparison.Ordinal) || p.StartsWith("/uitloggen", StringComparison.Ordinal)
            || p.StartsWith("/openapi", StringComparison.Ordinal) || p.StartsWith("/health", StringComparison.Ordinal) || p.StartsWith("/css/", StringComparison.Ordinal)
            || p.StartsWith("/js/", StringComparison.Ordinal)) return false;
        if (Path.GetExtension(p) is { Length: > 0 } ext && ext is not ".html") return false;
        var q = path.Contains('?') ? path[(path.IndexOf('?') + 1)..].ToLowerInvariant() : "";
        return !q.Contains("format=") && !q.Contains("handler=") && !p.EndsWith("/csv", StringComparison.Ordinal) && !p.EndsWith("/export", StringComparison.Ordinal);
    }

    /// <summary>A route with its ids and query values blanked: /regio/x/actie/y and /regio/x/actie/z are one shape.</summary>
    private static string Shape(string path)
    {
        var parts = path.Split('?');
        var segments = parts[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var shape = string.Join('/', segments.Select((s, i) => i == 0 || (i % 2 == 0 && !s.Any(char.IsDigit)) ? s : "*"));
        var keys = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(kv => kv.Split('=')[0]).Order()) : "";
        return shape + "?" + keys;
    }

    private const string WidestElement = """
        (limit) => {
            let worst = null, right = 0;
            for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.right > limit && r.right > right && r.width > 0) { right = r.right; worst = el; }
            }
            if (!worst) return 'unknown';
            return worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '') + (worst.className && typeof worst.className === 'string' ? '.' + worst.className.split(' ').join('.') : '') + ' right=' + Math.round(right);
        }
        """;
}
