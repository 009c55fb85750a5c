using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests.Monitoring;

public sealed class MonitorChartTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_result_page_draws_the_chart_next_to_the_table()
    {
        var email = $"monitor-{Guid.NewGuid():N}@test.local";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email, DisplayName = "Monitor Coördinator", CoordinatorRegionId = "ijssel-vecht" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, "coordinator");
        }
        var context = await fixture.Browser.NewContextAsync();
        // Generous: the suite runs test projects side by side on two cores.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/inloggen"));

        var import = await context.APIRequest.PostAsync($"{fixture.BaseUrl}/api/v1/measurements/import", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
            DataString = "indicator,area,period,value\nzelftriage,ijssel-vecht,2024KW04,10\nzelftriage,ijssel-vecht,2025KW04,15\n",
        });
        import.Status.ShouldBe(200, await import.TextAsync());
        var publish = await context.APIRequest.PostAsync($"{fixture.BaseUrl}/api/v1/regions/ijssel-vecht/measurements/publish", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            DataString = "{\"indicator\":\"zelftriage\"}",
        });
        publish.Status.ShouldBe(200, await publish.TextAsync());

        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/monitor/resultaat/zt-d2-r2");
        var canvas = page.Locator("canvas[data-chart]");
        await Assertions.Expect(canvas).ToBeVisibleAsync();
        var painted = await canvas.EvaluateAsync<int>(@"c => {
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }");
        painted.ShouldBeGreaterThan(1000);
        errors.ShouldBeEmpty();
        await Assertions.Expect(page.Locator("caption", new() { HasText = "Gepubliceerde cijfers" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "monitor-result-chart.png"), FullPage = true });

        // On a 390-px phone the chart takes the page's width and keeps a plot tall enough to read (it was 278×139).
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Assertions.Expect(canvas).ToBeVisibleAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        box.Width.ShouldBeGreaterThanOrEqualTo(340);
        box.Height.ShouldBeGreaterThanOrEqualTo(380);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await canvas.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "monitor-result-chart-390.png") });
        errors.ShouldBeEmpty();
        await context.CloseAsync();
    }
}
