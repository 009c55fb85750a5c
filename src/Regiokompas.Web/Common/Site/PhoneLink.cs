namespace Regiokompas.Web.Common.Site;

/// <summary>Phone numbers as links, for the site's contact page and the directory alike.</summary>
public static class PhoneLink
{
    /// <summary>A phone number as a tel: URI (digits and a leading plus only).</summary>
    public static string Tel(string number)
    {
        var trimmed = number.Trim();
        return "tel:" + (trimmed.StartsWith('+') ? "+" : "") + new string(trimmed.Where(char.IsAsciiDigit).ToArray());
    }
}
