using System.Buffers;
using System.Text;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Http;

/// <summary>Why an uploaded text was refused, and on which line; <see cref="Message"/> is for the user.</summary>
public sealed record TextProblem(int Line, string Code, params object[] Arguments)
{
    public string Message => Texts.Get(Code, Arguments);
}

/// <summary>
/// Uploaded text must be UTF-8 (with or without BOM) without invisible control characters.
/// Anything else (Latin-1 from an old Excel, UTF-16, a lone surrogate, binary, NUL bytes, the
/// right-to-left override that makes a text read differently than it is stored) is refused with
/// the place of the first bad character, instead of being stored with replacement characters.
/// </summary>
public static class StrictText
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the whole stream (bounded by the route's body limit) as UTF-8, dropping a BOM.</summary>
    public static async Task<(string? Text, TextProblem? Problem)> ReadUtf8Async(Stream input, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static (string? Text, TextProblem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        return Check(bytes) is { } problem ? (null, problem) : (Utf8.GetString(bytes), null);
    }

    /// <summary>The first problem in the bytes, or null; for parsers that take bytes (JSON) and need no string.</summary>
    public static TextProblem? Check(ReadOnlySpan<byte> bytes)
    {
        var scanner = new Scanner();
        var at = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (at < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[at..], out var rune, out var consumed);
            if (status != OperationStatus.Done) return scanner.NotUtf8(at);
            if (!scanner.Next(rune)) return scanner.Problem;
            at += consumed;
        }
        return null;
    }

    /// <summary>C0 controls other than tab and line breaks, DEL, and the bidirectional overrides and isolates.</summary>
    public static bool IsForbidden(Rune r) =>
        (r.Value < 0x20 && r.Value is not ('\t' or '\n' or '\r')) || r.Value == 0x7F
        || r.Value is >= 0x202A and <= 0x202E || r.Value is >= 0x2066 and <= 0x2069;

    /// <summary>Counts lines and columns over the characters and notes the first forbidden one.</summary>
    internal sealed class Scanner
    {
        private int _line = 1;
        private int _column;

        public TextProblem? Problem { get; private set; }

        public bool Next(Rune rune)
        {
            if (rune.Value == '\n') { _line++; _column = 0; return true; }
            _column++;
            if (!IsForbidden(rune)) return true;
            Problem = new TextProblem(_line, "input.control-char", _line, _column, $"U+{rune.Value:X4}");
            return false;
        }

        public TextProblem NotUtf8(long byteOffset) => Problem = new TextProblem(_line, "input.not-utf8", _line, byteOffset);
    }
}

/// <summary>
/// Passes a stream through while checking it as <see cref="StrictText"/> does. At the first bad
/// byte it stops: the reader above gets the complete lines before it and then the end of the
/// input, and <see cref="Problem"/> says where. So a large upload is checked without holding it.
/// </summary>
public sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private readonly byte[] _carry = new byte[4];
    private readonly StrictText.Scanner _scanner = new();
    private int _carryLength;
    private long _offset;
    private bool _ended;

    public TextProblem? Problem => _scanner.Problem;

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

    /// <summary>Checks the bytes in front; keeps an incomplete last character back for the next read.</summary>
    private int Check(Span<byte> data, int length, bool atEnd)
    {
        var at = 0;
        var lastLineEnd = 0;
        while (at < length)
        {
            var status = Rune.DecodeFromUtf8(data[at..length], out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData && !atEnd) break;
            if (status != OperationStatus.Done) _scanner.NotUtf8(_offset + at);
            else if (!(_offset == 0 && at == 0 && rune.Value == 0xFEFF)) _scanner.Next(rune);
            if (_scanner.Problem is not null)
            {
                // Hand over only whole lines, so the reader above never sees part of the bad one.
                _ended = true;
                _offset += lastLineEnd;
                return lastLineEnd;
            }
            at += consumed;
            if (rune.Value == '\n') lastLineEnd = at;
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
