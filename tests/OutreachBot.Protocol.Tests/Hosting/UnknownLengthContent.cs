using System.Net;
using System.Net.Http.Headers;

namespace OutreachBot.Protocol.Tests.Hosting;

/// <summary>A JSON body sent without Content-Length (chunked), so the server learns its size only by reading it.</summary>
public sealed class UnknownLengthContent : HttpContent
{
    private readonly byte[] _bytes;

    public UnknownLengthContent(byte[] bytes)
    {
        _bytes = bytes;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
