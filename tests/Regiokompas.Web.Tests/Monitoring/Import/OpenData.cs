namespace Regiokompas.Web.Tests.Monitoring.Import;

/// <summary>The real CBS files in ../shared/data/open next to the repository (never copied into it).</summary>
internal static class OpenData
{
    public static string Folder { get; } = Find();

    public static string File(params string[] parts) => Path.Combine([Folder, .. parts]);

    public static FileStream Open(params string[] parts) => System.IO.File.OpenRead(File(parts));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Regiokompas.sln")))
            {
                var open = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "open"));
                if (Directory.Exists(open)) return open;
                // A git worktree elsewhere: the shared folder sits beside the main checkout.
                var fallback = Path.GetFullPath(Path.Combine(dir.FullName, "..", "..", "shared", "data", "open"));
                return Directory.Exists(fallback) ? fallback : open;
            }
        }
        throw new DirectoryNotFoundException("Repository root (Regiokompas.sln) not found.");
    }
}
