using System.Diagnostics;
using Graph.Reading;

namespace Graph.Tests.Reading;

public sealed class ArticleSourceTests
{
    [Fact]
    public void Folder_scan_goes_on_after_bad_files_in_ordinal_order()
    {
        // given a folder (listed in reverse order by the file system) with good, empty, binary, marker-only and unreadable files
        var files = new InMemoryFileSystem()
            .Add("in/b/good2.txt", ReadingTestData.SampleArticle("https://x.cn/2.html"))
            .Add("in/a_empty.txt", "")
            .Add("in/a_good1.txt", ReadingTestData.SampleArticle("https://x.cn/1.html"))
            .Add("in/binary.txt", [0x00, 0x01, 0x02, 0x03])
            .Add("in/markers.txt", ReadingTestData.Bytes("only_markers.txt"))
            .Add("in/notes.md", "not an article")
            .AddUnreadable("in/locked.txt");
        var source = new ArticleSource(files, new ArticleReader());

        // when the folder is read
        var outcomes = source.ReadAll(["in"]).ToList();

        // then every *.txt file is reported, in ordinal path order, bad ones with their reasons
        Assert.Equal(
            ["in/a_empty.txt", "in/a_good1.txt", "in/b/good2.txt", "in/binary.txt", "in/locked.txt", "in/markers.txt"],
            outcomes.Select(o => o.Path));
        Assert.Equal("empty file", outcomes[0].Skipped?.Reason);
        Assert.NotNull(outcomes[1].Article);
        Assert.NotNull(outcomes[2].Article);
        Assert.Equal("binary file, not text", outcomes[3].Skipped?.Reason);
        Assert.StartsWith("could not be read", outcomes[4].Skipped?.Reason, StringComparison.Ordinal);
        Assert.Equal("no article text (only conflict markers)", outcomes[5].Skipped?.Reason);
        Assert.All(outcomes, o => Assert.True(o.Article is null ^ o.Skipped is null));
    }

    [Fact]
    public void Files_and_folders_expand_in_input_order_each_file_once()
    {
        var files = new InMemoryFileSystem()
            .Add("d/x.txt", "a")
            .Add("d/y.TXT", "b")
            .Add("single.dat", "c");
        var source = new ArticleSource(files, new ArticleReader());

        var paths = source.Expand(["single.dat", "d", "d/x.txt", "missing.txt"]).ToList();

        Assert.Equal(["single.dat", "d/x.txt", "d/y.TXT", "missing.txt"], paths);
        Assert.Equal(ArticleSource.MissingReason, source.ReadOne("missing.txt").Skipped?.Reason);
    }

    [Fact]
    public void Article_source_is_the_file_name_and_skip_names_the_path()
    {
        var files = new InMemoryFileSystem()
            .Add("in/sub/a.txt", ReadingTestData.SampleArticle())
            .Add("in/sub/b.txt", " ");
        var source = new ArticleSource(files, new ArticleReader());

        var outcomes = source.ReadAll(["in"]).ToList();

        Assert.Equal("a.txt", outcomes[0].Article?.Source);
        Assert.Equal(new SkippedFile("in/sub/b.txt", "empty file"), outcomes[1].Skipped);
    }

    [Fact]
    public void File_over_the_limit_is_skipped_without_opening_it()
    {
        var files = new InMemoryFileSystem().Add("big.txt", new byte[5000]);
        var source = new ArticleSource(files, new ArticleReader(new ReaderOptions(MaxFileBytes: 4096)));

        var outcome = source.ReadOne("big.txt");

        Assert.Equal("larger than the 4096 byte limit for one article; split it", outcome.Skipped?.Reason);
        Assert.Empty(files.Opened);
    }

    [Fact]
    public void Twenty_megabyte_file_on_disk_is_skipped_with_the_8_mb_reason()
    {
        // given a real 20 MB text file in a temp folder, next to a good article
        var folder = Directory.CreateTempSubdirectory("graph-reader-");
        try
        {
            var big = Path.Combine(folder.FullName, "big.txt");
            using (var stream = File.Create(big))
            {
                stream.SetLength(20L * 1024 * 1024);
            }

            File.WriteAllText(Path.Combine(folder.FullName, "good.txt"), ReadingTestData.SampleArticle());
            var source = new ArticleSource(new ArticleReader());

            // when the folder is read
            var before = GC.GetAllocatedBytesForCurrentThread();
            var outcomes = source.ReadAll([folder.FullName]).ToList();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            // then the big file is skipped with the limit reason (not read into memory) and the good one is read
            Assert.Equal(new SkippedFile(big, "larger than the 8 MB limit for one article; split it"), outcomes[0].Skipped);
            Assert.NotNull(outcomes[1].Article);
            Assert.True(allocated < 4L * 1024 * 1024, $"allocated {allocated} bytes");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
