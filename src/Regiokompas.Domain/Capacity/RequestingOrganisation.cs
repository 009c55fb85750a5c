namespace Regiokompas.Domain.Capacity;

/// <summary>
/// An organisation that may hold places in a region's units (a transfer desk, a hospital, a GP service).
/// Its members and API tokens may hold there, up to the configured number of open holds.
/// </summary>
public sealed class RequestingOrganisation
{
    public int OrganisationId { get; init; }
    public required string RegionId { get; init; }
    public DateTime GrantedAtUtc { get; init; }
}
