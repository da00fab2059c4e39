using Graph.Model;

namespace Graph.Export;

/// <summary>What <see cref="ExportWriter"/> wrote.</summary>
public sealed record ExportResult(string GraphMlPath, string Neo4jImportDirectory, Neo4jImportManifest Neo4jImport);

/// <summary>
/// Disk adapter over the stream writers: writes <c>graph.graphml</c> and <c>neo4j-import/</c> into an output folder
/// (created if missing). Each is first written under a temporary name in the same folder and then renamed into place,
/// so a crash leaves the previous export (or nothing), never a half-written file; a rewritten <c>neo4j-import/</c>
/// holds no stale CSV from an earlier run. Other files in the folder (graph.cypher) are left alone.
/// </summary>
public sealed class ExportWriter(GraphMlWriter graphMl, Neo4jImportWriter neo4jImport)
{
    public const string GraphMlFileName = "graph.graphml";
    public const string Neo4jImportFolderName = "neo4j-import";
    public const string YedFileName = "graph.yed.graphml";

    public ExportWriter()
        : this(new GraphMlWriter(), new Neo4jImportWriter())
    {
    }

    public ExportResult Write(KnowledgeGraph graph, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var outDir = CreateFolder(outputDirectory);

        var graphMlPath = Path.Combine(outDir, GraphMlFileName);
        WriteFileAtomically(graphMlPath, stream => graphMl.Write(graph, stream));

        var importDir = Path.Combine(outDir, Neo4jImportFolderName);
        var manifest = WriteFolderAtomically(importDir, target => neo4jImport.Write(graph, target));
        return new ExportResult(graphMlPath, importDir, manifest);
    }

    /// <summary>
    /// Writes one GraphML file of <paramref name="profile"/> into the folder (atomically, like <see cref="Write"/>):
    /// graph.graphml for <see cref="GraphMlProfile.Apoc"/>, graph.yed.graphml for <see cref="GraphMlProfile.Yed"/>.
    /// Returns its path.
    /// </summary>
    public string WriteGraphMl(KnowledgeGraph graph, string outputDirectory, GraphMlProfile profile)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var outDir = CreateFolder(outputDirectory);

        var path = Path.Combine(outDir, profile == GraphMlProfile.Yed ? YedFileName : GraphMlFileName);
        var writer = profile == graphMl.Profile ? graphMl : new GraphMlWriter(profile);
        WriteFileAtomically(path, stream => writer.Write(graph, stream));
        return path;
    }

    /// <summary>Creates the output folder (and its parents); returns its full path.</summary>
    public static string CreateFolder(string outputDirectory)
    {
        var outDir = Path.GetFullPath(outputDirectory);
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"Cannot create the output folder '{outDir}': {e.Message} Choose another --out folder.", e);
        }

        return outDir;
    }

    /// <summary>Writes a file under a temporary name and renames it into place, so a failure never leaves half a file.</summary>
    public static void WriteFileAtomically(string path, Action<Stream> write)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new ExportException($"Cannot write '{path}': {e.Message} Check the disk space and permissions of the output folder.", e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static T WriteFolderAtomically<T>(string folder, Func<IExportTarget, T> write)
    {
        var parent = Path.GetDirectoryName(folder)!;
        var name = Path.GetFileName(folder);
        var temp = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp");
        var old = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.old");
        try
        {
            var result = write(new DirectoryExportTarget(temp));
            var script = Path.Combine(temp, Neo4jImportWriter.ScriptFileName);
            if (!OperatingSystem.IsWindows() && File.Exists(script))
            {
                File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            if (Directory.Exists(folder))
            {
                Directory.Move(folder, old);
            }

            Directory.Move(temp, folder);
            TryDeleteFolder(old);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDeleteFolder(temp);
            throw new ExportException($"Cannot write '{folder}': {e.Message} Check the disk space and permissions of the output folder.", e);
        }
        catch
        {
            TryDeleteFolder(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // best effort: a leftover .tmp never shadows the real export
        }
    }

    private static void TryDeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // best effort: a leftover hidden folder never shadows the real export
        }
    }
}
