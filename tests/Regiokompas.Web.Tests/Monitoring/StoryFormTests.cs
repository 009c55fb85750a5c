using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;
using Regiokompas.Domain.Monitoring;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Monitoring;

/// <summary>
/// Issue 10, item 7: the story form (add, edit, consent, public or internal), withdrawal that takes
/// a story out of every public output at once, the audit trail, authorisation per region and the
/// Dutch error summary; once per database.
/// </summary>
public abstract class StoryFormTests(AppFactory factory)
{
    private const string Region = "ijssel-vecht";
    private const string Result = "zt-d2-r2";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", AppFactory.AntiforgeryToken(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private async Task<int> StoryIdAsync(string text) =>
        await factory.WithDbAsync(db => db.Set<Story>().Where(s => s.Text == text).Select(s => s.Id).SingleAsync(Ct));

    /// <summary>Figures that put zelftriage off track, so the board report lists it with its stories.</summary>
    private async Task PutResultInTheReportAsync(HttpClient coordinator)
    {
        var csv = "indicator,area,period,value\n" + string.Concat(new[] { ("2024KW04", "10"), ("2025KW04", "12"), ("2026KW02", "12.5") }
            .Select(p => $"zelftriage,{Region},{p.Item1},{p.Item2}\n"));
        (await coordinator.PostAsync("/api/v1/measurements/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct)).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/measurements/publish", new { indicator = "zelftriage" }, Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_story_added_with_consent_is_public_everywhere_and_withdrawing_consent_removes_it_everywhere_at_once()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        await PutResultInTheReportAsync(coordinator);
        const string text = "Sinds de app weet ik eerder of ik de huisarts echt nodig heb.";

        (await coordinator.GetStringAsync($"/regio/{Region}/monitor/resultaat/{Result}", Ct))
            .ShouldContain($"href=\"/regio/{Region}/monitor/verhaal?resultaat={Result}\"");
        (await factory.CreateClient().GetStringAsync($"/regio/{Region}/monitor/resultaat/{Result}", Ct)).ShouldNotContain("/monitor/verhaal?");
        var form = await coordinator.GetStringAsync($"/regio/{Region}/monitor/verhaal?resultaat={Result}", Ct);
        form.ShouldContain("<h1>Verhaal toevoegen</h1>");
        var saved = await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal", Form(form,
            ("Input.Kind", "Quote"), ("Input.Text", text), ("Input.Date", "2026-10-01"), ("Input.Source", "Interview"),
            ("Input.MunicipalityCode", "GM0193"), ("Input.ResultKeys", Result), ("Input.ConsentDate", "2026-10-02"), ("Input.Public", "true")), Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe($"/regio/{Region}/monitor/verhalen");
        var id = await StoryIdAsync(text);

        var anonymous = factory.CreateClient();
        async Task<string[]> PublicOutputsAsync()
        {
            var page = await anonymous.GetStringAsync($"/regio/{Region}/monitor/resultaat/{Result}", Ct);
            var api = await anonymous.GetStringAsync($"/api/v1/regions/{Region}/stories", Ct);
            var report = await anonymous.GetStringAsync($"/regio/{Region}/monitor/rapport?periode=2026KW04", Ct);
            using var word = WordprocessingDocument.Open(new MemoryStream(await anonymous.GetByteArrayAsync($"/api/v1/regions/{Region}/report?period=2026KW04&format=docx", Ct)), false);
            using var pdf = PdfReader.Open(new MemoryStream(await anonymous.GetByteArrayAsync($"/api/v1/regions/{Region}/report?period=2026KW04&format=pdf", Ct)), PdfDocumentOpenMode.Import);
            return [page, api, report, word.MainDocumentPart!.Document!.Body!.InnerText, PdfText.Of(pdf)];
        }
        (await PublicOutputsAsync()).ShouldAllBe(output => output.Contains("eerder of ik de huisarts", StringComparison.Ordinal));

        // The form shows the story back and offers withdrawal.
        var edit = await coordinator.GetStringAsync($"/regio/{Region}/monitor/verhaal/{id}", Ct);
        edit.ShouldContain("<h1>Verhaal wijzigen</h1>");
        edit.ShouldContain("value=\"2026-10-02\"");
        edit.ShouldContain("Toestemming intrekken");

        var withdrawn = await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal/{id}?handler=withdraw", Form(edit), Ct);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PublicOutputsAsync()).ShouldAllBe(output => !output.Contains("eerder of ik de huisarts", StringComparison.Ordinal));

        // Kept internally, with no consent, and the trail says who did what.
        var story = await factory.WithDbAsync(db => db.Set<Story>().AsNoTracking().SingleAsync(s => s.Id == id, Ct));
        story.Visibility.ShouldBe(Visibility.Internal);
        story.ConsentDate.ShouldBeNull();
        var trail = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Story) && a.Operation == "updated" && a.RegionId == Region).Select(a => a.Field).ToListAsync(Ct));
        trail.ShouldContain(nameof(Story.ConsentDate));
        trail.ShouldContain(nameof(Story.Visibility));
        var list = await coordinator.GetStringAsync($"/regio/{Region}/monitor/verhalen", Ct);
        list.ShouldContain("intern");
    }

    [Fact]
    public async Task Editing_changes_the_text_and_a_public_story_without_consent_is_refused_in_dutch_and_nothing_changes()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        const string text = "Een intern verhaal uit het groepsgesprek.";
        var form = await coordinator.GetStringAsync($"/regio/{Region}/monitor/verhaal", Ct);
        (await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal", Form(form,
            ("Input.Kind", "Story"), ("Input.Text", text), ("Input.Date", "2026-09-01"), ("Input.Source", "GroupTalk")), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await StoryIdAsync(text);

        var edit = await coordinator.GetStringAsync($"/regio/{Region}/monitor/verhaal/{id}", Ct);
        edit.ShouldNotContain("Toestemming intrekken");
        var refused = await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal/{id}", Form(edit,
            ("Input.Version", "0"), ("Input.Kind", "Story"), ("Input.Text", "Gewijzigd"), ("Input.Date", "2026-09-01"),
            ("Input.Source", "GroupTalk"), ("Input.Public", "true")), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Het verhaal is niet opgeslagen");
        html.ShouldContain("Een verhaal kan pas openbaar als er toestemming is vastgelegd.");
        (await factory.WithDbAsync(db => db.Set<Story>().AsNoTracking().SingleAsync(s => s.Id == id, Ct))).Text.ShouldBe(text);

        var empty = await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal/{id}", Form(edit,
            ("Input.Version", "0"), ("Input.Kind", "Story"), ("Input.Text", ""), ("Input.Date", "2026-09-01"), ("Input.Source", "GroupTalk")), Ct);
        (await empty.Content.ReadAsStringAsync(Ct)).ShouldContain("Het verhaal is niet opgeslagen");

        var unknownResult = await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal/{id}", Form(edit,
            ("Input.Version", "0"), ("Input.Kind", "Story"), ("Input.Text", "Gewijzigd"), ("Input.Date", "2026-09-01"),
            ("Input.Source", "GroupTalk"), ("Input.ResultKeys", "bestaat-niet")), Ct);
        (await unknownResult.Content.ReadAsStringAsync(Ct)).ShouldContain("Resultaat &#x27;bestaat-niet&#x27; bestaat niet in het plan van deze regio.");

        var ok = await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal/{id}", Form(edit,
            ("Input.Version", "0"), ("Input.Kind", "Observation"), ("Input.Text", "Gewijzigd verhaal"), ("Input.Date", "2026-09-01"),
            ("Input.Source", "GroupTalk")), Ct);
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var story = await factory.WithDbAsync(db => db.Set<Story>().AsNoTracking().SingleAsync(s => s.Id == id, Ct));
        story.Text.ShouldBe("Gewijzigd verhaal");
        story.Kind.ShouldBe(StoryKind.Observation);
        story.Version.ShouldBe(1);

        // A second save on the old version is a conflict, through the page and the API.
        var stale = await coordinator.PostAsync($"/regio/{Region}/monitor/verhaal/{id}", Form(edit,
            ("Input.Version", "0"), ("Input.Kind", "Story"), ("Input.Text", "Te laat"), ("Input.Date", "2026-09-01"), ("Input.Source", "GroupTalk")), Ct);
        (await stale.Content.ReadAsStringAsync(Ct)).ShouldContain("Iemand anders heeft dit intussen gewijzigd.");
        var api = await coordinator.PutAsJsonAsync($"/api/v1/regions/{Region}/stories/{id}",
            new { version = 0, kind = "Story", text = "Te laat", date = "2026-09-01", source = "GroupTalk" }, Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.WithDbAsync(db => db.Set<Story>().AsNoTracking().SingleAsync(s => s.Id == id, Ct))).Text.ShouldBe("Gewijzigd verhaal");
    }

    [Fact]
    public async Task Only_the_regions_own_coordinators_and_pillar_leads_may_write_its_stories()
    {
        var coordinator = await factory.LoggedInClientAsync("coordinator", region: Region);
        var created = await coordinator.PostAsJsonAsync($"/api/v1/regions/{Region}/stories",
            new { kind = "Story", text = "Verhaal om te beschermen", date = "2026-08-01", source = "Interview", consentDate = "2026-08-02", @public = true }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        var otherCoordinator = await factory.LoggedInClientAsync("coordinator", region: "flevoland");
        var otherLead = await factory.LoggedInClientAsync("pillar-lead", region: "flevoland", pillarKey: "to-sociale-basis");
        var ownLead = await factory.LoggedInClientAsync("pillar-lead", region: Region, pillarKey: "zorginnovatie-transformatie");
        foreach (var stranger in new[] { otherCoordinator, otherLead })
        {
            (await stranger.GetAsync($"/regio/{Region}/monitor/verhaal/{id}", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
            (await stranger.GetAsync($"/regio/{Region}/monitor/verhalen", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
            (await stranger.PostAsJsonAsync($"/api/v1/regions/{Region}/stories/{id}/withdraw", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await stranger.PutAsJsonAsync($"/api/v1/regions/{Region}/stories/{id}",
                new { version = 0, kind = "Story", text = "Overgenomen", date = "2026-08-01", source = "Interview" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await stranger.PostAsJsonAsync($"/api/v1/regions/{Region}/stories",
                new { kind = "Story", text = "Van elders", date = "2026-08-01", source = "Interview" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync($"/regio/{Region}/monitor/verhaal/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var story = await factory.WithDbAsync(db => db.Set<Story>().AsNoTracking().SingleAsync(s => s.Id == id, Ct));
        story.Text.ShouldBe("Verhaal om te beschermen");
        story.Visibility.ShouldBe(Visibility.Public);

        // A lead of one of this region's pillars may.
        (await ownLead.GetAsync($"/regio/{Region}/monitor/verhaal/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var withdrawn = await ownLead.PostAsJsonAsync($"/api/v1/regions/{Region}/stories/{id}/withdraw", new { }, Ct);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withdrawn.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("public").GetBoolean().ShouldBeFalse();
        (await factory.CreateClient().GetStringAsync($"/api/v1/regions/{Region}/stories", Ct)).ShouldNotContain("Verhaal om te beschermen");
    }
}

public sealed class StoryFormTestsOnSqlite(SqliteAppFactory f) : StoryFormTests(f), IClassFixture<SqliteAppFactory>;
public sealed class StoryFormTestsOnPostgres(PostgresAppFactory f) : StoryFormTests(f), IClassFixture<PostgresAppFactory>;
