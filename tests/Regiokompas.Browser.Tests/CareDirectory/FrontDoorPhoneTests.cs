using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests.CareDirectory;

/// <summary>The front door on a 390-px phone: results on the first screen with focus, nothing scrolls sideways.</summary>
public sealed class FrontDoorPhoneTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static async Task<int> ScrollWidthAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    [Fact]
    public async Task Search_for_eenzaam_in_Lelystad_puts_the_focused_results_heading_on_the_first_screen()
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = Phone });
        await page.GotoAsync(app.BaseUrl + "/hulp");
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(Phone.Width);

        await page.GetByLabel("Waar zoekt u hulp bij?").FillAsync("eenzaam");
        await page.GetByLabel("Uw gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Lelystad" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForURLAsync("**/hulp?q=eenzaam*#resultaten");

        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^\\d+ resultaten voor 'eenzaam' in Lelystad$"), Level = 2 });
        await heading.WaitForAsync();
        (await page.TitleAsync()).ShouldStartWith((await heading.TextContentAsync())!);
        (await heading.EvaluateAsync<bool>("h => document.activeElement === h")).ShouldBeTrue();
        var box = await heading.BoundingBoxAsync();
        box.ShouldNotBeNull();
        (box.Y + box.Height).ShouldBeLessThan(Phone.Height);
        // Also without the anchor's scroll: the heading starts within the first screen of the page itself.
        var top = await heading.EvaluateAsync<double>("h => h.getBoundingClientRect().bottom + window.scrollY");
        top.ShouldBeLessThan(Phone.Height);
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(Phone.Width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "hulp-eenzaam-lelystad-390.png") });
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "hulp-eenzaam-lelystad-390-top.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = "STIP Lelystad: inlooppunt" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "STIP Lelystad: inlooppunt", Level = 1 }).WaitForAsync();
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(Phone.Width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "hulp-dienst-390.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar zoeken" }).ClickAsync();
        await page.WaitForURLAsync("**/hulp?q=eenzaam&gemeente=GM0995#resultaten");
        (await heading.EvaluateAsync<bool>("h => document.activeElement === h")).ShouldBeTrue();
    }

    [Fact]
    public async Task Refused_mistake_report_focuses_the_error_summary()
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = Phone });
        await page.GotoAsync(app.BaseUrl + "/hulp?q=alzheimer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alzheimer Café" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Er is een probleem met uw melding" });
        await summary.WaitForAsync();
        (await summary.EvaluateAsync<bool>("s => document.activeElement === s")).ShouldBeTrue();
        (await page.TitleAsync()).ShouldStartWith("Fout: ");
        await page.GetByRole(AriaRole.Link, new() { Name = "Schrijf wat er niet klopt." }).ClickAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("Report_Message");
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(Phone.Width);
        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "hulp-fout-390.png") });
    }

    [Theory]
    [InlineData("/hulp")]
    [InlineData("/hulp?q=eenzaam&gemeente=GM0995")]
    [InlineData("/hulp?q=eenzaamhied")]
    [InlineData("/contact")]
    [InlineData("/privacy")]
    [InlineData("/toegankelijkheid")]
    public async Task Front_door_pages_fit_a_phone_and_have_no_serious_axe_violations(string path)
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = Phone });
        await page.GotoAsync(app.BaseUrl + path);
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(Phone.Width);
        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ShouldBeEmpty();
    }
}
