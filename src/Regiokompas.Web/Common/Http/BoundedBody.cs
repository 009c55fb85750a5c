using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Http;

/// <summary>
/// The most bytes a request to an endpoint may send. Put it on a minimal API endpoint with
/// <see cref="BoundedBody.WithBodyLimit{TBuilder}"/> or on a page model as an attribute;
/// endpoints without one get <see cref="BoundedBody.DefaultLimit"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class BodyLimitAttribute(long bytes) : Attribute
{
    public long Bytes { get; } = bytes;
}

/// <summary>Thrown by the bounded body stream when a request sends more than its endpoint allows.</summary>
public sealed class BodyTooLargeException(long limit) : Exception($"Request body larger than {limit} bytes")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// One body limit for every request, enforced while the body streams in, so a chunked body
/// (no Content-Length) is cut off at the limit just like a declared one, and the answer is always
/// 413 with a Dutch problem detail naming the limit. The limits per route are listed in docs/limits.md.
/// </summary>
public static class BoundedBody
{
    /// <summary>For JSON bodies and forms without a file: far above any honest request.</summary>
    public const long DefaultLimit = 1024 * 1024;

    public const string Code = "request.too-large";

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimitAttribute(bytes));

    public static IServiceCollection AddBoundedBodies(this IServiceCollection services) => services
        // Multipart files are bounded by the body limit itself; the form reader's own limit (128 MB) would answer 400 first.
        .Configure<FormOptions>(o => o.MultipartBodyLengthLimit = long.MaxValue)
        // A body that does not bind (broken or too deep JSON) throws, so the API's exception handler answers it in Dutch
        // with the line and position, rather than a bare 400.
        .Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    /// <summary>For the error page: a request that did not bind stays a 400 (or 413), not a 500.</summary>
    public static int StatusOf(Exception e) =>
        e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    /// <summary>A request the framework could not read (body not JSON, parameter missing): 400, or Kestrel's own status.</summary>
    public static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        var json = bad.InnerException as System.Text.Json.JsonException;
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? Texts.Get(Code, Texts.Get("request.server-limit"))
                : json is not null ? Texts.Get("request.invalid-json", (json.LineNumber ?? 0) + 1, (json.BytePositionInLine ?? 0) + 1)
                : Texts.Get("request.invalid"),
            // The framework's sentence is English and names a C# type; the Dutch title already says where the JSON broke.
            Detail = json is null ? bad.Message : null,
        };
        problem.Extensions["code"] = json is not null ? "request.invalid-json" : "request.invalid";
        return problem;
    }

    /// <summary>After UseRouting (it needs the endpoint) and before anything that reads a body.</summary>
    public static IApplicationBuilder UseBoundedBodies(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // The error page shown for a page's 413 (or any status) needs none of the body that was refused.
            http.Request.Body = Stream.Null;
            http.Request.ContentLength = 0;
            await next();
            return;
        }
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<BodyLimitAttribute>()?.Bytes ?? DefaultLimit;
        if (http.Request.ContentLength > limit)
        {
            await TooLargeAsync(http, limit);
            return;
        }
        // The server's own limit (Kestrel: 30 MB, answered as 400) would fire first; ours replaces it.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server) server.MaxRequestBodySize = null;
        http.Request.Body = new LimitedStream(http.Request.Body, limit);
        try
        {
            await next();
        }
        catch (Exception e) when (Find(e) is { } tooLarge && !http.Response.HasStarted)
        {
            http.Response.Clear();
            await TooLargeAsync(http, tooLarge.Limit);
        }
    });

    private static BodyTooLargeException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BodyTooLargeException tooLarge) return tooLarge;
        return null;
    }

    public static string Describe(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB"
        : $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB";

    /// <summary>Where a page's 413 leaves the limit for the error page, which names it.</summary>
    public const string LimitItem = "BoundedBody.Limit";

    private static async Task TooLargeAsync(HttpContext http, long limit)
    {
        // The rest of the body is not read: the connection closes rather than drain a hostile upload.
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        http.Response.Headers.Connection = "close";
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            // A person on a form gets the Dutch error page (re-executed by the status code pages), not JSON.
            http.Items[LimitItem] = limit;
            return;
        }
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = Texts.Get(Code, Describe(limit)),
            Instance = http.Request.Path,
        };
        problem.Extensions["code"] = Code;
        problem.Extensions["limitBytes"] = limit;
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    /// <summary>Counts bytes as they are read and throws once more than the limit have arrived.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), ct));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Count(await inner.ReadAsync(buffer, ct));

        private int Count(int read)
        {
            _read += read;
            if (_read > limit) throw new BodyTooLargeException(limit);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
