using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests.Governance;

public sealed class RegiotafelJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task AxeCleanAsync(IPage page)
    {
        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task Coordinator_takes_a_proposal_to_consent_on_a_phone_and_the_public_list_shows_it_as_cards()
    {
        var email = $"coord-{Guid.NewGuid():N}@test.local";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email, DisplayName = "Coördinator Regiotafel", CoordinatorRegionId = "ijssel-vecht" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, "coordinator");
        }
        var phone = new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } };
        var page = await fixture.Browser.NewPageAsync(phone);
        await page.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        // A body.
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/regiotafel");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw overlegorgaan" }).ClickAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Regiotafel browsertest");
        await page.GetByLabel("Soort overleg").SelectOptionAsync("regiotafel");
        await page.GetByLabel("Gezond Leven & Preventie").CheckAsync();
        await page.GetByLabel("Contact: e-mailadres").FillAsync("tafel@example.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/regiotafel/regiotafel-browsertest");

        // A meeting with an agenda item on a result.
        var plan = page.GetByRole(AriaRole.Form, new() { Name = "Vergadering plannen" });
        await plan.GetByLabel("Begin").FillAsync("2026-11-20T14:00");
        await plan.GetByLabel("Einde").FillAsync("2026-11-20T16:00");
        await plan.GetByLabel("Plaats").FillAsync("Zwolle");
        await plan.GetByRole(AriaRole.Button, new() { Name = "Vergadering plannen" }).ClickAsync();
        await page.WaitForURLAsync("**/vergadering/**");
        await AxeCleanAsync(page);
        var agenda = page.GetByRole(AriaRole.Form, new() { Name = "Agendapunt toevoegen" });
        await agenda.GetByLabel("Titel").FillAsync("Scholing professionals");
        await agenda.GetByLabel("Gaat over").SelectOptionAsync("result:glp-d1-r1");
        await agenda.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "cijfers in de monitor" }).WaitForAsync();

        // A proposal, one objection met with an amended text, decided.
        var proposal = page.GetByRole(AriaRole.Form, new() { Name = "Voorstel ter besluitvorming" });
        await proposal.GetByLabel("Titel").FillAsync("Gezamenlijke scholing (browsertest)");
        await proposal.GetByLabel("Wat wordt er gevraagd?").FillAsync("Stemt de tafel in met gezamenlijke scholing?");
        await proposal.GetByLabel("Voorgesteld door").FillAsync("coalitie preventie");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Voorstel indienen" }).ClickAsync();
        await page.WaitForURLAsync("**/besluit/**");
        await AxeCleanAsync(page);
        var objection = page.GetByRole(AriaRole.Form, new() { Name = "Bezwaar vastleggen" });
        await objection.GetByLabel("Van (organisatie of rol)").FillAsync("Zilveren Kruis");
        await objection.GetByLabel("Bezwaar", new() { Exact = true }).FillAsync("Kosten per gemeente ontbreken.");
        await objection.GetByRole(AriaRole.Button, new() { Name = "Bezwaar vastleggen" }).ClickAsync();
        var meet = page.GetByRole(AriaRole.Form, new() { Name = "Bezwaar oplossen" });
        await meet.GetByLabel("Hoe is het bezwaar opgelost?").FillAsync("Kostenverdeling toegevoegd.");
        await meet.GetByLabel("Aangepaste tekst van het voorstel").FillAsync("Stemt de tafel in met scholing en kostenverdeling?");
        await meet.GetByRole(AriaRole.Button, new() { Name = "Oplossing vastleggen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vastleggen: besloten bij consent" }).ClickAsync();
        ((await page.GetByRole(AriaRole.Status).TextContentAsync()) ?? "").ShouldContain("Besloten");

        // The public decision list on a phone: each row is a card, each cell labelled.
        var visitor = await fixture.Browser.NewPageAsync(phone);
        await visitor.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/besluiten");
        var row = visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Gezamenlijke scholing (browsertest)" });
        (await row.EvaluateAsync<string>("r => getComputedStyle(r).display")).ShouldBe("block");
        await AxeCleanAsync(visitor);
        (await row.EvaluateAsync<bool>("r => r.getBoundingClientRect().right <= window.innerWidth")).ShouldBeTrue();
        (await visitor.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no sideways scrolling at 390 px");
        await visitor.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/regiotafel");
        await AxeCleanAsync(visitor);
        await visitor.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/resultaat/glp-d1-r1");
        (await visitor.GetByRole(AriaRole.Link, new() { Name = "Gezamenlijke scholing (browsertest)" }).CountAsync()).ShouldBe(1);
        await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "regiotafel-result-phone.png"), FullPage = true });
    }
}
