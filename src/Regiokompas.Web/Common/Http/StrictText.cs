using System.Buffers;
using System.Text;
using Regiokompas.Domain.Common;
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
        scanner.Scan(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes, atEnd: true, 0, out _);
        return scanner.Problem;
    }

    /// <summary>Printable ASCII, tab and line breaks: the bytes of nearly every file, checked in bulk.</summary>
    private static readonly SearchValues<byte> Plain =
        SearchValues.Create([(byte)'\t', (byte)'\n', (byte)'\r', .. Enumerable.Range(0x20, 0x7F - 0x20).Select(b => (byte)b)]);

    /// <summary>Counts lines and columns over the characters and notes the first forbidden one.</summary>
    internal sealed class Scanner
    {
        private int _line = 1;
        private int _column;

        public TextProblem? Problem { get; private set; }

        /// <summary>
        /// Checks <paramref name="data"/>, which starts at <paramref name="offset"/> in the input, and
        /// returns how many bytes hold whole characters (all of them at the end of the input);
        /// <paramref name="lineEnd"/> is the position after the last line break before any problem.
        /// </summary>
        public int Scan(ReadOnlySpan<byte> data, bool atEnd, long offset, out int lineEnd)
        {
            var at = 0;
            lineEnd = 0;
            while (at < data.Length)
            {
                var plain = data[at..].IndexOfAnyExcept(Plain) is var next and >= 0 ? next : data.Length - at;
                if (plain > 0)
                {
                    var run = data.Slice(at, plain);
                    var lastBreak = run.LastIndexOf((byte)'\n');
                    if (lastBreak < 0) _column += plain;
                    else
                    {
                        _line += run.Count((byte)'\n');
                        _column = plain - lastBreak - 1;
                        lineEnd = at + lastBreak + 1;
                    }
                    at += plain;
                    continue;
                }
                var status = Rune.DecodeFromUtf8(data[at..], out var rune, out var consumed);
                if (status == OperationStatus.NeedMoreData && !atEnd) break;
                if (status != OperationStatus.Done)
                {
                    Problem = new TextProblem(_line, "input.not-utf8", _line, offset + at + 1); // counted from 1, as lines are
                    return at;
                }
                _column++;
                if (TextRules.IsForbidden(rune.Value))
                {
                    Problem = new TextProblem(_line, "input.control-char", _line, _column, $"U+{rune.Value:X4}");
                    return at;
                }
                at += consumed;
            }
            return at;
        }
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
        var whole = _scanner.Scan(data[..length], atEnd, _offset, out var lineEnd);
        if (_scanner.Problem is not null)
        {
            // Hand over only whole lines, so the reader above never sees part of the bad one.
            _ended = true;
            _offset += lineEnd;
            return lineEnd;
        }
        _carryLength = length - whole;
        data.Slice(whole, _carryLength).CopyTo(_carry);
        _offset += whole;
        return whole;
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
