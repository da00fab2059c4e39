using System.Collections.Immutable;
using System.Diagnostics;
using Graph.Extraction;
using Graph.Model;
using Graph.Reading;
using Graph.Resolution;

namespace Graph.Pipeline;

/// <summary>What one build produced: the frozen graph, the articles read and the files skipped with reasons.</summary>
public sealed record PipelineResult(
    KnowledgeGraph Graph,
    ImmutableArray<Article> Articles,
    ImmutableArray<SkippedFile> Skipped,
    TimeSpan Elapsed);

/// <summary>Articles extracted so far out of those read.</summary>
public readonly record struct BuildProgress(int Done, int Total);

/// <summary>A file under --strict that could not be read: the build stops.</summary>
public sealed class StrictInputException(SkippedFile file)
    : Exception($"{file.Source}: {file.Reason} (--strict makes any bad input file fatal; fix or remove the file, or run without --strict)")
{
    public SkippedFile File { get; } = file;
}

/// <summary>
/// The whole build: read → extract (in parallel, order kept) → resolve across the corpus → assemble.
/// The stages are fixed at construction; the same inputs give the same graph whatever the thread count.
/// </summary>
public sealed class GraphPipeline
{
    private readonly ArticleSource _source;
    private readonly IArticleExtractor _extractor;
    private readonly bool _strict;
    private readonly int _threads;

    public GraphPipeline(ArticleSource? source = null, IArticleExtractor? extractor = null, bool strict = false, int threads = 0)
    {
        _source = source ?? new ArticleSource(new ArticleReader());
        _extractor = extractor ?? new GenreExtractor(Lexicon.LoadEmbedded());
        _strict = strict;
        _threads = threads > 0 ? threads : Environment.ProcessorCount;
    }

    /// <summary>Builds the graph from files and folders (*.txt, ordinal order). Bad files are skipped and reported.</summary>
    public PipelineResult Build(IEnumerable<string> inputs, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = _source.ReadAll(inputs, cancellationToken).ToList();
        var skipped = outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!).ToList();
        if (_strict && skipped.Count > 0)
        {
            throw new StrictInputException(skipped[0]);
        }

        // The same article twice (same URL, else same title) is read once; the copy is reported.
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        var unique = ImmutableArray.CreateBuilder<Article>();
        foreach (var o in outcomes.Where(o => o.Article is not null))
        {
            if (firstById.TryAdd(o.Article!.Id, o.Path))
            {
                unique.Add(o.Article);
            }
            else
            {
                skipped.Add(new SkippedFile(o.Path, $"same article (same URL, or same title without URL) as {firstById[o.Article.Id]}; read once"));
            }
        }

        var articles = unique.ToImmutable();
        var done = 0;
        // One article the extractor fails on is reported and left out; the others go on (no half-built graph).
        var extracted = articles.AsParallel().AsOrdered().WithDegreeOfParallelism(_threads).WithCancellation(cancellationToken)
            .Select(a =>
            {
                (ArticleExtraction? X, SkippedFile? Failed) r;
                try
                {
                    r = (_extractor.Extract(a), null);
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    r = (null, new SkippedFile(a.Source, $"extraction failed ({e.GetType().Name}: {e.Message}); the article is left out, please report it with the file"));
                }

                progress?.Report(new BuildProgress(Interlocked.Increment(ref done), articles.Length));
                return r;
            })
            .ToList();
        var extractions = extracted.Where(o => o.X is not null).Select(o => o.X!).ToList();
        skipped.AddRange(extracted.Where(o => o.Failed is not null).Select(o => o.Failed!));
        if (_strict && extracted.FirstOrDefault(o => o.Failed is not null).Failed is { } failed)
        {
            throw new StrictInputException(failed);
        }

        var graph = Assemble(extractions);
        var read = extractions.Select(x => x.Article).ToImmutableArray();
        return new PipelineResult(graph, read, [.. skipped], clock.Elapsed);
    }

    /// <summary>Resolves and assembles already-extracted articles.</summary>
    public static KnowledgeGraph Assemble(IReadOnlyList<ArticleExtraction> extractions) =>
        GraphAssembler.Assemble(extractions, EntityResolver.Build(extractions));
}
