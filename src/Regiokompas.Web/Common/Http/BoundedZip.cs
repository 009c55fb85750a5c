using System.IO.Compression;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Http;

/// <summary>How much a zip may hold once unpacked.</summary>
public sealed record ZipLimits(int MaxEntries, long MaxTotalBytes, int MaxRatio);

/// <summary>A zip broke one of its limits; the message is the Dutch (or English) sentence for the user.</summary>
public sealed class ZipLimitExceeded(string message) : Exception(message);

/// <summary>
/// Unpacks a zip within limits on the number of entries, the total unpacked size and the
/// compression ratio per entry. The sizes are counted while inflating, never taken from the
/// headers, which a zip bomb sets to whatever it likes.
/// </summary>
public static class BoundedZip
{
    /// <summary>Below this, a high ratio is harmless (a small text of repeated characters).</summary>
    private const long RatioFloorBytes = 1024 * 1024;

    public static IEnumerable<(string Name, byte[] Bytes)> ReadEntries(Stream zip, ZipLimits limits, Func<ZipArchiveEntry, bool> wanted)
    {
        ZipArchive archive;
        try { archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException) { throw new ZipLimitExceeded(Texts.Get("zip.invalid")); }
        using (archive)
        {
            if (archive.Entries.Count > limits.MaxEntries)
                throw new ZipLimitExceeded(Texts.Get("zip.too-many-entries", limits.MaxEntries));
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries.Where(wanted))
            {
                using var output = new MemoryStream();
                try
                {
                    using var input = entry.Open();
                    int read;
                    while ((read = input.Read(buffer)) > 0)
                    {
                        total += read;
                        if (total > limits.MaxTotalBytes)
                            throw new ZipLimitExceeded(Texts.Get("zip.too-large", BoundedBody.Describe(limits.MaxTotalBytes)));
                        if (output.Length + read > RatioFloorBytes && output.Length + read > Math.Max(entry.CompressedLength, 1) * limits.MaxRatio)
                            throw new ZipLimitExceeded(Texts.Get("zip.ratio", entry.FullName, limits.MaxRatio));
                        output.Write(buffer, 0, read);
                    }
                }
                catch (InvalidDataException) { throw new ZipLimitExceeded(Texts.Get("zip.invalid")); }
                yield return (entry.FullName, output.ToArray());
            }
        }
    }
}
