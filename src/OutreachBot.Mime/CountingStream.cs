namespace OutreachBot.Mime;

/// <summary>A write-only sink that counts bytes and keeps at most <c>keep</c> of them (zero: keeps none).</summary>
internal sealed class CountingStream(long keep) : Stream
{
    private readonly MemoryStream _kept = new();

    public long Count { get; private set; }

    /// <summary>True when more bytes were written than were kept.</summary>
    public bool Truncated => Count > _kept.Length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Count;

    public override long Position { get => Count; set => throw new NotSupportedException(); }

    public byte[] Kept() => _kept.ToArray();

    public override void Write(byte[] buffer, int offset, int count)
    {
        var room = (int)Math.Clamp(keep - _kept.Length, 0, count);
        if (room > 0)
        {
            _kept.Write(buffer, offset, room);
        }

        Count += count;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _kept.Dispose();
        }

        base.Dispose(disposing);
    }
}
