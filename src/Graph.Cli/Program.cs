using Graph.Cli.Commands;
using Spectre.Console.Cli;

namespace Graph.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return CreateApp().Run(args);
        }
        catch (CommandAppException e)
        {
            // A mistyped command line: say what is wrong, not a stack trace.
            Console.Error.WriteLine($"graph: {e.Message} (see graph --help)");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"graph: unexpected error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Internal;
        }
    }

    /// <summary>The command tree; each command lives in Commands/ and is a thin shell over the library.</summary>
    public static CommandApp CreateApp()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("graph");
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Read article files or folders, extract and resolve entities, write GraphML, neo4j-admin CSV and a Cypher script.")
                .WithExample("build", "seeds", "--out", "graph-exports");
            config.AddCommand<LoadCommand>("load").WithDescription("Load a graph (graph.graphml or article files/folders) into Neo4j over HTTP.").WithExample("load", "seeds", "--neo4j", "http://localhost:7474");
            config.AddCommand<CypherCommand>("cypher").WithDescription("Run a Cypher query against Neo4j and print the rows (table, json, csv).").WithExample("cypher", "-f", "queries/visits.cypher");
            config.AddCommand<StatsCommand>("stats").WithDescription("Top people, companies, organizations and technologies by degree and PageRank, and the connected components.").WithExample("stats", "graph-exports/graph.graphml", "--top", "5");
            config.AddCommand<PathCommand>("path").WithDescription("Shortest path between two entities (names or aliases); exit 1 when they are not connected.").WithExample("path", "黄强", "人形机器人", "seeds");
            config.AddCommand<LoadBenchCommand>("bench-load").IsHidden();
            config.AddCommand<ViewCommand>("view").WithDescription("Write the graph as a self-contained interactive HTML page (offline) or a static SVG.").WithExample("view", "seeds", "--only", "company-technology");
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Tag entities in JSON lines ({\"text\": ...}) with the learned NER model, add the genre rules' relations and events; one result line per input line.");
            config.AddCommand<TrainNerCommand>("train-ner")
                .WithDescription("Train the learned NER tagger on CLUENER2020 train.json (deterministic).");
        });
        return app;
    }
}
