using System.Collections.Immutable;
using Graph.Model;
using Graph.Reading;

namespace Graph.Pipeline;

/// <summary>What one build produced: the frozen graph, the articles read and the files skipped with reasons.</summary>
public sealed record PipelineResult(
    KnowledgeGraph Graph,
    ImmutableArray<Article> Articles,
    ImmutableArray<SkippedFile> Skipped,
    TimeSpan Elapsed);

/// <summary>
/// The whole build: read → extract → resolve → assemble. Stages are fixed at construction (immutable pipeline).
/// </summary>
public sealed class GraphPipeline
{
    /// <summary>Builds the graph from files and folders (*.txt, ordinal order). Bad files are skipped and reported.</summary>
    public PipelineResult Build(IEnumerable<string> inputs, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        _ = inputs;
        _ = progress;
        _ = cancellationToken;
        throw new NotImplementedException("Pipeline is being written.");
    }
}
