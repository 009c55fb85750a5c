using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regiokompas.Web.Tests.Capacity;

namespace Regiokompas.Browser.Tests.Capacity;

public sealed class CapacityJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Coordinator_reserves_a_place_and_an_open_dashboard_shows_it_without_reloading()
    {
        var unit = await fixture.App.CreateUnitAsync(open: 3, type: "ggz-intake");
        var email = $"transfer-{Guid.NewGuid():N}@test.local";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email, DisplayName = "Sanne Transferpunt", CoordinatorRegionId = "ijssel-vecht" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, "coordinator");
        }
        var context = await fixture.Browser.NewContextAsync();
        // Generous: the suite runs test projects side by side on two cores.
        context.SetDefaultTimeout(90_000);
        var desk = await context.NewPageAsync();
        await desk.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await desk.GetByLabel("E-mailadres").FillAsync(email);
        await desk.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        // A second tab keeps the dashboard open, as on the coordination desk's wall screen.
        var dashboardUrl = $"{fixture.BaseUrl}/capaciteit?region=ijssel-vecht&type=ggz-intake";
        var wall = await context.NewPageAsync();
        await wall.GotoAsync(dashboardUrl);
        var row = wall.Locator("tr", new() { Has = wall.Locator($"a[href='/capaciteit/reserveren/{unit}']") });
        (await row.Locator("strong").TextContentAsync())!.Trim().ShouldBe("3");

        await desk.GotoAsync(dashboardUrl);
        await desk.Locator($"a[href='/capaciteit/reserveren/{unit}']").ClickAsync();
        await desk.GetByLabel("Kenmerk van de patiënt", new() { Exact = false }).FillAsync("TP-2026-0413");
        await desk.GetByLabel("Urgentie").SelectOptionAsync("acute");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Plek vasthouden" }).ClickAsync();
        await desk.WaitForURLAsync("**/capaciteit/reserveringen/**");
        (await desk.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("vastgehouden");

        // The wall screen updates by itself within 5 seconds.
        var updated = wall.Locator("tr", new() { Has = wall.Locator($"a[href='/capaciteit/reserveren/{unit}']") }).Locator("strong");
        await Assertions.Expect(updated).ToHaveTextAsync("2", new() { Timeout = 5000 });
        await wall.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "capacity-dashboard.png"), FullPage = true });
        await context.CloseAsync();
    }
}
