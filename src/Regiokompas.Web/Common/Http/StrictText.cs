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

/// <summary>
/// Passes a stream through while checking that it is UTF-8. At the first bad byte it stops: the
/// reader above gets the complete lines before it and then the end of the input, and
/// <see cref="Problem"/> says where. So a large upload is checked without holding it in memory.
/// </summary>
public sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private long _offset;
    private int _line = 1;
    private bool _ended;

    public EncodingProblem? Problem { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // A read that brings only part of a character passes nothing on; read again rather than signal the end.
        while (true)
        {
            if (_ended || buffer.Length <= _carryLength) return 0;
            _carry.AsSpan(0, _carryLength).CopyTo(buffer);
            var read = inner.Read(buffer[_carryLength..]);
            var passed = Check(buffer, _carryLength + read, atEnd: read == 0);
            if (passed > 0 || read == 0 || _ended) return passed;
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        while (true)
        {
            if (_ended || buffer.Length <= _carryLength) return 0;
            _carry.AsSpan(0, _carryLength).CopyTo(buffer.Span);
            var read = await inner.ReadAsync(buffer[_carryLength..], ct);
            var passed = Check(buffer.Span, _carryLength + read, atEnd: read == 0);
            if (passed > 0 || read == 0 || _ended) return passed;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    /// <summary>Validates the bytes in front; keeps an incomplete last character back for the next read.</summary>
    private int Check(Span<byte> data, int length, bool atEnd)
    {
        var at = 0;
        var lastLineEnd = 0;
        while (at < length)
        {
            var status = Rune.DecodeFromUtf8(data[at..length], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.NeedMoreData && !atEnd) break;
            if (status != System.Buffers.OperationStatus.Done)
            {
                Problem = new EncodingProblem(_line, _offset + at);
                _ended = true;
                // Hand over only whole lines, so the CSV reader never sees half of the bad one.
                _offset += lastLineEnd;
                return lastLineEnd;
            }
            if (data[at] == (byte)'\n') { _line++; lastLineEnd = at + 1; }
            at += consumed;
        }
        _carryLength = length - at;
        data.Slice(at, _carryLength).CopyTo(_carry);
        _offset += at;
        return at;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _offset; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
