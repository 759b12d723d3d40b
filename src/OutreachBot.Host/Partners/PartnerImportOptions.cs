using System.ComponentModel.DataAnnotations;

namespace OutreachBot.Host.Partners;

/// <summary>Partner CSV files shared in a 1:1 chat (section <c>Partners</c>).</summary>
public sealed class PartnerImportOptions
{
    public const string SectionName = "Partners";

    /// <summary>Hosts a shared file's pre-authorised download URL may point at (<c>.suffix</c> matches subdomains): the tenant's OneDrive/SharePoint.</summary>
    public IList<string> ImportFileHosts { get; set; } = [".sharepoint.com"];

    /// <summary>The largest CSV file read.</summary>
    [Range(1024, 10 * 1024 * 1024)]
    public int MaxImportFileBytes { get; set; } = 1024 * 1024;
}
