using System.Collections.Concurrent;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>One file in a fake document library: its item id, path from the library's root, and content.</summary>
public sealed record FakeDriveFile(string Id, string Path, byte[] Content);

/// <summary>
/// A SharePoint/OneDrive document library on the fake: files by path (folders exist as the paths' parents); paths are
/// matched ignoring case, as SharePoint does.
/// </summary>
public sealed class FakeGraphDrive
{
    private int _next;

    public ConcurrentDictionary<string, FakeDriveFile> Files { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Puts (or replaces, keeping its id) the file at <paramref name="path"/> ("Pathway materials/hand/consent.pdf").</summary>
    public FakeDriveFile Put(string path, byte[] content)
    {
        var id = Files.TryGetValue(path, out var existing) ? existing.Id : $"01FAKEITEM{Interlocked.Increment(ref _next):D6}";
        return Files[path] = new FakeDriveFile(id, path, content);
    }

    public FakeDriveFile? FindById(string id) => Files.Values.FirstOrDefault(f => f.Id == id);

    /// <summary>The files and subfolders directly in <paramref name="folder"/> ("" for the root); null when no such folder.</summary>
    public IReadOnlyList<(string Name, FakeDriveFile? File)>? Children(string folder)
    {
        folder = folder.Trim('/');
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var below = Files.Values.Where(f => f.Path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        if (folder.Length > 0 && below.Count == 0)
        {
            return null;
        }

        var children = new List<(string Name, FakeDriveFile? File)>();
        foreach (var file in below.OrderBy(f => f.Path, StringComparer.OrdinalIgnoreCase))
        {
            var rest = file.Path[prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            (string Name, FakeDriveFile? File) child = slash < 0 ? (rest, file) : (rest[..slash], null);
            if (!children.Exists(c => string.Equals(c.Name, child.Name, StringComparison.OrdinalIgnoreCase)))
            {
                children.Add(child);
            }
        }

        return children;
    }
}
