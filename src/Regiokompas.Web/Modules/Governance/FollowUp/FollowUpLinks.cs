using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Regiokompas.Web.Modules.Governance.FollowUp;

/// <summary>What a digest link lets its holder do: mark one action or milestone done, or give it a new date.</summary>
public sealed record FollowUpTarget(FollowUpKind Kind, string Id, string UserId);

public enum FollowUpKind { Action, Milestone }

/// <summary>
/// Signed, expiring links for the weekly digest, like the directory's "klopt nog" links. The token names the
/// item and the person it was mailed to; that person's rights are checked again when the link is used.
/// </summary>
public sealed class FollowUpLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private ITimeLimitedDataProtector Protector => protection.CreateProtector("governance.follow-up-link.v1").ToTimeLimitedDataProtector();

    public string CreatePath(FollowUpTarget target) =>
        "/werkagenda/opvolgen?t=" + Uri.EscapeDataString(Protector.Protect(
            $"{(target.Kind == FollowUpKind.Action ? "a" : "m")}|{target.Id}|{target.UserId}", clock.GetUtcNow().Add(Lifetime)));

    /// <summary>The target, or null when the token is forged, damaged or expired.</summary>
    public FollowUpTarget? Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var parts = Protector.Unprotect(token, out var expiry).Split('|');
            if (expiry < clock.GetUtcNow() || parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0) return null;
            return parts[0] switch
            {
                "a" => new FollowUpTarget(FollowUpKind.Action, parts[1], parts[2]),
                "m" => new FollowUpTarget(FollowUpKind.Milestone, parts[1], parts[2]),
                _ => null,
            };
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
