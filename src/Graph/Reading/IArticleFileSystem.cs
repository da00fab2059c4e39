namespace Graph.Reading;

/// <summary>The little file-system access the reader needs, so tests can run on in-memory files.</summary>
public interface IArticleFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>All *.txt files under <paramref name="directory"/>, recursively, in any order.</summary>
    IEnumerable<string> EnumerateTextFiles(string directory);

    long GetLength(string path);

    Stream OpenRead(string path);
}

/// <summary>The real disk.</summary>
public sealed class PhysicalFileSystem : IArticleFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public IEnumerable<string> EnumerateTextFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.txt", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
        });

    public long GetLength(string path) => new FileInfo(path).Length;

    public Stream OpenRead(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
}
