namespace Regiokompas.Web.Common.Errors;

/// <summary>What an edit page shows next to its form after a conflict: the item as the other person left it, and who and when.</summary>
public sealed record EditConflictView<T>(T Current, string? ChangedBy, DateTime? ChangedAtUtc)
{
    /// <summary>The view of <paramref name="conflict"/>, whose current values are a <typeparamref name="T"/>.</summary>
    public static EditConflictView<T> Of(EditConflict conflict) => new((T)conflict.Current, conflict.ChangedBy, conflict.ChangedAtUtc);
}
