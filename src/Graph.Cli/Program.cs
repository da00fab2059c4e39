using Graph.Cli.Commands;
using Spectre.Console.Cli;

namespace Graph.Cli;

public static class Program
{
    public static int Main(string[] args) => CreateApp().Run(args);

    /// <summary>The command tree; each command lives in Commands/ and is a thin shell over the library.</summary>
    public static CommandApp CreateApp()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("graph");
            config.PropagateExceptions();
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Read article files or folders, extract and resolve entities, write GraphML, neo4j-admin CSV and a Cypher script.")
                .WithExample("build", "seeds", "--out", "graph-exports");
            config.AddCommand<LoadCommand>("load").WithDescription("Load a graph (graph.graphml or article files/folders) into Neo4j over HTTP.").WithExample("load", "seeds", "--neo4j", "http://localhost:7474");
            config.AddCommand<CypherCommand>("cypher").WithDescription("Run a Cypher query against Neo4j and print the rows (table, json, csv).").WithExample("cypher", "-f", "queries/visits.cypher");
            config.AddCommand<LoadBenchCommand>("bench-load").IsHidden();
            // Further commands (extract) register here.
        });
        return app;
    }
}
