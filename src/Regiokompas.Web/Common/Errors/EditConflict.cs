namespace Regiokompas.Web.Common.Errors;

/// <summary>
/// A stale edit: the caller read version N but the item is now at a later version. Carries the
/// current values and who changed it last, so the user can see the other person's change.
/// </summary>
public sealed class EditConflict(string item, int yourVersion, int currentVersion, object current, string? changedBy, DateTime? changedAtUtc)
    : Exception($"Stale edit of {item}: version {yourVersion}, current {currentVersion}.")
{
    public string Item { get; } = item;
    public int YourVersion { get; } = yourVersion;
    public int CurrentVersion { get; } = currentVersion;
    public object Current { get; } = current;
    public string? ChangedBy { get; } = changedBy;
    public DateTime? ChangedAtUtc { get; } = changedAtUtc;
}

/// <summary>The actor may not do this: becomes 403.</summary>
public sealed class NotAllowed(string reason) : Exception(reason);
