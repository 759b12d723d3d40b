namespace OutreachBot.Mime;

/// <summary>How <see cref="EmlMessageReader"/> bounds the slow parts of reading a message.</summary>
public sealed record EmlReadOptions
{
    public static readonly EmlReadOptions Default = new();

    /// <summary>
    /// Time one PDF attachment may take to read. Past it, the attachment is flagged for a person ("PDF took too long
    /// to read") and the message is still read: a malformed or huge PDF never holds up a batch.
    /// </summary>
    public TimeSpan PdfTimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock the time limit is measured on (tests pass a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
