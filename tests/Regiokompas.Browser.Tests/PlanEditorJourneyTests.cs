using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests;

/// <summary>The coordinator reshapes the plan in the browser, marks a version and reads the difference with the shipped plan.</summary>
public sealed class PlanEditorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Goal = "Samen eenzaamheid aanpakken";
    private static readonly PageRunAndWaitForNavigationOptions Wait = new() { Timeout = 60_000 };

    [Fact]
    public async Task Coordinator_builds_a_goal_moves_and_retires_actions_marks_a_version_and_sees_the_difference()
    {
        var watch = Stopwatch.StartNew();
        var email = $"editor-{Guid.NewGuid():N}@test.local";
        await fixture.App.WithDbAsync(_ => Task.FromResult(0));
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = email, Email = email, DisplayName = "Petra Planmaker", CoordinatorRegionId = "ijssel-vecht" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, "coordinator");
        }
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234");
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync(), Wait);

        // From the region page into the editor, then a new goal under a pillar.
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht");
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Plan bewerken" }).ClickAsync(), Wait);
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Doel toevoegen aan Gezond Leven & Preventie" }).ClickAsync(), Wait);
        await page.GetByLabel("Titel").FillAsync(Goal);
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync(), Wait);

        async Task AddAsync(string link, string title)
        {
            await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/plan/bewerken");
            await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync(), Wait);
            await page.GetByLabel("Titel").FillAsync(title);
            await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync(), Wait);
            (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("opgeslagen");
        }
        await AddAsync($"Resultaat toevoegen aan {Goal}", "Minder inwoners voelen zich eenzaam");
        await AddAsync($"Resultaat toevoegen aan {Goal}", "Elke gemeente heeft een aanpak eenzaamheid");
        await AddAsync($"Actie toevoegen aan {Goal}", "Week tegen eenzaamheid");
        await AddAsync($"Actie toevoegen aan {Goal}", "Buurtkamers openen");
        await AddAsync($"Actie toevoegen aan {Goal}", "Huisbezoeken bij 75-plussers");

        // Move one action to another goal.
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/plan/bewerken");
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen: Buurtkamers openen" }).ClickAsync(), Wait);
        await page.GetByLabel("Naar het doel").SelectOptionAsync(["goal:glp-d1-gelijke-kansen"]);
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }).ClickAsync(), Wait);

        // Retire another.
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/plan/bewerken");
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen: Huisbezoeken bij 75-plussers" }).ClickAsync(), Wait);
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Actie intrekken" }).ClickAsync(), Wait);
        (await page.Locator("main").TextContentAsync())!.ShouldContain("Dit onderdeel is ingetrokken");
        var retiredAudit = await page.Locator("#audit-h + div table").TextContentAsync();
        retiredAudit!.ShouldContain("Petra Planmaker");
        retiredAudit.ShouldContain("Ingetrokken op");

        // The plan page no longer shows the retired action; the editor lists it as retired.
        (await (await page.Context.APIRequest.GetAsync($"{fixture.BaseUrl}/regio/ijssel-vecht")).TextAsync()).ShouldNotContain("Huisbezoeken bij 75-plussers");

        // Mark a version.
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/plan/versies");
        await page.GetByLabel("Naam van de versie").FillAsync("Werkagenda 2026 vastgesteld door de Regiotafel");
        await page.GetByLabel("Datum").FillAsync("2026-12-02");
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Versie vastleggen" }).ClickAsync(), Wait);
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("vastgelegd als versie 2");

        // The difference with the shipped plan (version 1).
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Verschil tussen versie 1 en nu" }).ClickAsync(), Wait);
        var added = await page.Locator("#added-h + ul").TextContentAsync();
        added!.ShouldContain(Goal);
        added.ShouldContain("Minder inwoners voelen zich eenzaam");
        added.ShouldContain("Week tegen eenzaamheid");
        added.ShouldContain("Buurtkamers openen");
        added.ShouldNotContain("Huisbezoeken bij 75-plussers");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "plan-editor-diff.png"), FullPage = true });

        // The audit trail of the moved action shows the goal change and who made it.
        await page.GotoAsync($"{fixture.BaseUrl}/regio/ijssel-vecht/plan/bewerken/actions/buurtkamers-openen");
        var movedAudit = await page.Locator("#audit-h + div table").TextContentAsync();
        movedAudit!.ShouldContain("Petra Planmaker");
        movedAudit.ShouldContain("Doel");
        Console.WriteLine($"Plan editor journey: {watch.Elapsed.TotalSeconds:F1} s");
    }
}
