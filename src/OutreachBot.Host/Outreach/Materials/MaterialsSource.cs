namespace OutreachBot.Host.Outreach.Materials;

/// <summary>Where the clinic's own pathway materials are kept.</summary>
public enum MaterialsSource
{
    /// <summary>A local folder (<see cref="MaterialsOptions.Folder"/>), or none: the shipped files only.</summary>
    Folder,

    /// <summary>A SharePoint or OneDrive document library through Graph (<see cref="MaterialsOptions.DriveId"/>).</summary>
    SharePoint,
}
