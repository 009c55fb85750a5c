namespace Regiokompas.Web.Common.Errors;

/// <summary>An edit page that shows the other person's change next to the form when a save conflicts.</summary>
public interface IShowsEditConflict
{
    /// <summary>
    /// Keeps what the person typed, shows <paramref name="conflict"/>'s current values and sets the form's version to
    /// <see cref="EditConflict.CurrentVersion"/>. The filter adds the message and drops the posted version.
    /// </summary>
    void ShowConflict(EditConflict conflict);
}
