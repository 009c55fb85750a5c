using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Tests.CareDirectory;

public class QuestionPathTests
{
    private const string Json = """
        {
          // comments are allowed: editors keep this file
          "questions": [
            { "id": "onderwerp", "text": "Waar gaat het over?", "options": [
                { "id": "geld", "label": "Geld", "themes": ["geldzorgen"] },
                { "id": "alleen", "label": "Ik voel me alleen", "themes": ["eenzaamheid"] } ] },
            { "id": "leeftijd", "text": "Hoe oud?", "options": [
                { "id": "kind", "label": "Onder 18", "age": 12 },
                { "id": "oudere", "label": "75 of ouder", "age": 80 } ] },
            { "id": "soort", "text": "Wat zoekt u?", "options": [
                { "id": "buren", "label": "Hulp van buren", "kinds": ["informal"] },
                { "id": "professional", "label": "Een professional", "kinds": ["formal-care", "welfare"] } ] },
            { "id": "kosten", "text": "Mag het geld kosten?", "options": [
                { "id": "gratis", "label": "Nee", "free_only": true, "without_referral_only": true },
                { "id": "maakt-niet-uit", "label": "Maakt niet uit" } ] }
          ]
        }
        """;

    private static readonly QuestionPath Path = QuestionPath.Parse(Json);

    [Fact]
    public void Parses_questions_and_options_from_data()
    {
        Path.Questions.Select(q => q.Id).ShouldBe(["onderwerp", "leeftijd", "soort", "kosten"]);
        Path.Questions[2].Options[1].Kinds.ShouldBe([ServiceKind.FormalCare, ServiceKind.Welfare]);
        Path.Questions[3].Options[0].FreeOnly.ShouldBeTrue();
    }

    [Fact]
    public void Answers_narrow_the_filter()
    {
        var filter = Path.Apply(new Dictionary<string, string>
        {
            ["onderwerp"] = "alleen", ["leeftijd"] = "oudere", ["soort"] = "buren", ["kosten"] = "gratis",
        });
        filter.Themes.ShouldBe(["eenzaamheid"]);
        filter.Age.ShouldBe(80);
        filter.Kinds.ShouldBe([ServiceKind.Informal]);
        filter.FreeOnly.ShouldBeTrue();
        filter.WithoutReferralOnly.ShouldBeTrue();

        var informalFreeForElderly = new ServiceFacts(ServiceKind.Informal, ["eenzaamheid"], [], new AgeRange(55, null), true, false, []);
        var paidCare = informalFreeForElderly with { Kind = ServiceKind.FormalCare, IsFree = false };
        filter.Matches(informalFreeForElderly).ShouldBeTrue();
        filter.Matches(paidCare).ShouldBeFalse();
    }

    [Fact]
    public void Unanswered_questions_keep_the_starting_filter()
    {
        var start = new DirectoryFilter { MunicipalityCode = "GM0995" };
        var filter = Path.Apply(new Dictionary<string, string> { ["onderwerp"] = "geld", ["kosten"] = "" }, start);
        filter.MunicipalityCode.ShouldBe("GM0995");
        filter.Themes.ShouldBe(["geldzorgen"]);
        filter.FreeOnly.ShouldBeFalse();
        filter.Age.ShouldBeNull();
    }

    [Theory]
    [InlineData("onderwerp", "sterren")]
    [InlineData("hobby", "geld")]
    public void Unknown_answer_is_refused(string question, string option) =>
        Should.Throw<RuleViolation>(() => Path.Apply(new Dictionary<string, string> { [question] = option }))
            .Code.ShouldBe("caredirectory.path-unknown-answer");

    [Theory]
    [InlineData("""{ "questions": [] }""", "caredirectory.path-question-count")]
    [InlineData("""{ "questions": [ { "id": "a", "text": "?", "options": [ { "id": "x", "label": "X" } ] } ] }""", "caredirectory.path-too-few-options")]
    [InlineData("""{ "questions": [ { "id": "a", "text": "?", "options": [ { "id": "x", "label": "X" }, { "id": "x", "label": "Y" } ] } ] }""", "caredirectory.path-duplicate-id")]
    [InlineData("""{ "questions": [ { "id": "a", "text": "?", "options": [ { "id": "x", "label": "X", "themes": ["sterren"] }, { "id": "y", "label": "Y" } ] } ] }""", "caredirectory.unknown-theme")]
    [InlineData("""{ "questions": [ """, "caredirectory.path-invalid-json")]
    public void Invalid_definitions_are_refused(string json, string code) =>
        Should.Throw<RuleViolation>(() => QuestionPath.Parse(json)).Code.ShouldBe(code);
}
