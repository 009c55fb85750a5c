using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Security;

/// <summary>
/// Refuses passwords that are on the shipped list (common-passwords.txt) or are a listed word
/// dressed up with digits, symbols or letter swaps ("Welkom2026!!", "W3lkom!!2026"), or contain the account name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly FrozenSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password, user.Email ?? user.UserName)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = Texts.Get("account.password-too-common") })
            : IdentityResult.Success);

    public static bool IsCommon(string password, string? account = null)
    {
        var lower = password.ToLowerInvariant();
        if (Common.Contains(lower) || lower.Distinct().Count() <= 3) return true;
        var stem = Stem(lower);
        if (stem.Length == 0 || Common.Contains(stem) || IsRepeated(stem)) return true;
        // Digits inside ("zomer2026zomer") are padding too, not letter swaps.
        var letters = new string([.. lower.Where(char.IsLetter)]);
        if (letters.Length == 0 || Common.Contains(letters) || IsRepeated(letters)) return true;
        var name = account is null ? "" : Stem(account.Split('@')[0].ToLowerInvariant());
        return name.Length >= 4 && stem.Contains(name, StringComparison.Ordinal);
    }

    /// <summary>"W3lkom2026!!" → "welkom": trim digits and symbols at both ends, undo letter swaps, keep letters.</summary>
    private static string Stem(string lower)
    {
        var trimmed = lower.Trim().TrimStart(NotLetter).TrimEnd(NotLetter);
        var sb = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            var mapped = c switch { '0' => 'o', '1' or '!' => 'i', '3' => 'e', '4' or '@' => 'a', '5' or '$' => 's', '7' => 't', _ => c };
            if (char.IsLetter(mapped)) sb.Append(mapped);
        }
        return sb.ToString();
    }

    private static readonly char[] NotLetter = [.. Enumerable.Range(32, 95).Select(i => (char)i).Where(c => !char.IsLetter(c))];

    /// <summary>"welkomwelkom", "abcabcabc": a listed word or a short run, repeated.</summary>
    private static bool IsRepeated(string stem)
    {
        for (var size = 1; size <= stem.Length / 2; size++)
        {
            if (stem.Length % size != 0) continue;
            var unit = stem[..size];
            if (stem == string.Concat(Enumerable.Repeat(unit, stem.Length / size)) && (size <= 3 || Common.Contains(unit))) return true;
        }
        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToFrozenSet(StringComparer.Ordinal);
    }
}
