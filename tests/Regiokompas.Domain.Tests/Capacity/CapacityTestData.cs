using Regiokompas.Domain.Capacity;

namespace Regiokompas.Domain.Tests.Capacity;

internal static class CapacityTestData
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static CapacityType ElvHigh() => new()
    {
        Code = "elv-hoog", Name = "ELV hoogcomplex", Kind = CapacityKind.BedPool,
        FreshnessMinutes = 12 * 60, HoldMinutes = 60, NoShowGraceMinutes = 240,
    };

    /// <summary>A unit whose last report (one hour ago) says open, occupied and blocked as given.</summary>
    public static CapacityUnit Unit(int open, int occupied = 0, int blocked = 0, DateTime? reportedAt = null)
    {
        var unit = new CapacityUnit
        {
            RegionId = "ijssel-vecht", OrganisationId = 7, LocationId = 3, MunicipalityCode = "GM0193",
            TypeCode = "elv-hoog", Name = "Afdeling De Linde",
        };
        var at = reportedAt ?? Now.AddHours(-1);
        unit.Report(new ReportFigures(open, occupied, blocked, blocked > 0 ? "Personeelstekort" : null), ReportSource.Form, "planner", at, at);
        return unit;
    }

    public static HoldRequest Request(string key = "k-1", string patient = "TP-0001", Urgency urgency = Urgency.Urgent, DateTime? arrival = null) =>
        new(key, "transferverpleegkundige Isala", 12, urgency, arrival ?? Now.AddHours(4), patient);
}
