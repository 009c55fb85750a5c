using System.Security.Cryptography;
using System.Text;
using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory;

/// <summary>
/// The Dutch themes as HSDS taxonomy terms. Their ids are derived from the code (a name-based
/// UUID, as RFC 9562 version 5), so every instance and every export gives a theme the same id.
/// </summary>
public static class ThemeTerms
{
    private static readonly Guid Namespace = new("6f1c3b8e-2a4d-4e57-9c1a-7d3e5b9a0c42");
    public static readonly Guid TaxonomyId = NameBased("taxonomy:" + DutchThemes.TaxonomyId);
    private static readonly Dictionary<string, Guid> Ids = DutchThemes.All.ToDictionary(t => t.Code, t => NameBased(t.Code));
    private static readonly Dictionary<Guid, string> Codes = Ids.ToDictionary(p => p.Value, p => p.Key);

    public static Guid IdOf(string code) => Ids.TryGetValue(code, out var id) ? id : NameBased(code);

    public static string? CodeOf(Guid id) => Codes.GetValueOrDefault(id);

    /// <summary>Stable id for anything the directory derives rather than stores (theme attributes, profile attributes).</summary>
    public static Guid NameBased(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var bytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. ns, .. bytes]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
