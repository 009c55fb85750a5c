using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests.CareDirectory;

/// <summary>A resident finds help by keyboard only, and the pages on the way pass axe-core.</summary>
public sealed class HulpJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resident_searches_by_keyboard_and_opens_a_service()
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        await page.GotoAsync(app.BaseUrl + "/hulp");
        await page.GetByLabel("Waar zoekt u hulp bij?").FillAsync("eenzaam");
        await page.GetByLabel("Uw gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Lelystad" });
        // Enter in the search box may pick a suggestion from the browser's list, so submit with the button, by keyboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/hulp?q=eenzaam*");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "STIP Lelystad: inlooppunt" });
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "STIP Lelystad: inlooppunt", Level = 1 }).WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Meld een fout" }).CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData("/hulp")]
    [InlineData("/hulp?q=eenzaam&gemeente=GM0995")]
    [InlineData("/hulp/welke-hulp")]
    public async Task Resident_pages_have_no_serious_or_critical_axe_violations(string path)
    {
        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + path);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        serious.ShouldBeEmpty();
    }

    [Fact]
    public async Task Service_page_has_no_serious_or_critical_axe_violations()
    {
        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/hulp?q=alzheimer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alzheimer Café" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty();
    }
}
