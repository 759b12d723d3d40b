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
}
