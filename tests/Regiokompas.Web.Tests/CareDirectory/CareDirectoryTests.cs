using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Modules.CareDirectory.Search;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.CareDirectory;

/// <summary>The directory over HTTP: resident pages, search, owners' edits and the HSDS API. Run once per database.</summary>
public abstract class CareDirectoryTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static Guid Seeded(string key) => ThemeTerms.NameBased("seed:service:" + key);

    /// <summary>The page with entities decoded, so assertions can use plain Dutch text (Razor encodes é).</summary>
    private static async Task<string> PageAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct));

    [Fact]
    public async Task Resident_search_for_eenzaam_in_Lelystad_shows_the_Lelystad_initiatives_and_not_those_elsewhere()
    {
        var html = await PageAsync(factory.CreateClient(), "/hulp?q=eenzaam&gemeente=GM0995");
        html.ShouldContain("STIP Lelystad: inlooppunt");
        html.ShouldContain("Voorzorgcirkels");
        html.ShouldNotContain("Bruis: inloopplek");     // Almere only
        html.ShouldNotContain("Verder na verlies");     // Noordoostpolder only
        html.ShouldContain("Nog niet gecontroleerd door de organisatie.");
    }

    [Theory]
    [InlineData("dokter", "Huisartsenzorg Medrie")]
    [InlineData("schulden", "Evie: mentaal fit voor iedereen")]
    [InlineData("eenzam", "STIP Lelystad: inlooppunt")]
    [InlineData("dementie", "Alzheimer Café")]
    [InlineData("vergeetachtig", "Alzheimer Café")]
    public async Task Lay_words_synonyms_and_typos_find_the_right_help(string query, string expected)
    {
        var html = await PageAsync(factory.CreateClient(), $"/hulp?q={Uri.EscapeDataString(query)}");
        html.ShouldContain(expected);
    }

    [Fact]
    public async Task Theme_tile_and_filters_narrow_the_list()
    {
        var client = factory.CreateClient();
        var youth = await PageAsync(client, "/hulp?thema=jongeren&leeftijd=30");
        youth.ShouldNotContain("@ease: praten met leeftijdsgenoten");   // 12 to 25
        var youthFree = await PageAsync(client, "/hulp?thema=jongeren&leeftijd=16&gratis=true");
        youthFree.ShouldContain("@ease: praten met leeftijdsgenoten");
        youthFree.ShouldNotContain("Challenge Up");                      // not marked free
    }

    [Fact]
    public async Task Question_path_turns_answers_into_filters_on_the_search_page()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var form = await PageAsync(client, "/hulp/welke-hulp");
        form.ShouldContain("Waar wilt u hulp bij?");
        var response = await client.PostAsync("/hulp/welke-hulp", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["answers[onderwerp]"] = "zorgen-voor", ["answers[soort]"] = "samen", ["gemeente"] = "GM0303",
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form),
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/hulp?gemeente=GM0303&thema=mantelzorg&thema=dementie&soort=Informal");
        var html = await PageAsync(client, location.Split('#')[0]);
        html.ShouldContain("Alzheimer Café");
    }

    [Fact]
    public async Task Service_page_shows_plain_facts_and_a_mistake_report_reaches_the_owner()
    {
        var id = Seeded("ease");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await PageAsync(client, $"/hulp/dienst/{id}");
        page.ShouldContain("Voor mensen van 12 tot en met 25 jaar.");
        page.ShouldContain("Gratis.");
        page.ShouldContain("Meld een fout");

        var post = await client.PostAsync($"/hulp/dienst/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Report.Message"] = "De website is verhuisd.",
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var count = await factory.WithDbAsync(db => db.Set<ErrorReport>().CountAsync(r => r.ServiceId == id && r.Message == "De website is verhuisd.", Ct));
        count.ShouldBe(1);
    }

    [Fact]
    public async Task Empty_mistake_report_is_refused_with_a_message()
    {
        var id = Seeded("bruis");
        var client = factory.CreateClient();
        var page = await PageAsync(client, $"/hulp/dienst/{id}");
        var post = await client.PostAsync($"/hulp/dienst/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Report.Message"] = "",
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await post.Content.ReadAsStringAsync(Ct)).ShouldContain("field-validation-error");
    }

    [Fact]
    public async Task Organisation_edits_its_own_entry_and_the_change_is_searchable_and_audited()
    {
        var id = Seeded("vrijwilligers-lelystad");
        var client = await factory.TokenClientAsync("flevoland", "welzijn-lelystad");
        var version = await factory.WithDbAsync(db => db.Set<CareService>().Where(s => s.Id == id).Select(s => s.Version).SingleAsync(Ct));
        var response = await client.PutAsJsonAsync($"/api/v1/directory/services/{id}", new
        {
            version, name = "Vrijwilligerscentrale Lelystad", summary = "Wilt u helpen als vrijwilliger? Wij zoeken samen met u een klus die past. Ook voor het zwemcafe.",
            kind = "Welfare", status = "Active", themes = new[] { "werk", "eenzaamheid" }, isFree = true, referralRequired = false,
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("version").GetInt32().ShouldBe(version + 1);

        var html = await PageAsync(factory.CreateClient(), "/hulp?q=zwemcafe");
        html.ShouldContain("Vrijwilligerscentrale Lelystad");
        html.ShouldContain("Gecontroleerd op");
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(CareService) && a.EntityKey == id.ToString() && a.Field == nameof(CareService.B1Summary), Ct));
        audited.ShouldBeTrue();
    }

    [Fact]
    public async Task Organisation_cannot_edit_another_organisations_entry()
    {
        var id = Seeded("stip-lelystad");
        var client = await factory.TokenClientAsync("flevoland", "carrefour");
        var response = await client.PutAsJsonAsync($"/api/v1/directory/services/{id}", new { version = 0, name = "Overgenomen" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("edit.not-allowed");
        var name = await factory.WithDbAsync(db => db.Set<CareService>().Where(s => s.Id == id).Select(s => s.Name).SingleAsync(Ct));
        name.ShouldBe("STIP Lelystad: inlooppunt");

        var assure = await client.PostAsync($"/api/v1/directory/services/{id}/assure", null, Ct);
        assure.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Stale_version_is_a_409_conflict()
    {
        var id = Seeded("challenge-up");
        var client = await factory.TokenClientAsync("flevoland", "welzijn-lelystad");
        var response = await client.PutAsJsonAsync($"/api/v1/directory/services/{id}", new { version = 99, name = "Challenge Up" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("edit.conflict");
    }

    [Fact]
    public async Task Entry_past_eighteen_months_disappears_from_resident_search_but_stays_in_hsds()
    {
        var id = Seeded("verder-na-verlies");
        await factory.WithDbAsync(async db =>
        {
            var service = await db.Set<CareService>().SingleAsync(s => s.Id == id, Ct);
            service.RestoreAssurance(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-19), "oud@voorbeeld.nl");
            service.LastModifiedUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync(Ct);
        });
        await factory.Services.GetRequiredService<SearchIndexSync>().RefreshAsync(id, Ct);

        var html = await PageAsync(factory.CreateClient(), "/hulp?q=rouw");
        html.ShouldNotContain("Verder na verlies");
        var details = await PageAsync(factory.CreateClient(), $"/hulp/dienst/{id}");
        details.ShouldContain("te oud");
        var hsds = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/hsds/services/{id}", Ct);
        hsds.GetProperty("assured_date").GetString().ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-19).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Klopt_nog_link_confirms_without_an_account_but_only_with_a_valid_signature()
    {
        var id = Seeded("vrijwilligers-urk");
        var path = factory.Services.CreateScope().ServiceProvider.GetRequiredService<Regiokompas.Web.Modules.CareDirectory.Services.AssureLinks>().CreatePath(id);
        var client = factory.CreateClient();
        var page = await PageAsync(client, path);
        page.ShouldContain("Urk voor elkaar");
        (await factory.WithDbAsync(db => db.Set<CareService>().Where(s => s.Id == id).Select(s => s.AssuredDate).SingleAsync(Ct))).ShouldBeNull();

        var token = Uri.UnescapeDataString(path.Split("t=")[1]);
        var post = await client.PostAsync("/hulp/klopt-nog", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["t"] = token, ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync(Ct)).ShouldContain("Dank u wel");
        (await factory.WithDbAsync(db => db.Set<CareService>().Where(s => s.Id == id).Select(s => s.AssuredDate).SingleAsync(Ct)))
            .ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow));

        var forged = await PageAsync(client, "/hulp/klopt-nog?t=" + Uri.EscapeDataString(token[..^4] + "AAAA"));
        forged.ShouldContain("Deze link werkt niet meer");
    }

    [Fact]
    public async Task Reminders_go_once_to_owners_of_entries_due_for_their_check()
    {
        var id = Seeded("oco-almere");
        await factory.WithDbAsync(async db =>
        {
            var service = await db.Set<CareService>().SingleAsync(s => s.Id == id, Ct);
            service.RestoreAssurance(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-11).AddDays(-3), "beheer@oco.example");
            return await db.SaveChangesAsync(Ct);
        });
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var first = await (await admin.PostAsync("/api/v1/directory/reminders", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        first.GetProperty("sent").GetInt32().ShouldBeGreaterThanOrEqualTo(1);   // other tests in this class may also have made entries due
        var mail = Directory.GetFiles(Path.Combine(factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataFolder"]!, "mail"), "*.eml").Select(File.ReadAllText).Single(m => m.Contains("beheer@oco.example"));
        mail.ShouldContain("/hulp/klopt-nog?t=");
        var second = await (await admin.PostAsync("/api/v1/directory/reminders", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        second.GetProperty("sent").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Welzijn_op_recept_referral_loop_closes_for_the_referrer()
    {
        var service = Seeded("vrijwilligers-almere");   // owned by VMCA
        var gp = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "ggd-flevoland");
        var noConsent = await gp.PostAsJsonAsync($"/api/v1/directory/services/{service}/referrals", new { residentInitials = "A.B.", consentGiven = false }, Ct);
        noConsent.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await noConsent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("caredirectory.referral-needs-consent");

        var created = await gp.PostAsJsonAsync($"/api/v1/directory/services/{service}/referrals",
            new { residentInitials = "A.B.", residentContact = "06-00000000", note = "Graag bellen na 17 uur", consentGiven = true }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var referral = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = referral.GetProperty("id").GetString();

        var stranger = await factory.TokenClientAsync("flevoland", "carrefour");
        (await stranger.PostAsJsonAsync($"/api/v1/directory/referrals/{id}/status", new { version = 0, status = "Received" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var receiver = await factory.TokenClientAsync("flevoland", "vmca");
        var received = await receiver.PostAsJsonAsync($"/api/v1/directory/referrals/{id}/status", new { version = 0, status = "Received" }, Ct);
        received.StatusCode.ShouldBe(HttpStatusCode.OK);
        var version = (await received.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32();
        var withoutReason = await receiver.PostAsJsonAsync($"/api/v1/directory/referrals/{id}/status", new { version, status = "NotStarted" }, Ct);
        (await withoutReason.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("caredirectory.referral-reason-required");
        (await receiver.PostAsJsonAsync($"/api/v1/directory/referrals/{id}/status", new { version, status = "NotStarted", reason = "Niet bereikbaar" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var mine = await gp.GetFromJsonAsync<JsonElement>("/api/v1/directory/referrals", Ct);
        var sent = mine.GetProperty("sent").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        sent.GetProperty("status").GetString().ShouldBe("NotStarted");
        sent.GetProperty("notStartedReason").GetString().ShouldBe("Niet bereikbaar");
        var inbox = await receiver.GetFromJsonAsync<JsonElement>("/api/v1/directory/referrals", Ct);
        inbox.GetProperty("received").EnumerateArray().ShouldContain(r => r.GetProperty("id").GetString() == id);
        var strangerInbox = await stranger.GetFromJsonAsync<JsonElement>("/api/v1/directory/referrals", Ct);
        strangerInbox.GetProperty("received").EnumerateArray().ShouldNotContain(r => r.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Professional_refers_from_the_service_page_and_the_owner_sees_it()
    {
        var id = Seeded("vrijwilligers-dronten");   // owned by Matchpoint
        var gp = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "ggd-flevoland");
        var page = await PageAsync(gp, $"/hulp/dienst/{id}");
        page.ShouldContain("Verwijs een inwoner");
        var post = await gp.PostAsync($"/hulp/dienst/{id}?handler=Refer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Referral.ResidentInitials"] = "C.D.", ["Referral.ConsentGiven"] = "true",
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PageAsync(gp, "/hulp/verwijzingen")).ShouldContain("Vrijwilligerswerk");

        var owner = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "matchpoint-vrijwilligerswerk");
        var inbox = await PageAsync(owner, "/hulp/verwijzingen");
        inbox.ShouldContain("C.D.");
        inbox.ShouldContain("Status opslaan");
        (await PageAsync(factory.CreateClient(), $"/hulp/dienst/{id}")).ShouldNotContain("Verwijs een inwoner");
    }

    [Fact]
    public async Task B1_check_warns_about_jargon_and_long_sentences()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/directory/b1-check",
            new { text = "Voor deze voorziening heeft u een indicatie nodig van het sociaal domein en daarom moet u eerst met de gemeente bellen zodat zij kunnen kijken wat er mogelijk is." }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var warnings = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        warnings.ShouldContain(w => w.GetProperty("code").GetString() == "b1.sentence-too-long");
        warnings.ShouldContain(w => w.GetProperty("code").GetString() == "b1.jargon" && w.GetProperty("suggestion").GetString() == "toestemming voor zorg");
        warnings.ShouldContain(w => w.GetProperty("message").GetString()!.Contains("hulp van de gemeente"));
    }

    [Fact]
    public async Task Suggestions_answer_while_typing()
    {
        var suggestions = await factory.CreateClient().GetFromJsonAsync<string[]>("/api/v1/directory/suggestions?q=alzh", Ct);
        suggestions!.ShouldContain("Alzheimer Café");
    }

    // ---- HSDS 3.0 ---------------------------------------------------------------------------

    [Fact]
    public async Task Hsds_base_names_version_profile_and_openapi_and_allows_any_origin()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/hsds/", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("version").GetString().ShouldBe("3.0");
        body.GetProperty("openapi_url").GetString()!.ShouldEndWith("openapi.json");
        body.GetProperty("profile").GetString()!.ShouldStartWith("https://");
    }

    [Fact]
    public async Task Hsds_service_list_pages_and_every_item_validates()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/hsds/services?per_page=10&page=2", Ct);
        page.GetProperty("page_number").GetInt32().ShouldBe(2);
        page.GetProperty("size").GetInt32().ShouldBe(10);
        page.GetProperty("total_items").GetInt32().ShouldBeGreaterThanOrEqualTo(28);
        page.GetProperty("first_page").GetBoolean().ShouldBeFalse();
        foreach (var item in page.GetProperty("contents").EnumerateArray()) item.ShouldValidate("compiled/service_list.json");
    }

    [Fact]
    public async Task Hsds_full_services_validate_against_the_service_schema()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/hsds/services?full=true&per_page=50", Ct);
        var items = page.GetProperty("contents").EnumerateArray().ToList();
        items.Count.ShouldBeGreaterThanOrEqualTo(28);
        foreach (var item in items)
        {
            item.ShouldValidate("service.json");
            item.ShouldValidate("compiled/service_with_definitions.json");
        }
        var ease = items.Single(i => i.GetProperty("id").GetString() == Seeded("ease").ToString());
        ease.GetProperty("minimum_age").GetInt32().ShouldBe(12);
        ease.GetProperty("cost_options")[0].GetProperty("amount").GetDouble().ShouldBe(0);
        ease.GetProperty("attributes").EnumerateArray().ShouldContain(a => a.GetProperty("taxonomy_term").GetProperty("code").GetString() == "jongeren");
    }

    [Fact]
    public async Task Hsds_single_service_is_fully_nested_and_validates()
    {
        var id = Seeded("stip-lelystad");
        var service = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/hsds/services/{id}", Ct);
        service.ShouldValidate("service.json");
        service.GetProperty("service_areas")[0].GetProperty("uri").GetString().ShouldBe("urn:cbs:gemeente:GM0995");
        service.GetProperty("service_at_locations")[0].GetProperty("location").GetProperty("external_identifier").GetString().ShouldBe("GM0995");
        service.GetProperty("organization").GetProperty("name").GetString().ShouldBe("STIP Lelystad");
    }

    [Fact]
    public async Task Hsds_unknown_service_is_404_problem_details()
    {
        var response = await factory.CreateClient().GetAsync($"/api/v1/hsds/services/{Guid.NewGuid()}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Hsds_search_and_taxonomy_filters_use_the_dutch_themes()
    {
        var client = factory.CreateClient();
        var search = await client.GetFromJsonAsync<JsonElement>("/api/v1/hsds/services?search=schulden", Ct);
        search.GetProperty("contents").EnumerateArray().ShouldContain(s => s.GetProperty("name").GetString() == "Evie: mentaal fit voor iedereen");
        foreach (var item in search.GetProperty("contents").EnumerateArray()) item.ShouldValidate("compiled/service_list.json");

        var rouw = ThemeTerms.IdOf("rouw");
        var byTerm = await client.GetFromJsonAsync<JsonElement>($"/api/v1/hsds/services?taxonomy_term_id={rouw}", Ct);
        byTerm.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldContain("Verder na verlies");
        byTerm.GetProperty("contents").EnumerateArray().ShouldAllBe(s => s.GetProperty("name").GetString() != "Huisartsenzorg Medrie");

        var minimal = await client.GetFromJsonAsync<JsonElement>("/api/v1/hsds/services?minimal=true&per_page=1", Ct);
        minimal.GetProperty("contents")[0].TryGetProperty("description", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Hsds_ndjson_gives_one_service_per_line()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/hsds/services?format=ndjson&per_page=5", Ct);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(5);
        foreach (var line in lines) JsonDocument.Parse(line).RootElement.ShouldValidate("compiled/service_list.json");
    }

    [Fact]
    public async Task Hsds_organizations_locations_and_taxonomies_validate()
    {
        var client = factory.CreateClient();
        var orgs = await client.GetFromJsonAsync<JsonElement>("/api/v1/hsds/organizations?per_page=100", Ct);
        foreach (var o in orgs.GetProperty("contents").EnumerateArray()) o.ShouldValidate("compiled/organization_list.json");
        var firstId = orgs.GetProperty("contents")[0].GetProperty("id").GetString();
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/hsds/organizations/{firstId}", Ct)).ShouldValidate("organization.json");

        var sals = await client.GetFromJsonAsync<JsonElement>("/api/v1/hsds/service_at_locations", Ct);
        sals.GetProperty("total_items").GetInt32().ShouldBeGreaterThan(0);
        foreach (var s in sals.GetProperty("contents").EnumerateArray()) s.ShouldValidate("compiled/service_at_location_list.json");
        var salId = sals.GetProperty("contents")[0].GetProperty("id").GetString();
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/hsds/service_at_locations/{salId}", Ct)).ShouldValidate("service.json");

        var taxonomies = await client.GetFromJsonAsync<JsonElement>("/api/v1/hsds/taxonomies", Ct);
        foreach (var t in taxonomies.GetProperty("contents").EnumerateArray()) t.ShouldValidate("taxonomy.json");
        var terms = await client.GetFromJsonAsync<JsonElement>($"/api/v1/hsds/taxonomy_terms?taxonomy_id={ThemeTerms.TaxonomyId}&per_page=100", Ct);
        terms.GetProperty("total_items").GetInt32().ShouldBe(DutchThemes.All.Count);
        foreach (var t in terms.GetProperty("contents").EnumerateArray()) t.ShouldValidate("taxonomy_term.json");
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/hsds/taxonomy_terms/{ThemeTerms.IdOf("mantelzorg")}", Ct))
            .GetProperty("name").GetString().ShouldBe("Mantelzorg");
    }

    [Fact]
    public async Task Official_hsds_examples_import_and_come_back_valid()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        // The list holds the thin list shape, so it goes first and the full service last.
        foreach (var file in new[] { "service_list.json", "organization_full.json", "service_full.json" })
        {
            var json = await File.ReadAllTextAsync(Path.Combine(HsdsSchemas.Folder, "examples", file), Ct);
            var response = await admin.PostAsync($"/api/v1/directory/import/hsds?file={file}",
                new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        }
        var example = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(HsdsSchemas.Folder, "examples", "service_full.json"), Ct)).RootElement;
        var id = example.GetProperty("id").GetString();
        var service = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/hsds/services/{id}", Ct);
        service.ShouldValidate("service.json");
        service.GetProperty("name").GetString().ShouldBe(example.GetProperty("name").GetString());
        service.GetProperty("minimum_age").GetInt32().ShouldBe(12);
        service.GetProperty("assured_date").GetString().ShouldBe("2005-01-01");
        service.GetProperty("service_at_locations")[0].GetProperty("location").GetProperty("name").GetString().ShouldBe("MyCity Civic Center");
        service.GetProperty("attributes").EnumerateArray().ShouldContain(a => a.GetProperty("taxonomy_term_id").GetString() == "3f7b145d-84af-42d7-8fae-eaca714b02b2");
        var count = await factory.WithDbAsync(db => db.Set<CareService>().CountAsync(s => s.Id == Guid.Parse(id!), Ct));
        count.ShouldBe(1);
    }

    [Fact]
    public async Task Official_tabular_data_package_imports()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in Directory.GetFiles(Path.Combine(HsdsSchemas.Folder, "examples", "csv")))
                System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, file, Path.GetFileName(file));
        zip.Position = 0;
        var response = await admin.PostAsync("/api/v1/directory/import/hsds-tabular", new StreamContent(zip), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("services").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        var csvId = File.ReadAllLines(Path.Combine(HsdsSchemas.Folder, "examples", "csv", "services.csv"))[1].Split(',')[0];
        var service = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/hsds/services/{csvId}", Ct);
        service.ShouldValidate("service.json");
        service.GetProperty("organization").GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Import_with_problems_lists_them_all_and_changes_nothing()
    {
        var admin = await factory.LoggedInClientAsync(Roles.Administrator);
        var good = Guid.NewGuid();
        var body = JsonSerializer.Serialize(new
        {
            contents = new object[]
            {
                new { id = good.ToString(), name = "Goede dienst", status = "active", organization = new { id = Guid.NewGuid().ToString(), name = "Org", description = "Org" } },
                new { id = "geen-uuid", name = "", status = "open" },
            },
        });
        var response = await admin.PostAsync("/api/v1/directory/import/hsds?file=fout.json", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("file").GetString(), p.GetProperty("field").GetString())).ToList();
        problems.ShouldContain(("fout.json", "id"));
        problems.ShouldContain(("fout.json", "name"));
        problems.ShouldContain(("fout.json", "status"));
        (await factory.WithDbAsync(db => db.Set<CareService>().AnyAsync(s => s.Id == good, Ct))).ShouldBeFalse();

        var member = await factory.TokenClientAsync("flevoland", "vmca");
        var refused = await member.PostAsync("/api/v1/directory/import/hsds", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Legacy_hsds_path_redirects_to_the_versioned_api()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/hsds/services?page=2", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        response.Headers.Location!.ToString().ShouldBe("/api/v1/hsds/services?page=2");
    }

    [Fact]
    public async Task Owner_overview_lists_own_entries_with_their_check_state()
    {
        var client = await factory.LoggedInClientAsync(Roles.OrganisationMember, region: "flevoland", organisationKey: "vmca");
        var html = await PageAsync(client, "/hulp/beheer");
        html.ShouldContain("Vrijwilligerscentrale Almere (VMCA)");
        html.ShouldContain("Pak je kans");
        html.ShouldNotContain("STIP Lelystad");
        var quality = await PageAsync(client, "/hulp/beheer/kwaliteit");
        quality.ShouldContain("Per gemeente");
        quality.ShouldContain("niet recent gecontroleerd");
        var forbidden = await client.GetAsync($"/hulp/beheer/dienst/{Seeded("stip-lelystad")}", Ct);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Redirect); // to the access-denied page
    }
}

public sealed class CareDirectoryTestsOnSqlite(SqliteAppFactory f) : CareDirectoryTests(f), IClassFixture<SqliteAppFactory>;
public sealed class CareDirectoryTestsOnPostgres(PostgresAppFactory f) : CareDirectoryTests(f), IClassFixture<PostgresAppFactory>;
