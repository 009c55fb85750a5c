using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Trust;

/// <summary>Every code the source can show a user has a Dutch and an English text in one of the module registries.</summary>
public partial class TextRegistryTests
{
    private static string SourceRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "src", "Regiokompas.Web"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("src/ not found above the test folder"), "src");
        }
    }

    /// <summary>Codes thrown (RuleViolation, NotAllowed) or looked up (Texts.Get, texts[...]) anywhere in src/.</summary>
    public static IEnumerable<string> CodesInSource() =>
        Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => CodeUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex("""(?:RuleViolation|NotAllowed|Texts\.Get|MonitoringTexts\.Get|BoundaryTexts\.Get|RegiobeeldTexts\.Get|Explain|texts\[)\(?\s*"(?<code>[a-z0-9]+(?:\.[a-z0-9-]+)+)"[,)\]]""")]
    private static partial Regex CodeUse();

    [Fact]
    public void The_source_scan_finds_the_codes_of_every_module()
    {
        var codes = CodesInSource().ToList();
        foreach (var prefix in new[] { "plan.", "monitoring.", "caredirectory.", "capacity.", "edit.", "account." })
            codes.ShouldContain(c => c.StartsWith(prefix), $"no {prefix} code found; the scan is broken");
    }

    [Fact]
    public void Every_code_in_the_source_has_a_Dutch_and_an_English_text()
    {
        var missing = CodesInSource()
            .Where(c => Texts.Both(c) is not { } t || string.IsNullOrWhiteSpace(t.Nl) || string.IsNullOrWhiteSpace(t.En) || t.Nl == c || t.En == c)
            .ToList();
        missing.ShouldBeEmpty($"codes without a Dutch and English text: {string.Join(", ", missing)}");
    }

    [Fact]
    public void No_code_is_registered_in_two_modules()
    {
        var twice = TextRegistry.Modules.SelectMany(m => m.Messages.Keys.Select(k => (k, m.Name))).GroupBy(x => x.k).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.Name))})").ToList();
        twice.ShouldBeEmpty();
    }

    [Fact]
    public void Each_module_has_its_own_registry()
    {
        TextRegistry.Modules.Select(m => m.Name).ShouldBe(["Common", "Account", "Plan", "Monitoring", "Monitoring boundaries", "Monitoring regiobeeld", "CareDirectory", "Capacity", "Access", "Input", "Governance", "Onboarding"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("nl", "De sluitingstijd ligt voor de openingstijd.")]
    [InlineData("en", "The closing time is before the opening time.")]
    public void A_rule_code_becomes_a_sentence_in_the_visitors_language(string culture, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Texts.Get("caredirectory.closes-before-opens").ShouldBe(expected);
            Texts.Get("monitoring.story-needs-consent").ShouldNotBe("monitoring.story-needs-consent");
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}

/// <summary>Pages and API answers show texts, never codes or ASP.NET's English defaults.</summary>
public abstract class UserFacingTextTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_empty_mistake_report_says_in_Dutch_that_the_field_is_required()
    {
        var id = ThemeTerms.NameBased("seed:service:bruis");
        var client = factory.CreateClient();
        var page = await client.GetStringAsync($"/hulp/dienst/{id}", Ct);
        var post = await client.PostAsync($"/hulp/dienst/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Report.Message"] = "",
            ["Report.ContactEmail"] = "geen-adres",
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync(Ct));
        var errors = string.Join(" | ", Regex.Matches(html, "field-validation-error[^>]*>(?:<span[^>]*>[^<]*</span>)?([^<]*)<").Select(m => m.Groups[1].Value));
        errors.ShouldContain("Schrijf wat er niet klopt.");
        errors.ShouldContain("Dit is geen geldig e-mailadres.");
        html.ShouldNotContain("field is required");
        html.ShouldNotContain("is not a valid e-mail");
    }

    [Fact]
    public async Task The_same_form_in_English_gets_English_messages()
    {
        var id = ThemeTerms.NameBased("seed:service:bruis");
        var client = factory.CreateClient();
        var page = await client.GetStringAsync($"/hulp/dienst/{id}?culture=en", Ct);
        var post = await client.PostAsync($"/hulp/dienst/{id}?culture=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Report.Message"] = "",
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }), Ct);
        WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync(Ct)).ShouldContain("Describe what is wrong.");
    }

    [Fact]
    public async Task An_import_problem_from_a_domain_rule_is_a_sentence_not_its_code()
    {
        var admin = await factory.LoggedInClientAsync("administrator");
        var body = JsonSerializer.Serialize(new
        {
            contents = new object[]
            {
                new { id = Guid.NewGuid().ToString(), name = "Jongerenwerk", description = "Voor jongeren.", status = "active", minimum_age = 30, maximum_age = 12,
                      organization = new { id = Guid.NewGuid().ToString(), name = "Org", description = "Org" } },
            },
        });
        var response = await admin.PostAsync("/api/v1/directory/import/hsds?file=leeftijd.json", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var text = await response.Content.ReadAsStringAsync(Ct);
        text.ShouldNotContain("caredirectory.age-range-invalid");
        text.ShouldContain("De minimumleeftijd (30) is hoger dan de maximumleeftijd (12).");
    }

    [Fact]
    public async Task A_monitoring_rule_violation_on_the_api_has_a_Dutch_title_not_its_code()
    {
        var client = await factory.LoggedInClientAsync("coordinator", "ijssel-vecht");
        var response = await client.PostAsJsonAsync("/api/v1/regions/ijssel-vecht/stories", new
        {
            kind = "Story", text = "Een verhaal zonder toestemming.", date = "2026-01-15", source = "Interview", @public = true,
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        body.RootElement.GetProperty("code").GetString().ShouldBe("monitoring.story-needs-consent");
        body.RootElement.GetProperty("title").GetString().ShouldBe("Een verhaal kan pas openbaar als er toestemming is vastgelegd.");
    }
}

public sealed class UserFacingTextTestsOnSqlite(SqliteAppFactory f) : UserFacingTextTests(f), IClassFixture<SqliteAppFactory>;
public sealed class UserFacingTextTestsOnPostgres(PostgresAppFactory f) : UserFacingTextTests(f), IClassFixture<PostgresAppFactory>;

public abstract class ApiProblemTextTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_validation_errors_are_Dutch()
    {
        var client = await factory.LoggedInClientAsync("coordinator", "ijssel-vecht");
        var response = await client.PostAsJsonAsync("/api/v1/regions/ijssel-vecht/stories", new { kind = "Story", text = (string?)null, date = "2026-01-15" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync(Ct);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("title").GetString().ShouldBe("De invoer klopt niet; zie de fouten per veld.");
        body.ShouldContain("Dit veld is verplicht.");
        body.ShouldNotContain("field is required");
    }

    [Fact]
    public async Task A_bodyless_api_error_gets_a_Dutch_title()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/regions/ijssel-vecht/stories", new { text = "x" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("title").GetString()!.ShouldStartWith("Log in of stuur een geldig API-token");
    }
}

public sealed class ApiProblemTextTestsOnSqlite(SqliteAppFactory f) : ApiProblemTextTests(f), IClassFixture<SqliteAppFactory>;
public sealed class ApiProblemTextTestsOnPostgres(PostgresAppFactory f) : ApiProblemTextTests(f), IClassFixture<PostgresAppFactory>;
