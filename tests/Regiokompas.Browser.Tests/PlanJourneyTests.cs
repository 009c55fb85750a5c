using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests;

public sealed class PlanJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Resident_opens_a_region_plan_and_follows_a_link_by_keyboard_only()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht");
        (await page.TitleAsync()).ShouldContain("Samen Gezond IJssel-Vecht");

        // The first Tab lands on the skip link; Enter moves focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent.trim()")).ShouldBe("Naar de inhoud");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("inhoud");

        // Tab on until the table of contents link to the mental-health coalition has focus, then follow it.
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()") == "Mentaal Welbevinden";
        }
        reached.ShouldBeTrue("the link should be reachable with Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/regio/ijssel-vecht#mentaal-welbevinden");
        (await page.Locator("#h-mentaal-welbevinden").IsVisibleAsync()).ShouldBeTrue();

        // Then into a result page, still by keyboard: focus the first result link of that coalition.
        var firstResult = page.Locator("#mentaal-welbevinden .results a").First;
        await firstResult.FocusAsync();
        await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync("Enter"),
            new PageRunAndWaitForNavigationOptions { UrlString = "**/resultaat/**", Timeout = 60_000 });
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldNotBeNullOrWhiteSpace();

        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "plan-keyboard-journey.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task Coordinator_logs_in_and_corrects_a_deadline()
    {
        var email = $"coord-{Guid.NewGuid():N}@test.local";
        await fixture.App.WithDbAsync(_ => Task.FromResult(0));
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email, DisplayName = "Marieke Coördinator", CoordinatorRegionId = "ijssel-vecht" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, "coordinator");
        }
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync(),
            new PageRunAndWaitForNavigationOptions { Timeout = 60_000 });
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/resultaat/glp-d1-r1/bewerken");
        await page.GetByLabel("Deadline", new() { Exact = false }).First.FillAsync("2026-09-30");
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync(),
            new PageRunAndWaitForNavigationOptions { UrlString = "**/resultaat/glp-d1-r1", Timeout = 60_000 });
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("opgeslagen");
        var audit = await page.Locator("#audit-h + div table").TextContentAsync();
        audit.ShouldNotBeNull();
        audit.ShouldContain("Marieke Coördinator");
        audit.ShouldContain("30 september 2026"); // the audit trail reads dates in words
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "coordinator-edit.png"), FullPage = true });
    }
}
