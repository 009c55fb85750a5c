using Regiokompas.Domain.Capacity;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.Capacity;

/// <summary>The names enums have in the API (kebab-case) and the Dutch labels pages show.</summary>
public static class CapacityNames
{
    public static string Of(ReservationStatus s) => s switch
    {
        ReservationStatus.NoShow => "no-show",
        _ => s.ToString().ToLowerInvariant(),
    };

    public static string Of(Urgency u) => u.ToString().ToLowerInvariant();

    public static bool TryParseUrgency(string? value, out Urgency urgency) =>
        Enum.TryParse(value, ignoreCase: true, out urgency) && Enum.IsDefined(urgency);

    public static string Dutch(ReservationStatus s) => s switch
    {
        ReservationStatus.Requested => "aangevraagd",
        ReservationStatus.Held => "vastgehouden",
        ReservationStatus.Confirmed => "bevestigd",
        ReservationStatus.Arrived => "opgenomen",
        ReservationStatus.Declined => "afgewezen",
        ReservationStatus.Expired => "verlopen",
        ReservationStatus.Released => "vrijgegeven",
        ReservationStatus.Cancelled => "geannuleerd",
        ReservationStatus.NoShow => "niet verschenen",
        _ => s.ToString(),
    };

    public static string Dutch(Urgency u) => u switch
    {
        Urgency.Acute => "acuut",
        Urgency.Urgent => "spoed",
        _ => "gepland",
    };

    /// <summary>Urgency in the reader's language.</summary>
    public static string Label(Urgency u) => u switch
    {
        Urgency.Acute => Ui.T("acuut", "acute"),
        Urgency.Urgent => Ui.T("spoed", "urgent"),
        _ => Ui.T("gepland", "planned"),
    };
}
