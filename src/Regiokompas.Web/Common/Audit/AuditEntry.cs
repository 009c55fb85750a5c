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
}
