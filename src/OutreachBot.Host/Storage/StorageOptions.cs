using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Storage;

/// <summary>Where the pipeline lives (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// A Table Storage connection string (Azurite locally: <c>UseDevelopmentStorage=true</c>). In Azure, leave it empty
    /// and set <see cref="TableServiceUri"/> to use the managed identity instead.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service endpoint, for managed-identity access in Azure.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>A prefix for table names, so two bots (or test runs) can share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$", ErrorMessage = "Storage:TablePrefix must be letters and digits, starting with a letter.")]
    public string TablePrefix { get; set; } = string.Empty;
}
