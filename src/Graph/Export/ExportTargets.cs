using System.Collections.Immutable;

namespace Graph.Export;

/// <summary>Where an export's files go: opens a new, empty, writable stream for a relative path ('/'-separated).</summary>
public interface IExportTarget
{
    Stream Create(string relativePath);
}

/// <summary>Keeps written files in memory (tests, previews). Not thread-safe.</summary>
public sealed class InMemoryExportTarget : IExportTarget
{
    private readonly SortedDictionary<string, MemoryStream> _files = new(StringComparer.Ordinal);

    public Stream Create(string relativePath)
    {
        var stream = new MemoryStream();
        _files[relativePath] = stream;
        return stream;
    }

    /// <summary>The files written so far, by relative path (ordinal order).</summary>
    public ImmutableSortedDictionary<string, byte[]> Files =>
        _files.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>Writes files under a root folder, creating sub-folders as needed.</summary>
public sealed class DirectoryExportTarget(string root) : IExportTarget
{
    public string Root { get; } = Path.GetFullPath(root);

    public Stream Create(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ExportException($"Export file '{relativePath}' would land outside '{Root}'.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
    }
}
