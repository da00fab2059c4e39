using System.Text;
using Graph.Reading;

namespace Graph.Tests.Reading;

/// <summary>Test files under TestData/Reading and small helpers to read them.</summary>
internal static class ReadingTestData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Reading", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name), Encoding.UTF8);

    public static Article Read(string name, ReaderOptions? options = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return new ArticleReader(options).Read(name, stream);
    }

    public static Article Read(byte[] bytes, string name = "in-memory.txt") =>
        new ArticleReader().Read(name, new MemoryStream(bytes));

    public static ArticleFormatException ReadFails(byte[] bytes, string name = "in-memory.txt") =>
        Assert.Throws<ArticleFormatException>(() => Read(bytes, name));

    /// <summary>Field-by-field equality (ImmutableArray compares by reference).</summary>
    public static void AssertSame(Article expected, Article actual)
    {
        Assert.Equal(expected with { Annotations = ArticleAnnotations.None }, actual with { Annotations = ArticleAnnotations.None });
        Assert.Equal(expected.Annotations.Keywords.ToArray(), actual.Annotations.Keywords.ToArray());
        Assert.Equal(expected.Annotations.Technologies.ToArray(), actual.Annotations.Technologies.ToArray());
        Assert.Equal(expected.Annotations.Industries.ToArray(), actual.Annotations.Industries.ToArray());
        Assert.Equal(expected.Annotations.EventSummary, actual.Annotations.EventSummary);
    }

    /// <summary>A small article in the seed layout.</summary>
    public static string SampleArticle(string url = "https://example.cn/news/2024/3/15/a.html") =>
        $"标题: 示例省推进人工智能产业\n链接: {url}\n总结: \n\n3月15日，示例省召开人工智能产业推进会，部署新一年的重点工作。\n会议要求加快建设算力基础设施。\n\n关键词: 人工智能, 算力\n";

    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
}

/// <summary>An in-memory file system: path → bytes; folders are path prefixes ending in '/'.</summary>
internal sealed class InMemoryFileSystem : IArticleFileSystem
{
    private readonly Dictionary<string, Func<Stream>> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> lengths = new(StringComparer.Ordinal);

    public List<string> Opened { get; } = [];

    public InMemoryFileSystem Add(string path, byte[] content)
    {
        files[path] = () => new MemoryStream(content, writable: false);
        lengths[path] = content.Length;
        return this;
    }

    public InMemoryFileSystem Add(string path, string content) => Add(path, Encoding.UTF8.GetBytes(content));

    /// <summary>A file whose stream cannot be opened (like a locked file).</summary>
    public InMemoryFileSystem AddUnreadable(string path)
    {
        files[path] = () => throw new IOException("The process cannot access the file because it is being used by another process.");
        lengths[path] = 10;
        return this;
    }

    public bool FileExists(string path) => files.ContainsKey(path);

    public bool DirectoryExists(string path) => files.Keys.Any(f => f.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal));

    public IEnumerable<string> EnumerateTextFiles(string directory) =>
        files.Keys
            .Where(f => f.StartsWith(directory.TrimEnd('/') + "/", StringComparison.Ordinal) && f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Reverse();

    public long GetLength(string path) => lengths[path];

    public Stream OpenRead(string path)
    {
        Opened.Add(path);
        return files[path]();
    }
}
