namespace Regiokompas.Web.Common.Audit;

/// <summary>One audit row as stored: who changed which field of which item, from what to what.</summary>
public sealed record AuditLine(DateTime AtUtc, string UserName, string EntityType, string EntityKey, string Operation, string Field, string? OldValue, string? NewValue);
