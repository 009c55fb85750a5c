using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory;

/// <summary>Settings under "CareDirectory" in appsettings.</summary>
public sealed class CareDirectoryOptions
{
    public int ReminderAfterMonths { get; set; } = 11;
    public int FlagAfterMonths { get; set; } = 12;
    public int HideAfterMonths { get; set; } = 18;
    /// <summary>Folder with lay-synonyms.txt, jargon.txt and question-path.json; defaults to the shipped Content folder.</summary>
    public string? ContentFolder { get; set; }
    /// <summary>How often an instance checks the database for changes made through other instances.</summary>
    public int IndexSyncSeconds { get; set; } = 15;
    public bool SeedOnStart { get; set; } = true;

    public FreshnessPolicy Freshness => new(ReminderAfterMonths, FlagAfterMonths, HideAfterMonths);
}

/// <summary>The editable word lists and question path, read once at start (edit the files and restart).</summary>
public sealed class CareDirectoryContent
{
    public required SynonymList Synonyms { get; init; }
    public required JargonList Jargon { get; init; }
    public required QuestionPath QuestionPath { get; init; }
    public B1Checker B1 => new(Jargon);

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Modules", "CareDirectory", "Content");

    public static CareDirectoryContent Load(string? folder, ILogger? log = null)
    {
        folder = string.IsNullOrWhiteSpace(folder) ? DefaultFolder : folder;
        var synonyms = SynonymList.Parse(File.ReadAllText(Path.Combine(folder, "lay-synonyms.txt")));
        var jargon = JargonList.Parse(File.ReadAllText(Path.Combine(folder, "jargon.txt")));
        foreach (var p in synonyms.Problems.Concat(jargon.Problems))
            log?.LogWarning("Word list line {Line} ignored ({Code}): {Text}", p.Line, p.Code, p.Text);
        return new CareDirectoryContent
        {
            Synonyms = synonyms,
            Jargon = jargon,
            QuestionPath = QuestionPath.Parse(File.ReadAllText(Path.Combine(folder, "question-path.json"))),
        };
    }
}
