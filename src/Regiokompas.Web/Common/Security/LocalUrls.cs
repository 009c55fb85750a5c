namespace Regiokompas.Web.Common.Security;

/// <summary>
/// The rule of ASP.NET Core's Url.IsLocalUrl, usable outside MVC: "/path" or "~/path", never
/// "//host", "/\host" or control characters (browsers read "/\evil.example" as another host).
/// </summary>
public static class LocalUrls
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        if (url[0] == '/') return url.Length == 1 || (url[1] != '/' && url[1] != '\\' && !HasControl(url.AsSpan(1)));
        if (url[0] == '~' && url.Length > 1 && url[1] == '/')
            return url.Length == 2 || (url[2] != '/' && url[2] != '\\' && !HasControl(url.AsSpan(2)));
        return false;
    }

    private static bool HasControl(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsControl(c)) return true;
        return false;
    }
}
