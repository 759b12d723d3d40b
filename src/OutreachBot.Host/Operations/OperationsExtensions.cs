using Azure.Monitor.OpenTelemetry.AspNetCore;

namespace OutreachBot.Host.Operations;

public static class OperationsExtensions
{
    /// <summary>
    /// Running in production: a shutdown that lets work in hand finish (<see cref="OperationsOptions.ShutdownTimeout"/>),
    /// the readiness checks behind <c>/readyz</c>, and, when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set,
    /// OpenTelemetry traces, metrics and logs to Application Insights. The logs are the app's own ([LoggerMessage],
    /// ids only); request traces carry paths such as /api/messages, never message bodies.
    /// </summary>
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        // Read straight from configuration: the host reads its options before start-up validation runs, and a
        // validation failure must surface as the start-up message, not from inside the host's constructor.
        var shutdownTimeout = builder.Configuration.GetValue<TimeSpan?>($"{OperationsOptions.SectionName}:{nameof(OperationsOptions.ShutdownTimeout)}")
            ?? new OperationsOptions().ShutdownTimeout;
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = shutdownTimeout);
        builder.Services.AddSingleton<IReadinessCheck, StorageReadiness>();
        builder.Services.AddSingleton<IReadinessCheck, GraphReadiness>();
        builder.Services.AddSingleton<IReadinessCheck, SubscriptionReadiness>();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<OperationsOptions>, RequiredSettings>();

        if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            builder.Services.AddOpenTelemetry().UseAzureMonitor(monitor =>
            {
                // Azure.Identity for ingestion is not needed: the connection string's key is not a secret. Keep the
                // default sampling; record no SQL or request bodies (none are collected by these instrumentations).
                monitor.EnableLiveMetrics = false;
            });
        }

        return builder;
    }
}
