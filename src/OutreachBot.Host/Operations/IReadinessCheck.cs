namespace OutreachBot.Host.Operations;

/// <summary>One dependency <c>/readyz</c> reports on. Checks never throw; a failure is a state with a reason.</summary>
public interface IReadinessCheck
{
    Task<DependencyState> CheckAsync(CancellationToken cancellationToken);
}
