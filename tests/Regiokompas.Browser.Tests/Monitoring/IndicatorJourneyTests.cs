using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests.Monitoring;

/// <summary>
/// The coordinator's indicator flow through the browser: define an indicator, link it to a result as the
/// one that decides its status, enter a figure, publish it, and see the result's status and sentence change.
/// </summary>
public sealed class IndicatorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Result = "mw-d1-r3";

    [Fact]
    public async Task A_coordinator_defines_links_fills_and_publishes_an_indicator_and_the_result_follows()
    {
        var email = $"indicatoren-{Guid.NewGuid():N}@test.local";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email, DisplayName = "Indicator Coördinator", CoordinatorRegionId = "ijssel-vecht" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, "coordinator");
        }
        var context = await fixture.Browser.NewContextAsync();
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/inloggen"));

        var resultUrl = $"{fixture.BaseUrl}/regio/ijssel-vecht/monitor/resultaat/{Result}";
        await page.GotoAsync(resultUrl);
        var sentenceBefore = await page.Locator("p.lead").InnerTextAsync();

        // From the result page: "Koppel een indicator", then a new one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Koppel een indicator" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Of maak een nieuwe indicator" }).ClickAsync();
        await page.GetByLabel("Code", new() { Exact = false }).First.FillAsync("bj-gemeenten-bewegen");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Gemeenten die meedoen aan de beweegweek");
        await page.GetByLabel("Niveau").SelectOptionAsync("output");
        await page.GetByLabel("Eenheid").SelectOptionAsync("municipalities");
        await page.GetByLabel("Gemeente", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Kleine aantallen tonen?", new() { Exact = false }).FillAsync("Telt gemeenten, geen personen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Indicator aanmaken" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.status")).ToContainTextAsync("De indicator is aangemaakt.");

        await page.GotoAsync($"{resultUrl}/indicatoren");
        await page.GetByLabel("Indicator", new() { Exact = true }).SelectOptionAsync("bj-gemeenten-bewegen");
        await page.GetByLabel("Deze indicator bepaalt de status").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".linked-indicators li", new() { HasText = "bj-gemeenten-bewegen" })).ToContainTextAsync("bepalend");

        await page.GotoAsync(resultUrl);
        await Assertions.Expect(page.Locator("dd", new() { HasText = "Gemeenten die meedoen aan de beweegweek" })).ToBeVisibleAsync();
        var sentenceLinked = await page.Locator("p.lead").InnerTextAsync();

        // The figure through the existing form, then the coordinator's check and publish.
        await page.GotoAsync($"{fixture.BaseUrl}/monitor/cijfers-invullen?regio=ijssel-vecht");
        await page.GetByLabel("Periode").FillAsync("2025");
        var row = page.Locator("tr", new() { Has = page.Locator("input[type=hidden][value='bj-gemeenten-bewegen']") });
        await row.Locator("input[name$='.Value']").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cijfers versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("cijfers ontvangen", new() { Exact = false })).ToBeVisibleAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/monitor/controleren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Alle cijfers publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Er wachten geen cijfers op controle.")).ToBeVisibleAsync();

        await page.GotoAsync(resultUrl);
        await Assertions.Expect(page.Locator("caption", new() { HasText = "Gepubliceerde cijfers" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table tbody tr", new() { HasText = "2025" })).ToContainTextAsync("8");
        var sentenceAfter = await page.Locator("p.lead").InnerTextAsync();
        sentenceAfter.ShouldNotBe(sentenceLinked);
        (sentenceBefore == sentenceAfter).ShouldBeFalse();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "indicator-journey.png"), FullPage = true });
        await context.CloseAsync();
    }
}
