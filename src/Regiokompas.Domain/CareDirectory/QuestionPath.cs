using System.Text.Json;
using System.Text.Json.Serialization;
using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.CareDirectory;

/// <summary>
/// "Welke hulp past bij mij?": a few questions whose answers narrow the list. The questions and
/// their wording are data (a JSON file editors can change); this class only knows what an answer does.
/// </summary>
public sealed class QuestionPath
{
    public required IReadOnlyList<PathQuestion> Questions { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static QuestionPath Parse(string json)
    {
        PathDocument? doc;
        try { doc = JsonSerializer.Deserialize<PathDocument>(json, Json); }
        catch (JsonException e) { throw new RuleViolation("caredirectory.path-invalid-json", e.Message); }
        var path = new QuestionPath { Questions = doc?.Questions ?? [] };
        path.Validate();
        return path;
    }

    public void Validate()
    {
        if (Questions.Count is < 1 or > 6) throw new RuleViolation("caredirectory.path-question-count", Questions.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in Questions)
        {
            if (string.IsNullOrWhiteSpace(q.Id) || !ids.Add(q.Id)) throw new RuleViolation("caredirectory.path-duplicate-id", q.Id);
            if (q.Options.Count < 2) throw new RuleViolation("caredirectory.path-too-few-options", q.Id);
            var optionIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var o in q.Options)
            {
                if (string.IsNullOrWhiteSpace(o.Id) || !optionIds.Add(o.Id)) throw new RuleViolation("caredirectory.path-duplicate-id", $"{q.Id}/{o.Id}");
                foreach (var theme in o.Themes ?? [])
                    if (!DutchThemes.IsKnown(theme)) throw new RuleViolation("caredirectory.unknown-theme", theme);
                if (o.Age is < 0 or > AgeRange.OldestAge) throw new RuleViolation("caredirectory.age-out-of-range", 0, AgeRange.OldestAge);
            }
        }
    }

    /// <summary>
    /// Turns answers (question id → option id) into a filter on top of <paramref name="start"/>.
    /// Unanswered questions change nothing; an answer that does not exist is refused.
    /// </summary>
    public DirectoryFilter Apply(IReadOnlyDictionary<string, string> answers, DirectoryFilter? start = null)
    {
        var filter = start ?? DirectoryFilter.None;
        var themes = new HashSet<string>(filter.Themes, StringComparer.Ordinal);
        var kinds = new HashSet<ServiceKind>(filter.Kinds);
        foreach (var (questionId, optionId) in answers)
        {
            if (string.IsNullOrEmpty(optionId)) continue;
            var question = Questions.FirstOrDefault(q => q.Id == questionId)
                ?? throw new RuleViolation("caredirectory.path-unknown-answer", questionId, optionId);
            var option = question.Options.FirstOrDefault(o => o.Id == optionId)
                ?? throw new RuleViolation("caredirectory.path-unknown-answer", questionId, optionId);
            themes.UnionWith(option.Themes ?? []);
            kinds.UnionWith(option.Kinds ?? []);
            filter = filter with
            {
                Age = option.Age ?? filter.Age,
                FreeOnly = filter.FreeOnly || option.FreeOnly,
                WithoutReferralOnly = filter.WithoutReferralOnly || option.WithoutReferralOnly,
            };
        }
        return filter with { Themes = themes, Kinds = kinds };
    }

    private sealed record PathDocument(List<PathQuestion>? Questions);
}

public sealed record PathQuestion(string Id, string Text, IReadOnlyList<PathOption> Options, string? Hint = null);

/// <summary>An answer and what it does to the filter. Labels are the data file's Dutch text.</summary>
public sealed record PathOption(
    string Id,
    string Label,
    IReadOnlyList<string>? Themes = null,
    int? Age = null,
    IReadOnlyList<ServiceKind>? Kinds = null,
    bool FreeOnly = false,
    bool WithoutReferralOnly = false);
