using System.Reflection;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.GraphBench;

/// <summary>A Teams connector that refuses every call: the bench measures mail, and the card poster is never started.</summary>
public class NoConnector : DispatchProxy
{
    public static IConnectorClient Create() => Create<IConnectorClient, NoConnector>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        throw new NotSupportedException("The Graph bench makes no Teams call.");
}
