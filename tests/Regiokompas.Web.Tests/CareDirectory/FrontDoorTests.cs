using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Site;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Modules.CareDirectory.Search;
using Regiokompas.Web.Modules.CareDirectory.Services;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.CareDirectory;

/// <summary>The resident's front door (issue 11): results first, actionable cards, the error pattern, the public-service frame.</summary>
public abstract partial class FrontDoorTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static Guid Seeded(string key) => ThemeTerms.NameBased("seed:service:" + key);

    private static async Task<string> PageAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct));

    private static int Count(string html, string text) => Regex.Matches(html, Regex.Escape(text), RegexOptions.IgnoreCase).Count;

    [Fact]
    public async Task Search_puts_a_titled_focusable_results_heading_before_the_topics_and_folds_the_filters()
    {
        var html = await PageAsync(factory.CreateClient(), "/hulp?q=eenzaam&gemeente=GM0995");
        var heading = Regex.Match(html, "<h2 id=\"resultaten\" tabindex=\"-1\">(\\d+) resultaten voor 'eenzaam' in Lelystad</h2>");
        heading.Success.ShouldBeTrue();
        var n = heading.Groups[1].Value;
        html.ShouldContain($"<title>{n} resultaten voor 'eenzaam' in Lelystad · Hulp zoeken · Regiokompas</title>");
        html.ShouldContain("action=\"/hulp#resultaten\"");
        html.IndexOf("id=\"resultaten\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("class=\"tiles\"", StringComparison.Ordinal));
        html.ShouldNotContain("Welke hulp is er bij u in de buurt?");
        Regex.IsMatch(html, "<details class=\"more\" open").ShouldBeFalse();
        Count(html, "class=\"result\"").ShouldBe(int.Parse(n, CultureInfo.InvariantCulture));

        var start = await PageAsync(factory.CreateClient(), "/hulp");
        start.ShouldContain("Welke hulp is er bij u in de buurt?");
        start.ShouldNotContain("id=\"resultaten\"");
    }

    [Fact]
    public async Task Back_link_on_the_service_page_returns_to_the_same_search()
    {
        var client = factory.CreateClient();
        var id = Seeded("stip-lelystad");
        var results = await PageAsync(client, "/hulp?q=eenzaam&gemeente=GM0995");
        results.ShouldContain($"href=\"/hulp/dienst/{id}?q=eenzaam&gemeente=GM0995\"");
        var service = await PageAsync(client, $"/hulp/dienst/{id}?q=eenzaam&gemeente=GM0995&evil=%3Cx%3E");
        service.ShouldContain("<a href=\"/hulp?q=eenzaam&gemeente=GM0995#resultaten\">Terug naar zoeken</a>");
        var plain = await PageAsync(client, $"/hulp/dienst/{id}");
        plain.ShouldContain("<a href=\"/hulp\">Terug naar zoeken</a>");
    }

    [Fact]
    public async Task Two_typing_errors_in_a_long_word_still_find_help_and_offer_the_right_word()
    {
        var html = await PageAsync(factory.CreateClient(), "/hulp?q=eenzaamhied&gemeente=GM0995");
        html.ShouldContain("STIP Lelystad: inlooppunt");
        html.ShouldContain("Bedoelde u <a href=\"/hulp?q=eenzaamheid&gemeente=GM0995#resultaten\">eenzaamheid</a>?");

        var right = await PageAsync(factory.CreateClient(), "/hulp?q=eenzaamheid&gemeente=GM0995");
        right.ShouldNotContain("Bedoelde u");
    }

    [Fact]
    public async Task Each_card_says_once_whether_it_was_checked()
    {
        var html = await PageAsync(factory.CreateClient(), "/hulp?q=eenzaam&gemeente=GM0995");
        var cards = Count(html, "class=\"result\"");
        cards.ShouldBeGreaterThan(0);
        Count(html, "niet gecontroleerd").ShouldBe(cards);
    }

    [Fact]
    public async Task Same_named_services_of_two_regions_show_as_one_card_that_names_the_other()
    {
        var html = await PageAsync(factory.CreateClient(), "/hulp?q=welzijn+op+recept");
        Count(html, ">Welzijn op Recept</a></h3>").ShouldBe(1);
        html.ShouldContain("Ook bij:");
    }

    [Fact]
    public async Task Service_page_and_card_show_phone_address_with_map_hours_in_words_and_a_next_step()
    {
        var id = Seeded("stip-lelystad");
        await factory.WithDbAsync(async db =>
        {
            var service = await db.Set<CareService>().Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Addresses)
                .SingleAsync(s => s.Id == id, Ct);
            service.Phones.Add(new CarePhone { ServiceId = id, Number = "0320 123 456", Description = "Lijn voor inwoners" });
            foreach (var (day, opens, closes) in new[] { ("FR", 9, 17), ("MO,TU,WE,TH", 9, 17), ("SA", 10, 12) })
                service.Schedules.Add(new CareSchedule { ServiceId = id, Freq = "WEEKLY", ByDay = day, OpensAt = new TimeOnly(opens, 0), ClosesAt = new TimeOnly(closes, 0) });
            var location = service.Locations.Select(l => l.Location!).First();
            location.Addresses.Add(new CareAddress { LocationId = location.Id, Address1 = "Agorabaan 12", PostalCode = "8224 JR", City = "Lelystad" });
            return await db.SaveChangesAsync(Ct);
        });
        var client = factory.CreateClient();
        foreach (var html in new[] { await PageAsync(client, $"/hulp/dienst/{id}"), await PageAsync(client, "/hulp?q=eenzaam&gemeente=GM0995") })
        {
            html.ShouldContain("<a href=\"tel:0320123456\">Bel 0320 123 456</a>");
            html.ShouldContain("ma t/m vr 9:00–17:00; za 10:00–12:00");
            html.ShouldContain("Agorabaan 12, 8224 JR Lelystad");
            html.ShouldContain("https://www.openstreetmap.org/search?query=Agorabaan%2012%2C%208224%20JR%20Lelystad%2C%20Nederland");
        }
    }

    [Fact]
    public async Task Entry_without_any_contact_says_so_and_ranks_below_an_equal_entry_with_a_website()
    {
        var organisation = await factory.WithDbAsync(db => db.Set<CareService>().Where(s => s.Id == Seeded("stip-lelystad")).Select(s => s.OrganisationId).SingleAsync(Ct));
        var silent = new CareService { Name = "Kruidentuin Noord", OrganisationId = organisation, B1Summary = "Samen tuinieren in de kruidentuin." };
        var reachable = new CareService { Name = "Kruidentuin Zuid", OrganisationId = organisation, B1Summary = "Samen tuinieren in de kruidentuin.", Url = "https://example.org/tuin" };
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(silent, reachable);
            return await db.SaveChangesAsync(Ct);
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var loaded = await scope.ServiceProvider.GetRequiredService<SearchIndexLoader>().LoadAsync(null, [silent.Id, reachable.Id], Ct);
            factory.Services.GetRequiredService<ServiceSearchIndex>().Upsert(loaded);
        }

        var html = await PageAsync(factory.CreateClient(), "/hulp?q=kruidentuin");
        html.IndexOf("Kruidentuin Zuid", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Kruidentuin Noord", StringComparison.Ordinal));
        html.ShouldContain("Er staan geen contactgegevens bij. Daarom staat dit lager in de lijst.");
        Count(html, "Er staan geen contactgegevens bij.").ShouldBe(1);
        html.ShouldNotContain("Online of in heel Nederland.");   // no place in the data, so the card says nothing about where
    }

    [Fact]
    public async Task Refused_mistake_report_shows_a_dutch_error_summary_linked_to_the_fields()
    {
        var id = Seeded("bruis");
        var client = factory.CreateClient();
        var page = await PageAsync(client, $"/hulp/dienst/{id}?q=eenzaam");
        page.ShouldContain($"action=\"/hulp/dienst/{id}?q=eenzaam#fout-samenvatting\"");
        page.ShouldNotContain("aria-invalid");
        var post = await client.PostAsync($"/hulp/dienst/{id}?q=eenzaam", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Report.Message"] = "",
            ["Report.ContactEmail"] = "geen-adres",
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("<title>Fout: Bruis: inloopplek");
        html.IndexOf("id=\"fout-samenvatting\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("<h1>", StringComparison.Ordinal));
        html.ShouldContain("<h2 id=\"fout-samenvatting-titel\">Er is een probleem met uw melding</h2>");
        html.ShouldContain("<li><a href=\"#Report_Message\">Schrijf wat er niet klopt.</a></li>");
        html.ShouldContain("<li><a href=\"#Report_ContactEmail\">Dit is geen geldig e-mailadres.</a></li>");
        html.ShouldContain("aria-invalid=\"true\" aria-describedby=\"Report_Message-fout\"");
        html.ShouldContain("id=\"Report_Message-fout\"");
        html.ShouldContain("aria-describedby=\"Report_ContactEmail-hint Report_ContactEmail-fout\"");
        html.ShouldContain("value=\"geen-adres\"");
        html.ShouldNotContain("field is required");
        html.ShouldNotContain("is not a valid e-mail");
        var stored = await factory.WithDbAsync(db => db.Set<ErrorReport>().CountAsync(r => r.ServiceId == id, Ct));
        stored.ShouldBe(0);
    }

    [Theory]
    [InlineData("/contact", "Contact")]
    [InlineData("/privacy", "Privacyverklaring")]
    [InlineData("/toegankelijkheid", "Toegankelijkheidsverklaring")]
    public async Task Footer_links_to_the_public_service_pages_and_each_answers(string path, string heading)
    {
        var client = factory.CreateClient();
        var home = await PageAsync(client, "/hulp");
        home.ShouldContain($"<a href=\"{path}\">{heading}</a>");
        var page = await PageAsync(client, path);
        page.ShouldContain($"<h1>{heading}</h1>");
    }

    [Fact]
    public async Task Accessibility_statement_gives_an_honest_status_and_known_problems()
    {
        var html = await PageAsync(factory.CreateClient(), "/toegankelijkheid");
        html.ShouldContain("Eerste maatregelen genomen (status C).");
        html.ShouldContain("Een onafhankelijk onderzoek is nog niet gedaan.");
        html.ShouldContain("Wat nog niet goed werkt");
    }

    [Fact]
    public async Task Favicon_is_an_svg_linked_from_every_page()
    {
        var client = factory.CreateClient();
        var html = await PageAsync(client, "/hulp");
        Regex.IsMatch(html, "<link rel=\"icon\" href=\"/favicon.svg\\?v=[^\"]+\" type=\"image/svg\\+xml\">").ShouldBeTrue();
        var icon = await client.GetAsync("/favicon.svg", Ct);
        icon.StatusCode.ShouldBe(HttpStatusCode.OK);
        icon.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
    }

    [Fact]
    public async Task Versioned_static_files_are_compressed_and_cached_for_a_year_pages_are_not_compressed()
    {
        var client = factory.CreateClient();
        var html = await PageAsync(client, "/hulp");
        var css = Regex.Match(html, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        css.ShouldNotBeEmpty();

        using var versioned = new HttpRequestMessage(HttpMethod.Get, css);
        versioned.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await client.SendAsync(versioned, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldContain("br");
        var cache = response.Headers.CacheControl!;
        cache.Public.ShouldBeTrue();
        cache.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        cache.Extensions.Select(e => e.Name).ShouldContain("immutable");

        var plain = await client.GetAsync("/css/site.css", Ct);
        plain.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromHours(1));

        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/hulp?q=eenzaam");
        pageRequest.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var pageResponse = await client.SendAsync(pageRequest, Ct);
        pageResponse.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }
}

/// <summary>Opening hours in words: pure formatting, no database.</summary>
public sealed class OpeningHoursTextTests
{
    [Fact]
    public void Days_come_in_week_order_and_runs_fold()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            HulpText.OpeningHours([
                new ScheduleView("SA", new TimeOnly(10, 0), new TimeOnly(12, 0), null),
                new ScheduleView("WE,MO,TU,TH,FR", new TimeOnly(9, 0), new TimeOnly(17, 30), "Niet op feestdagen."),
            ]).ShouldBe("ma t/m vr 9:00–17:30; za 10:00–12:00. Niet op feestdagen.");
            HulpText.OpeningHours([new ScheduleView("MO,WE", new TimeOnly(9, 0), new TimeOnly(12, 0), null)]).ShouldBe("ma, wo 9:00–12:00");
            HulpText.OpeningHours([new ScheduleView(null, null, null, "Vier ochtenden per week open.")]).ShouldBe("Vier ochtenden per week open.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

public sealed class FrontDoorTestsOnSqlite(SqliteAppFactory f) : FrontDoorTests(f), IClassFixture<SqliteAppFactory>;
public sealed class FrontDoorTestsOnPostgres(PostgresAppFactory f) : FrontDoorTests(f), IClassFixture<PostgresAppFactory>;
