using System.Text;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// Writes graph.cypher: Neo4j 5 uniqueness constraints, then the same UNWIND/MERGE statements the loader sends, with
/// the rows inlined as literal lists of maps (<see cref="BatchSize"/> rows per statement). Runnable with
/// <c>cypher-shell -f graph.cypher</c>; every statement ends with ';' at the end of a line; same graph, same bytes.
/// </summary>
public sealed class CypherScriptWriter(TextWriter writer, int batchSize = 500)
{
    public int BatchSize { get; } = batchSize > 0 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize));

    public void Write(KnowledgeGraph graph)
    {
        writer.Write("// Knowledge graph as a Cypher script for Neo4j 5: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f graph.cypher\n");
        writer.Write($"// {graph.Nodes.Length} nodes, {graph.Edges.Length} relationships. Idempotent: MERGE on each label's key.\n");
        foreach (var c in CypherStatements.Constraints(CypherDialect.Neo4j5))
        {
            writer.Write(c);
            writer.Write(";\n");
        }

        foreach (var group in graph.Nodes.GroupBy(n => n.Label))
        {
            WriteBatches(group.Select(LoadRows.Node).ToList(), rows => CypherStatements.MergeNodes(group.Key, rows));
        }

        foreach (var group in graph.Edges.GroupBy(e => LoadRows.ShapeOf(graph, e)).OrderBy(g => CypherStatements.RelationshipShapes.IndexOf(g.Key)))
        {
            WriteBatches(group.Select(e => LoadRows.Relationship(graph, e)).ToList(), rows => CypherStatements.MergeRelationships(group.Key, rows));
        }

        writer.Flush();
    }

    private void WriteBatches(List<IReadOnlyDictionary<string, object?>> rows, Func<string, string> statement)
    {
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var sb = new StringBuilder("[\n");
            var end = Math.Min(rows.Count, start + BatchSize);
            for (var i = start; i < end; i++)
            {
                sb.Append("  ");
                CypherLiteral.Write(sb, rows[i]);
                sb.Append(i + 1 < end ? ",\n" : "\n");
            }

            sb.Append(']');
            writer.Write(statement(sb.ToString()));
            writer.Write(";\n");
        }
    }
}
