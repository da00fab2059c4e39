using System.Diagnostics;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>Load settings. <see cref="BatchSize"/> rows go into one statement, one transaction.</summary>
public sealed record LoadOptions(int BatchSize = LoadOptions.DefaultBatchSize, IProgress<LoadProgress>? Progress = null)
{
    /// <summary>Measured on Neo4j 3.1.1 (see the bench-load command): throughput flattens out from about 1,000 rows.</summary>
    public const int DefaultBatchSize = 1000;
}

/// <summary>Progress after each committed batch.</summary>
public sealed record LoadProgress(LoadBatch Batch, int RowsDone, int RowsTotal);

/// <summary>What a load did: the server, the summed counters, the batches and rows sent.</summary>
public sealed record LoadResult(Neo4jServerInfo Server, Neo4jCounters Counters, int Batches, int NodeRows, int RelationshipRows, TimeSpan Elapsed);

/// <summary>
/// Loads a <see cref="KnowledgeGraph"/> into Neo4j: uniqueness constraints first, then nodes per label and
/// relationships per (type, end labels) as batched UNWIND/MERGE statements, each batch one transaction. Idempotent:
/// loading the same graph again creates nothing; a second corpus merges into shared nodes and unions their lists.
/// </summary>
public sealed class Neo4jLoader(Neo4jHttpClient client)
{
    /// <summary>Library entry point (build --neo4j): connect, load, return the counters.</summary>
    public static async Task<LoadResult> LoadAsync(
        KnowledgeGraph graph,
        Neo4jConnection connection,
        LoadOptions? options = null,
        HttpMessageHandler? handler = null,
        CancellationToken cancellationToken = default)
    {
        using var client = new Neo4jHttpClient(connection, handler);
        return await new Neo4jLoader(client).LoadAsync(graph, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadResult> LoadAsync(KnowledgeGraph graph, LoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LoadOptions();
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The batch size must be at least 1.");
        }

        var clock = Stopwatch.StartNew();
        var server = await client.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var counters = Neo4jCounters.None;
        foreach (var constraint in CypherStatements.Constraints(server.Dialect))
        {
            try
            {
                counters += (await client.RunAsync(constraint, null, cancellationToken).ConfigureAwait(false)).Counters;
            }
            catch (Neo4jStatementException e)
            {
                throw new Neo4jStatementException(
                    $"Creating the uniqueness constraint failed ({constraint.Replace('\n', ' ')}): {e.Message} " +
                    "If existing data has duplicate keys, remove the duplicates or load into an empty database.", e.Code);
            }
        }

        var work = new List<(string Target, string Statement, List<IReadOnlyDictionary<string, object?>> Rows)>();
        foreach (var group in graph.Nodes.GroupBy(n => n.Label))
        {
            work.Add((group.Key, CypherStatements.MergeNodes(group.Key), group.Select(LoadRows.Node).ToList()));
        }

        var nodeRows = graph.Nodes.Length;
        foreach (var group in graph.Edges.GroupBy(e => LoadRows.ShapeOf(graph, e)).OrderBy(g => CypherStatements.RelationshipShapes.IndexOf(g.Key)))
        {
            work.Add((group.Key.ToString(), CypherStatements.MergeRelationships(group.Key), group.Select(e => LoadRows.Relationship(graph, e)).ToList()));
        }

        var total = nodeRows + graph.Edges.Length;
        var done = 0;
        var batches = 0;
        foreach (var (target, statement, rows) in work)
        {
            for (int start = 0, index = 0; start < rows.Count; start += options.BatchSize, index++)
            {
                var slice = rows.GetRange(start, Math.Min(options.BatchSize, rows.Count - start));
                var batch = new LoadBatch(target, index, start, start + slice.Count);
                try
                {
                    var result = await client.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = slice }, cancellationToken).ConfigureAwait(false);
                    counters += result.Counters;
                }
                catch (Neo4jException e) when (e is Neo4jStatementException or Neo4jTransientException)
                {
                    throw new Neo4jBatchException(batch, e);
                }

                batches++;
                done += slice.Count;
                options.Progress?.Report(new LoadProgress(batch, done, total));
            }
        }

        return new LoadResult(server, counters, batches, nodeRows, graph.Edges.Length, clock.Elapsed);
    }
}
