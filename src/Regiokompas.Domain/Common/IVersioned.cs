namespace Regiokompas.Domain.Common;

/// <summary>An entity with an optimistic-concurrency version that goes up on every save.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>Marks an entity whose changes go into the audit trail, with a readable key.</summary>
public interface IAudited
{
    string AuditKey { get; }
    string? AuditRegionId { get; }
}
