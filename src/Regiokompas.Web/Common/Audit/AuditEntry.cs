namespace Regiokompas.Web.Common.Audit;

/// <summary>One changed field. Rows are only ever added: the interceptor refuses updates and deletes.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public string? RegionId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public required string Operation { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }

    /// <summary>
    /// The one entry a bulk write leaves instead of rows per entity (ADR-008): who, when, which import or
    /// publication, and its counts as "name=value; ..." in NewValue. The key and the counts are cut to fit.
    /// </summary>
    public static AuditEntry Summary(string? userId, string userName, DateTime atUtc, string entityType, string entityKey, string operation,
        string counts, string? regionId = null) => new()
    {
        AtUtc = atUtc, UserId = userId, UserName = userName, RegionId = regionId, EntityType = entityType,
        EntityKey = entityKey.Length > 200 ? entityKey[..200] : entityKey, Operation = operation, Field = "*",
        NewValue = counts.Length > 4000 ? counts[..3999] + "…" : counts,
    };
}
