using System.Text;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Http;

/// <summary>Where a text file is not UTF-8: the line and the byte offset of the first bad byte.</summary>
public sealed record EncodingProblem(int Line, long ByteOffset)
{
    public string Message => Texts.Get("input.not-utf8", Line, ByteOffset);
}

/// <summary>
/// Uploaded text must be UTF-8 (with or without BOM). Anything else (Latin-1 from an old Excel,
/// UTF-16, a lone surrogate, binary) is refused with the place of the first bad byte, instead of
/// being stored with replacement characters nobody notices.
/// </summary>
public static class StrictText
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the whole stream (bounded by the caller's body limit) as UTF-8, dropping a BOM.</summary>
    public static async Task<(string? Text, EncodingProblem? Problem)> ReadUtf8Async(Stream input, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static (string? Text, EncodingProblem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return (Utf8.GetString(bytes), null);
        var bad = FirstInvalid(bytes);
        return (null, new EncodingProblem(bytes[..bad].Count((byte)'\n') + 1, bad));
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length && Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            at += consumed;
        return at;
    }
}
