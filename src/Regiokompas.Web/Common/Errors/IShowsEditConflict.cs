namespace Regiokompas.Web.Common.Errors;

/// <summary>An edit page that shows the other person's change next to the form when a save conflicts.</summary>
public interface IShowsEditConflict
{
    /// <summary>Keeps what the person typed, shows <paramref name="conflict"/>'s current values, and lets the next save build on them.</summary>
    void ShowConflict(EditConflict conflict);
}
