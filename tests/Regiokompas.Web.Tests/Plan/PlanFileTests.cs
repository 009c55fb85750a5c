using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Plan;

/// <summary>Reading and validating plan files; no database needed.</summary>
public class PlanFileReaderTests
{
    internal static string SeedPath(string region) => Path.Combine(AppContext.BaseDirectory, "Seed", "plans", $"{region}.yaml");

    [Theory]
    [InlineData("ijssel-vecht")]
    [InlineData("flevoland")]
    public void Shipped_plan_files_are_valid(string region)
    {
        var result = PlanFileReader.Read($"{region}.yaml", File.ReadAllText(SeedPath(region)));
        result.Problems.ShouldBeEmpty();
        result.Plan!.Region.Id.ShouldBe(region);
    }

    private const string Broken = """
        format: regiokompas-plan/1
        region:
          id: testregio
          name: Testregio
          municipalities:
            - {code: GM0193, name: Zwolle}
        organisations:
          - {id: org-a, name: Organisatie A, type: welfare}
          - {id: org-a, name: Nog een A, type: welfare}
        pillars:
          - id: p1
            kind: coalitie
            name: Eerste pijler
            leads: [org-onbekend]
            goals:
              - id: g1
                title: Doel een
                results:
                  - id: r1
                    title: Resultaat zonder geldige datum
                    deadline: "eind 2025"
                  - id: r2
                    deadline: "2025-12-31"
        """;

    [Fact]
    public void Invalid_file_reports_every_schema_problem_with_line_and_field()
    {
        var result = PlanFileReader.Read("broken.yaml", Broken);
        result.IsValid.ShouldBeFalse();
        result.Plan.ShouldBeNull();
        var deadline = result.Problems.Single(p => p.Field == "pillars[0].goals[0].results[0].deadline");
        deadline.Line.ShouldBe(21);
        deadline.File.ShouldBe("broken.yaml");
        deadline.Message.ShouldContain("datum");
        var missing = result.Problems.Single(p => p.Field == "pillars[0].goals[0].results[1]");
        missing.Message.ShouldContain("title");
        missing.Line.ShouldBe(22);
    }

    [Fact]
    public void Valid_shape_with_broken_references_reports_duplicates_and_unknown_ids()
    {
        var fixedShape = Broken.Replace("deadline: \"eind 2025\"", "deadline: \"2025-12-31\"")
            .Replace("  - id: r2\n", "  - id: r2\n            title: Tweede\n");
        var result = PlanFileReader.Read("refs.yaml", fixedShape);
        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Field == "organisations[1].id" && p.Line == 9 && p.Message.Contains("org-a"));
        result.Problems.ShouldContain(p => p.Field == "pillars[0].leads[0]" && p.Message.Contains("org-onbekend"));
    }

    [Theory]
    [InlineData("format: [unclosed", "YAML")]
    [InlineData("", "leeg")]
    public void Unreadable_yaml_is_reported_not_thrown(string text, string expected)
    {
        var result = PlanFileReader.Read("x.yaml", text);
        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().Message.ShouldContain(expected);
    }

    [Fact]
    public void Hostile_strings_are_plain_data()
    {
        var text = File.ReadAllText(SeedPath("flevoland")).Replace("name: Zorgzaam Flevoland", "name: \"<script>alert(1)</script>'; DROP TABLE x;--\"");
        var result = PlanFileReader.Read("f.yaml", text);
        result.Problems.ShouldBeEmpty();
        result.Plan!.Region.Name.ShouldStartWith("<script>");
    }
}

/// <summary>Import, export and round trip against a real database, once per provider.</summary>
public abstract class PlanFileImportTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ijssel-vecht")]
    [InlineData("flevoland")]
    public async Task Export_writes_back_what_was_imported(string region)
    {
        var original = PlanFileReader.Read("seed", await File.ReadAllTextAsync(PlanFileReaderTests.SeedPath(region), Ct)).Plan!;
        var yaml = await factory.CreateClient().GetStringAsync($"/api/v1/regions/{region}/plan-file", Ct);
        var exported = PlanFileReader.Read("export", yaml);
        exported.Problems.ShouldBeEmpty();
        Canonical(exported.Plan!).ShouldBe(Canonical(original));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: "flevoland");
        var yaml = await File.ReadAllTextAsync(PlanFileReaderTests.SeedPath("flevoland"), Ct);
        var auditBefore = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count()));
        var response = await client.PostAsync("/api/v1/regions/flevoland/plan-file", new StringContent(yaml), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        summary.GetProperty("created").GetInt32().ShouldBe(0);
        summary.GetProperty("updated").GetInt32().ShouldBe(0);
        summary.GetProperty("deleted").GetInt32().ShouldBe(0);
        (await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count()))).ShouldBe(auditBefore);
    }

    [Fact]
    public async Task A_changed_file_updates_only_what_changed_and_audits_it()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: "flevoland");
        var yaml = await factory.CreateClient().GetStringAsync("/api/v1/regions/flevoland/plan-file", Ct);
        var plan = PlanFileReader.Read("x", yaml).Plan!;
        var result = plan.Pillars!.SelectMany(p => p.Goals ?? []).SelectMany(g => g.Results ?? []).First(r => r.Deadline is not null);
        result.Deadline = "2027-06-30";
        var response = await client.PostAsync("/api/v1/regions/flevoland/plan-file", new StringContent(PlanFileWriter.ToYaml(plan)), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        summary.GetProperty("updated").GetInt32().ShouldBe(1);
        summary.GetProperty("created").GetInt32().ShouldBe(0);
        var audit = await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/flevoland/audit?entityType=PlanResult&key={result.Id}", Ct);
        audit.EnumerateArray().ShouldContain(a => a.GetProperty("field").GetString() == "Deadline" && a.GetProperty("newValue").GetString() == "2027-06-30");

        // Put the shipped plan back, so the other scenarios in this class see it unchanged.
        (await client.PostAsync("/api/v1/regions/flevoland/plan-file", new StringContent(yaml), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Invalid_file_is_rejected_with_every_problem_and_nothing_changes()
    {
        var client = await factory.LoggedInClientAsync("coordinator", region: "flevoland");
        var yaml = (await File.ReadAllTextAsync(PlanFileReaderTests.SeedPath("flevoland"), Ct))
            .Replace("name: Zorgzaam Flevoland", "name: Gewijzigde naam");
        var firstDeadline = yaml.IndexOf("deadline: \"", StringComparison.Ordinal);
        yaml = yaml[..firstDeadline] + "deadline: \"31-12-2024\"" + yaml[(yaml.IndexOf('\n', firstDeadline))..];
        var before = await factory.WithDbAsync(db => Task.FromResult((db.AuditEntries.Count(), db.Regions.Single(r => r.Id == "flevoland").Name)));

        var response = await client.PostAsync("/api/v1/regions/flevoland/plan-file", new StringContent(yaml), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.GetProperty("line").GetInt32() > 0 && p.GetProperty("field").GetString()!.Length > 0);
        var after = await factory.WithDbAsync(db => Task.FromResult((db.AuditEntries.Count(), db.Regions.Single(r => r.Id == "flevoland").Name)));
        after.ShouldBe(before);
    }

    [Fact]
    public async Task Only_a_coordinator_of_the_region_may_import()
    {
        var other = await factory.LoggedInClientAsync("coordinator", region: "ijssel-vecht");
        var yaml = await File.ReadAllTextAsync(PlanFileReaderTests.SeedPath("flevoland"), Ct);
        (await other.PostAsync("/api/v1/regions/flevoland/plan-file", new StringContent(yaml), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>JSON with nulls and empty lists dropped, so "absent" and "empty" compare equal.</summary>
    private static string Canonical(PlanFile plan)
    {
        // An action without a status is planned; both spellings mean the same.
        foreach (var a in (plan.Pillars ?? []).SelectMany(p => (p.Actions ?? []).Concat((p.Goals ?? []).SelectMany(g => g.Actions ?? []))))
            a.Status ??= "planned";
        var node = JsonSerializer.SerializeToNode(plan, PlanFileReader.Json)!;
        Strip(node);
        return node.ToJsonString();

        static void Strip(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                foreach (var (k, v) in o.ToList())
                {
                    Strip(v);
                    if (v is null || v is JsonArray { Count: 0 }) o.Remove(k);
                }
            }
            else if (n is JsonArray a) foreach (var item in a) Strip(item);
        }
    }
}

public sealed class PlanFileImportTestsOnSqlite(SqliteAppFactory f) : PlanFileImportTests(f), IClassFixture<SqliteAppFactory>;
public sealed class PlanFileImportTestsOnPostgres(PostgresAppFactory f) : PlanFileImportTests(f), IClassFixture<PostgresAppFactory>;
