using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests.Monitoring;

/// <summary>The comparison map draws on a phone, without console errors, and the page passes axe-core.</summary>
public sealed class ComparisonMapTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_comparison_map_draws_on_a_phone_and_has_no_serious_axe_violations()
    {
        var email = $"kaart-{Guid.NewGuid():N}@test.local";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email, DisplayName = "Kaart Coördinator", CoordinatorRegionId = "ijssel-vecht" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, "coordinator");
        }
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 900 } });
        // Generous: the suite runs test projects side by side on two cores.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/inloggen"));

        async Task PostAsync(string path, string contentType, byte[] body)
        {
            var response = await context.APIRequest.PostAsync($"{fixture.BaseUrl}{path}", new()
            {
                Headers = new Dictionary<string, string> { ["Content-Type"] = contentType }, DataByte = body,
            });
            response.Status.ShouldBe(200, await response.TextAsync());
        }
        await PostAsync("/api/v1/measurements/import", "text/csv", System.Text.Encoding.UTF8.GetBytes(
            "indicator,area,period,numerator,denominator\n" +
            "valpreventie-programma-65plus,GM0193,2024JJ00,600,20000\n" +
            "valpreventie-programma-65plus,GM0148,2024JJ00,3,5000\n" +
            "valpreventie-programma-65plus,GM0160,2024JJ00,300,12000\n" +
            "valpreventie-programma-65plus,GM0175,2024JJ00,420,11000\n"));
        await PostAsync("/api/v1/regions/ijssel-vecht/measurements/publish", "application/json", "{\"indicator\":\"valpreventie-programma-65plus\"}"u8.ToArray());
        await PostAsync("/api/v1/boundaries/import", "application/geo+json", await File.ReadAllBytesAsync(OpenDataFile("gemeenten_2023_kwb_wgs84.geojson"), TestContext.Current.CancellationToken));

        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/monitor/vergelijken?indicator=valpreventie-programma-65plus");

        var map = page.GetByRole(AriaRole.Img, new() { Name = "Kaart van Aandeel 65-plussers" });
        await Assertions.Expect(map).ToBeVisibleAsync();
        var box = (await map.BoundingBoxAsync()).ShouldNotBeNull();
        box.Width.ShouldBeInRange(200, 390);
        box.Height.ShouldBeGreaterThan(100);
        var areas = page.Locator("svg path[data-area]");
        (await areas.CountAsync()).ShouldBe(8);
        // Each outline is really drawn: a painted area inside the map, not a collapsed path.
        foreach (var area in await areas.AllAsync())
            ((await area.BoundingBoxAsync())?.Width ?? 0).ShouldBeGreaterThan(5);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Bron: CBS, Kadaster / PDOK (CC BY 4.0)")).ToBeVisibleAsync();

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        serious.ShouldBeEmpty();
        errors.ShouldBeEmpty();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "monitor-comparison-map.png"), FullPage = true });
        await context.CloseAsync();
    }

    /// <summary>The CBS boundary file next to the repository; read at run time, never copied into it.</summary>
    private static string OpenDataFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Regiokompas.sln"))) continue;
            foreach (var up in new[] { "..", Path.Combine("..", "..") })
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, up, "shared", "data", "open", "cbs-wijkenbuurten-gemeenten", name));
                if (File.Exists(path)) return path;
            }
            throw new FileNotFoundException($"{name} not found in shared/data/open next to the repository.");
        }
        throw new DirectoryNotFoundException("Repository root (Regiokompas.sln) not found.");
    }
}
