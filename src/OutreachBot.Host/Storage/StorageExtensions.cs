using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace OutreachBot.Host.Storage;

public static class StorageExtensions
{
    /// <summary>One shared <see cref="TableServiceClient"/>, the pipeline's tables, and their creation at start.</summary>
    public static IServiceCollection AddPipelineStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString) || o.TableServiceUri is not null,
                "Set Storage:ConnectionString (Azurite locally) or Storage:TableServiceUri (managed identity in Azure).")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new TableServiceClient(options.TableServiceUri, new DefaultAzureCredential())
                : new TableServiceClient(options.ConnectionString);
        });
        services.AddSingleton<PipelineTables>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
