namespace Graph.Tests.EndToEnd;

/// <summary>
/// Folders of the checkout: the repo root (the folder holding Graph.sln) and the shared folder — ../shared beside it,
/// or wherever GRAPH_SHARED points.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Where the shared folder should be (it may be missing).</summary>
    public static string SharedPath => Environment.GetEnvironmentVariable("GRAPH_SHARED") is { Length: > 0 } set
        ? Path.GetFullPath(set)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Shared
    {
        get
        {
            var shared = SharedPath;
            Assert.True(Directory.Exists(shared), $"The shared folder is missing: expected {shared} beside the repo root {Root} or in GRAPH_SHARED (it holds eval/ and tools/; every checkout and CI run needs it).");
            return shared;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
