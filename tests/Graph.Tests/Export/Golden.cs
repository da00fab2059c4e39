namespace Graph.Tests.Export;

/// <summary>Byte-for-byte comparison against committed files in TestData/Export; a mismatch saves the actual bytes for review.</summary>
internal static class Golden
{
    public static string DataDir => Path.Combine(AppContext.BaseDirectory, "TestData", "Export");

    public static void AssertMatches(string relativePath, byte[] actual)
    {
        var problem = Check(relativePath, actual);
        if (problem is not null)
        {
            Assert.Fail(problem);
        }
    }

    /// <summary>Null when <paramref name="actual"/> equals the golden file, else what differs (the actual bytes are saved).</summary>
    public static string? Check(string relativePath, byte[] actual)
    {
        var expectedPath = Path.Combine(DataDir, relativePath);
        var actualPath = Path.Combine(AppContext.BaseDirectory, "actual", "Export", relativePath);
        if (!File.Exists(expectedPath))
        {
            Save(actualPath, actual);
            return $"Golden file TestData/Export/{relativePath} is missing; the actual output was saved to {actualPath}: review it and commit it there.";
        }

        var expected = File.ReadAllBytes(expectedPath);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Save(actualPath, actual);
            var at = expected.AsSpan().CommonPrefixLength(actual);
            return $"Output differs from TestData/Export/{relativePath} at byte {at} (expected {expected.Length} bytes, got {actual.Length}); actual saved to {actualPath}.";
        }

        return null;
    }

    private static void Save(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
