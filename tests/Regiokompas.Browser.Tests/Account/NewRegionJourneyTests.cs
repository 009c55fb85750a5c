using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Regiokompas.Browser.Tests.Account;

/// <summary>
/// Issue 15 item 4: an administrator starts a fictitious third region with real CBS municipality codes, invites its
/// coordinator by e-mail, the coordinator chooses a password, signs in and loads a first plan; the region is live.
/// Prints the number of steps (each a click, a field or a page opened by hand) and the time.
/// </summary>
public sealed partial class NewRegionJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Key = "proefregio-veluwe";
    private const string Name = "Proefregio Noord-Veluwe (fictief)";
    private static readonly string[] Municipalities = ["GM0200", "GM0232", "GM0233", "GM0302"]; // Apeldoorn, Epe, Ermelo, Nunspeet (CBS 2023)

    private int _steps;
    private async Task Step(Func<Task> action) { _steps++; await action(); }

    [Fact]
    public async Task Administrator_starts_a_region_and_its_invited_coordinator_makes_it_live()
    {
        var adminEmail = $"admin-{Guid.NewGuid():N}@test.local";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Regiokompas.Web.Common.Auth.AppUser>>();
            var user = new Regiokompas.Web.Common.Auth.AppUser { UserName = adminEmail, Email = adminEmail, DisplayName = "Beheerder" };
            (await users.CreateAsync(user, "Browser-test-1234")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, "administrator")).Succeeded.ShouldBeTrue();
        }
        var clock = Stopwatch.StartNew();

        // The administrator: sign in, create the region, invite the coordinator.
        var admin = await fixture.Browser.NewPageAsync();
        await Step(() => admin.GotoAsync($"{fixture.BaseUrl}/inloggen"));
        await Step(() => admin.GetByLabel("E-mailadres").FillAsync(adminEmail));
        await Step(() => admin.GetByLabel("Wachtwoord").FillAsync("Browser-test-1234"));
        await Step(() => admin.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync());
        await admin.WaitForURLAsync($"{fixture.BaseUrl}/");
        await Step(() => admin.GotoAsync($"{fixture.BaseUrl}/beheer/regio-toevoegen"));
        await Step(() => admin.GetByLabel("Naam van de regio").FillAsync(Name));
        await Step(() => admin.GetByLabel("Sleutel").FillAsync(Key));
        foreach (var label in new[] { "Apeldoorn", "Epe", "Ermelo", "Nunspeet" })
            await Step(() => admin.GetByLabel(new Regex($"^{label} GM")).CheckAsync());
        await Step(() => admin.GetByRole(AriaRole.Button, new() { Name = "Regio aanmaken" }).ClickAsync());
        await admin.WaitForURLAsync($"**/regio/{Key}/gebruikers/uitnodigen");
        ((await admin.GetByRole(AriaRole.Status).TextContentAsync()) ?? "").ShouldContain("is aangemaakt");
        var coordinatorEmail = $"coordinator-{Guid.NewGuid():N}@test.local";
        await Step(() => admin.GetByLabel("Naam", new() { Exact = true }).FillAsync("Sanne de Coördinator"));
        await Step(() => admin.GetByLabel("E-mailadres").FillAsync(coordinatorEmail));
        await Step(() => admin.GetByLabel("coördinator").CheckAsync());
        await Step(() => admin.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync());
        await admin.WaitForURLAsync($"**/regio/{Key}/gebruikers");
        ((await admin.GetByRole(AriaRole.Status).TextContentAsync()) ?? "").ShouldContain(coordinatorEmail);
        var adminSteps = _steps;

        // The coordinator: open the link from the e-mail, choose a password, sign in.
        var link = await InvitationPathAsync(coordinatorEmail);
        var coordinator = await (await fixture.Browser.NewContextAsync()).NewPageAsync();
        await Step(() => coordinator.GotoAsync(fixture.BaseUrl + link));
        await Step(() => coordinator.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("Zeven-zwanen-op-het-Veluwemeer"));
        await Step(() => coordinator.GetByLabel("Wachtwoord nog een keer").FillAsync("Zeven-zwanen-op-het-Veluwemeer"));
        await Step(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync());
        await coordinator.WaitForURLAsync("**/inloggen");
        await Step(() => coordinator.GetByLabel("E-mailadres").FillAsync(coordinatorEmail));
        await Step(() => coordinator.GetByLabel("Wachtwoord").FillAsync("Zeven-zwanen-op-het-Veluwemeer"));
        await Step(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync());
        await coordinator.WaitForURLAsync($"{fixture.BaseUrl}/");

        // The region is live before it has a plan: home page, plan, monitor and directory answer.
        await Step(() => coordinator.GotoAsync($"{fixture.BaseUrl}/"));
        (await coordinator.GetByRole(AriaRole.Link, new() { Name = Name }).CountAsync()).ShouldBe(1);
        foreach (var path in new[] { $"/regio/{Key}", $"/regio/{Key}/monitor", $"/regio/{Key}/werkagenda", $"/regio/{Key}/gemeente/GM0232", "/hulp" })
        {
            var response = await coordinator.GotoAsync(fixture.BaseUrl + path);
            response!.Status.ShouldBe(200, path);
        }

        // A first plan through the plan-file import (the coordinator's own session; the upload page is built separately).
        var status = await coordinator.EvaluateAsync<int>(
            "async ([url, body]) => (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body })).status",
            new object[] { $"/api/v1/regions/{Key}/plan-file", PlanFile() });
        _steps++;
        status.ShouldBe(200);

        await Step(() => coordinator.GotoAsync($"{fixture.BaseUrl}/regio/{Key}"));
        (await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Eerder hulp bij eenzaamheid" }).CountAsync()).ShouldBeGreaterThan(0);
        await Step(() => coordinator.GotoAsync($"{fixture.BaseUrl}/regio/{Key}/monitor"));
        (await coordinator.ContentAsync()).ShouldContain("Ouderen weten de weg naar een maatje");
        var visitor = await fixture.Browser.NewPageAsync();
        (await visitor.GotoAsync($"{fixture.BaseUrl}/hulp"))!.Status.ShouldBe(200);
        await visitor.GotoAsync($"{fixture.BaseUrl}/");
        (await visitor.GetByRole(AriaRole.Link, new() { Name = Name }).CountAsync()).ShouldBe(1);
        clock.Stop();

        var line = $"New region journey: {_steps} steps ({adminSteps} by the administrator, {_steps - adminSteps} by the coordinator), {clock.Elapsed.TotalSeconds:0.0} s";
        Console.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }

    private async Task<string> InvitationPathAsync(string email)
    {
        var folder = Path.Combine(fixture.App.Services.GetRequiredService<IConfiguration>()["DataFolder"]!, "mail");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var text = await File.ReadAllTextAsync(file);
                if (text.Contains(email, StringComparison.OrdinalIgnoreCase) && LinkPattern().Match(text) is { Success: true } m) return m.Value;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"No invitation mail for {email}.");
    }

    private static string PlanFile() => $$"""
        format: regiokompas-plan/1
        region:
          id: {{Key}}
          name: {{Name}}
          municipalities:
            - {code: GM0200, name: Apeldoorn}
            - {code: GM0232, name: Epe}
            - {code: GM0233, name: Ermelo}
            - {code: GM0302, name: Nunspeet}
        organisations:
          - {id: gemeente-epe, name: Gemeente Epe, type: municipality, municipalities: [GM0232]}
        pillars:
          - id: samen-minder-eenzaam
            kind: coalitie
            name: Samen minder eenzaam
            leads: [gemeente-epe]
            goals:
              - id: sme-d1
                title: Eerder hulp bij eenzaamheid
                results:
                  - id: sme-d1-r1
                    title: Ouderen weten de weg naar een maatje
                    deadline: "2027-12-31"
                actions:
                  - id: sme-d1-a1
                    title: Maatjesproject in elke kern
                    owner: gemeente-epe
                    due: "2027-06-30"
        """;

    [GeneratedRegex("/uitnodiging/[A-Za-z0-9_-]{20,}")]
    private static partial Regex LinkPattern();
}
