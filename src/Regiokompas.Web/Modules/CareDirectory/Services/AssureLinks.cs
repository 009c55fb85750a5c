using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

/// <summary>
/// Signed, expiring "klopt nog" links for e-mail reminders: whoever holds the link may confirm
/// that one entry is still correct, without an account, until the link expires.
/// </summary>
public sealed class AssureLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private ITimeLimitedDataProtector Protector => protection.CreateProtector("caredirectory.assure-link.v1").ToTimeLimitedDataProtector();

    public string CreateToken(Guid serviceId) =>
        Protector.Protect(serviceId.ToString("N"), clock.GetUtcNow().Add(Lifetime));

    public string CreatePath(Guid serviceId) => "/hulp/klopt-nog?t=" + Uri.EscapeDataString(CreateToken(serviceId));

    /// <summary>The service the token is for, or null when it is forged, damaged or expired.</summary>
    public Guid? Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var text = Protector.Unprotect(token, out var expiry);
            return expiry >= clock.GetUtcNow() && Guid.TryParseExact(text, "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
