namespace Regiokompas.Web.Common.Errors;

/// <summary>A page whose view needs data (lists, the item itself) that a refused write left unloaded.</summary>
public interface IReloadsAfterWriteError
{
    /// <summary>Loads what the page shows again; false when the item no longer exists (the filter answers 404).</summary>
    Task<bool> ReloadAfterWriteErrorAsync(CancellationToken ct);
}
