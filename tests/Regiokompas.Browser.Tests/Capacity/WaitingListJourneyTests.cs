using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Tests.Capacity;

namespace Regiokompas.Browser.Tests.Capacity;

/// <summary>A transfer nurse on a small phone finds the unit full, puts the patient on the waiting list, and later takes the request off it.</summary>
public sealed class WaitingListJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task AxeCleanAsync(IPage page)
    {
        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task Nurse_on_a_phone_joins_the_waiting_list_from_a_full_unit_and_withdraws()
    {
        var unit = await fixture.App.CreateUnitAsync(open: 1, type: "elv-laag");
        var provider = await fixture.App.TokenClientAsync(CapacityTestSupport.Region, CapacityTestSupport.Provider);
        (await provider.PostAsync("/api/v1/reservations", System.Net.Http.Json.JsonContent.Create(CapacityTestSupport.HoldBody(unit, patient: "TP-9000")),
            TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var email = $"nurse-{Guid.NewGuid():N}@test.local";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var org = await db.Organisations.Where(o => o.RegionId == CapacityTestSupport.Region && o.Key == CapacityTestSupport.OtherProvider)
                .Select(o => o.Id).SingleAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = "Noor Transfer", OrganisationId = org };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.OrganisationMember);
        }

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        // Generous: the suite runs test projects side by side on two cores.

        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/inloggen"));

        await page.GotoAsync($"{fixture.BaseUrl}/capaciteit/reserveren/{unit}");
        await page.GetByLabel("Kenmerk van de patiënt", new() { Exact = false }).FillAsync("TP-2026-0990");
        await page.GetByLabel("Urgentie", new() { Exact = true }).SelectOptionAsync("urgent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plek vasthouden" }).ClickAsync();

        // No place: the offer is right there, with the urgency choice and nothing to type again.
        var offer = page.GetByRole(AriaRole.Heading, new() { Name = "Zet de aanvraag op de wachtlijst" });
        await offer.WaitForAsync();
        (await page.GetByRole(AriaRole.Alert).First.TextContentAsync())!.ShouldContain("geen plek vrij");
        await AxeCleanAsync(page);
        await page.GetByLabel("Urgentie op de wachtlijst").SelectOptionAsync("acute");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zet op de wachtlijst" }).ClickAsync();

        await page.WaitForURLAsync("**/capaciteit/wachtlijst**");
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("TP-2026-0990 staat op de wachtlijst");
        var entry = page.Locator("li.waiting-entry", new() { HasText = "TP-2026-0990" });
        (await entry.TextContentAsync())!.ShouldContain("acuut");
        (await entry.TextContentAsync())!.ShouldContain("Als eerste aan de beurt");
        // Nothing sticks out sideways on a 390-px screen.
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await AxeCleanAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "capacity-waiting-list-390.png"), FullPage = true });

        await entry.GetByRole(AriaRole.Button, new() { Name = "Van de wachtlijst halen" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("van de wachtlijst gehaald");
        (await page.Locator("li.waiting-entry", new() { HasText = "TP-2026-0990" }).CountAsync()).ShouldBe(0);
        await context.CloseAsync();
    }
}
