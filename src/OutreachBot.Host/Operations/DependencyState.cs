namespace OutreachBot.Host.Operations;

/// <summary>One dependency's state for <c>/readyz</c>: <c>ready</c>, <c>failing</c> or <c>not configured</c>, with a reason in words.</summary>
public sealed record DependencyState(string Name, string State, string Detail)
{
    public const string Ready = "ready";
    public const string Failing = "failing";
    public const string NotConfigured = "not configured";

    public bool IsReady => State != Failing;
}
