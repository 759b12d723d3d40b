namespace OutreachBot.Protocol.Connector;

/// <summary>The connector refused or failed a call.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectorException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ConnectorException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an HTTP status the connector answered with.</summary>
    public ConnectorException(int statusCode, string message) : base(message) => StatusCode = statusCode;

    /// <summary>The HTTP status the connector answered with, when it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// True when a request that creates something (a message, a conversation) may or may not have taken effect: it
    /// timed out, the connection broke after sending, or the connector answered 502/504 (or 412, or 503 without
    /// Retry-After). It was not retried, so nothing was posted twice; check before sending it again.
    /// </summary>
    public bool OutcomeUnknown { get; init; }
}
