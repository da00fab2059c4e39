using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Graph.Export;
using Graph.Model;

namespace Graph.Tests.Export;

public sealed partial class Neo4jImportWriterTests
{
    private static (Neo4jImportManifest Manifest, IReadOnlyDictionary<string, byte[]> Files) Write(KnowledgeGraph graph)
    {
        var target = new InMemoryExportTarget();
        var manifest = new Neo4jImportWriter().Write(graph, target);
        return (manifest, target.Files);
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }

    [Fact]
    public void Sample_graph_gives_exactly_the_golden_csv_files_and_script()
    {
        var (_, files) = Write(ExportSample.Build());

        var goldenDir = Path.Combine(Golden.DataDir, "neo4j-import");
        var expectedNames = Directory.Exists(goldenDir)
            ? Directory.GetFiles(goldenDir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : [];
        var problems = files.Select(f => Golden.Check(Path.Combine("neo4j-import", f.Key), f.Value)).OfType<string>().ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(expectedNames, files.Keys.ToList());
    }

    [Fact]
    public void One_node_file_per_primary_label_and_one_relationship_file_per_type_and_label_pair()
    {
        var (manifest, _) = Write(ExportSample.Build());

        Assert.Equal(
            ["Article.csv", "Person.csv", "Company.csv", "Organization.csv", "Technology.csv", "Location.csv", "Event.csv"],
            manifest.NodeFiles.Select(f => f.FileName));
        Assert.Equal(
            [
                "MENTIONS_Article_Person.csv", "MENTIONS_Article_Company.csv", "MENTIONS_Article_Organization.csv",
                "REPORTED_IN.csv", "PARTICIPATED_IN.csv", "INVOLVED_Event_Company.csv", "INVOLVED_Event_Organization.csv",
                "HOLDS_POSITION_Person_Organization.csv", "DEVELOPS_Company_Technology.csv",
                "LOCATED_IN_Company_Location.csv", "LOCATED_IN_Organization_Location.csv",
            ],
            manifest.RelationshipFiles.Select(f => f.FileName));
    }

    [Fact]
    public void Csv_headers_follow_the_neo4j_admin_header_grammar_and_ids_resolve()
    {
        // given the files written for the sample graph
        var graph = ExportSample.Build();
        var (manifest, files) = Write(graph);
        var idsByLabel = new Dictionary<string, HashSet<string>>();

        // then every node file header is <key>:ID(<Label>), typed properties, :LABEL
        foreach (var file in manifest.NodeFiles)
        {
            var rows = ReadCsv(files[file.FileName]);
            var header = rows[0];
            var label = file.LabelOrType;
            Assert.Equal($"{GraphSchema.KeyOf(label)}:ID({label})", header[0]);
            Assert.Equal(":LABEL", header[^1]);
            Assert.All(header[1..^1], column => Assert.Matches(PropertyColumn(), column));
            Assert.Equal(header.Length, rows.Select(r => r.Length).Distinct().Single());
            Assert.Equal(graph.Nodes.Count(n => n.Label == label), rows.Count - 1);
            Assert.All(rows.Skip(1), r => Assert.Equal(string.Join(';', GraphSchema.LabelsOf(label)), r[^1]));
            idsByLabel[label] = rows.Skip(1).Select(r => r[0]).ToHashSet();
            Assert.Equal(rows.Count - 1, idsByLabel[label].Count);
        }

        // and every relationship file header is :START_ID(<Label>), :END_ID(<Label>), typed properties, :TYPE,
        // whose ids all exist in that label's node file
        var relationships = 0;
        foreach (var file in manifest.RelationshipFiles)
        {
            var rows = ReadCsv(files[file.FileName]);
            var header = rows[0];
            var start = StartId().Match(header[0]);
            var end = EndId().Match(header[1]);
            Assert.True(start.Success && end.Success, $"{file.FileName}: header starts {header[0]},{header[1]}");
            Assert.Equal(":TYPE", header[^1]);
            Assert.All(header[2..^1], column => Assert.Matches(PropertyColumn(), column));
            foreach (var row in rows.Skip(1))
            {
                Assert.Contains(row[0], idsByLabel[start.Groups[1].Value]);
                Assert.Contains(row[1], idsByLabel[end.Groups[1].Value]);
                Assert.Equal(file.LabelOrType, row[^1]);
                relationships++;
            }
        }

        Assert.Equal(graph.Edges.Length, relationships);
    }

    [Fact]
    public void Import_script_runs_neo4j_admin_full_import_over_every_file_written()
    {
        var (manifest, files) = Write(ExportSample.Build());
        var script = Encoding.UTF8.GetString(files[Neo4jImportWriter.ScriptFileName]);

        Assert.StartsWith("#!/usr/bin/env bash\n", script);
        Assert.Contains("DATABASE=\"${DATABASE:-neo4j}\"", script);
        Assert.Contains("\"$NEO4J_ADMIN\" database import full \"$DATABASE\" \\\n", script);
        Assert.Contains("  --array-delimiter=';' \\\n", script);
        Assert.Contains("  --overwrite-destination=true \\\n", script);
        var listed = ImportFlag().Matches(script).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        var expected = manifest.NodeFiles.Select(f => ("nodes", f.LabelOrType, f.FileName))
            .Concat(manifest.RelationshipFiles.Select(f => ("relationships", f.LabelOrType, f.FileName)))
            .ToList();
        Assert.Equal(expected, listed);
        Assert.Equal(files.Keys.Where(k => k.EndsWith(".csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal), listed.Select(l => l.Item3).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_items_keep_quotes_and_markup_and_their_semicolons_become_full_width()
    {
        var (_, files) = Write(ExportSample.Build());
        var rows = ReadCsv(files["Company.csv"]);
        var aliases = rows[1][Array.IndexOf(rows[0], "aliases:string[]")];

        Assert.Equal(["示例", "示例；机器人", "\"示例\" <&>"], aliases.Split(';'));
    }

    [Fact]
    public void Multiline_values_and_forbidden_characters_survive_as_one_clean_field()
    {
        var (_, files) = Write(ExportSample.Build(dirty: true));

        var events = ReadCsv(files["Event.csv"]);
        Assert.Equal("Line one\r\nline two\twith tab 😀", events[1][Array.IndexOf(events[0], "summary")]);
        var orgs = ReadCsv(files["Organization.csv"]);
        Assert.Contains(orgs.Skip(1), r => r[0] == "Bad Name \"Q\" <&> 'x'");
    }

    [Fact]
    public void Files_are_utf8_without_bom_and_identical_across_runs_and_dirty_input()
    {
        var first = Write(ExportSample.Build(dirty: true)).Files;
        var second = Write(ExportSample.Build(dirty: true)).Files;
        var clean = Write(ExportSample.Build(dirty: false)).Files;

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first)
        {
            Assert.Equal(bytes, second[name]);
            Assert.Equal(bytes, clean[name]);
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{name} starts with a BOM");
        }
    }

    // name, optionally :type with a neo4j-admin property type (arrays with [])
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(:(int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(\[\])?)?$")]
    private static partial Regex PropertyColumn();

    [GeneratedRegex(@"^:START_ID\(([A-Za-z]+)\)$")]
    private static partial Regex StartId();

    [GeneratedRegex(@"^:END_ID\(([A-Za-z]+)\)$")]
    private static partial Regex EndId();

    [GeneratedRegex(@"--(nodes|relationships)=([A-Z_a-z]+)=([^ \\\n]+)")]
    private static partial Regex ImportFlag();
}
