using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Capacity;

/// <summary>Forms show Dutch local time; the database keeps UTC.</summary>
public static class CapacityTime
{
    private static readonly TimeZoneInfo Amsterdam = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Amsterdam);

    public static string Age(int? minutes) => minutes switch
    {
        null => Ui.T("nooit gemeld", "never reported"),
        < 1 => Ui.T("zojuist", "just now"),
        < 60 => Ui.T($"{minutes} min geleden", $"{minutes} min ago"),
        < 48 * 60 => Ui.T($"{minutes / 60} uur geleden", $"{minutes / 60} h ago"),
        _ => Ui.T($"{minutes / 1440} dagen geleden", $"{minutes / 1440} days ago"),
    };

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
