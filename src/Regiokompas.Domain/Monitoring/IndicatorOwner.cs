using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Monitoring;

/// <summary>
/// Which organisation delivers an indicator's figures in one region. Indicators are shared by
/// all regions but organisations exist per region (ADR-002), so the owner is kept per region.
/// </summary>
public sealed class IndicatorOwner : IVersioned, IAudited
{
    public int Id { get; set; }
    public required string RegionId { get; init; }
    public required string IndicatorCode { get; init; }

    /// <summary>Plan-file key of the organisation, unique within <see cref="RegionId"/>.</summary>
    public required string OrganisationKey { get; set; }

    public int Version { get; set; }

    string IAudited.AuditKey => IndicatorCode;
    string? IAudited.AuditRegionId => RegionId;
}

/// <summary>
/// When figures are due. A period is due once its grace time after the end has passed: one day
/// for daily figures, one month for monthly and quarterly ones, six months for yearly ones
/// (population figures from CBS and the GGD come out well into the next year).
/// </summary>
public static class ReportingDue
{
    public static DateOnly DueDate(Period period, Frequency frequency) => frequency switch
    {
        Frequency.Daily => period.End.AddDays(1),
        Frequency.Monthly or Frequency.Quarterly => period.End.AddMonths(1),
        _ => period.End.AddMonths(6),
    };

    /// <summary>The latest period whose figures should be in on <paramref name="asOf"/>.</summary>
    public static Period LastDuePeriod(Frequency frequency, DateOnly asOf)
    {
        var period = Period.Containing(asOf, frequency);
        while (DueDate(period, frequency) > asOf) period = period.Previous();
        return period;
    }
}
