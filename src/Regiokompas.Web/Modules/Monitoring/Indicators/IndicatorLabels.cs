namespace Regiokompas.Web.Modules.Monitoring.Indicators;

/// <summary>Dutch (or English) names of the indicator enums for forms and lists, from the module's text registry.</summary>
public static class IndicatorLabels
{
    public static string Label<T>(T value) where T : struct, Enum =>
        MonitoringTexts.Get($"monitoring.enum.{typeof(T).Name}.{value}");

    /// <summary>The catalogue name (value of a form option) with its label, in the enum's order.</summary>
    public static IReadOnlyList<(string Value, string Label)> Options<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (IndicatorInput.EnumName(v), Label(v))).ToList();

    /// <summary>Label for a catalogue name such as "higherIsBetter"; the name itself when unknown.</summary>
    public static string LabelOf<T>(string? name) where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var v) && Enum.IsDefined(v) ? Label(v) : name ?? "";
}
