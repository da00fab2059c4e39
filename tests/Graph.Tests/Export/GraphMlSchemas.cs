using System.Xml;
using System.Xml.Schema;

namespace Graph.Tests.Export;

/// <summary>
/// Validates GraphML against the schema files in TestData/GraphMl, offline: every schemaLocation (relative, or an
/// official http://graphml.graphdrawing.org/... address) resolves to the file of the same name in that folder.
/// </summary>
internal static class GraphMlSchemas
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "GraphMl");

    /// <summary>The validation errors and warnings of <paramref name="document"/> against schema file <paramref name="entry"/> (empty: valid).</summary>
    public static IReadOnlyList<string> Problems(byte[] document, string entry)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new LocalResolver(Dir) };
        using (var reader = XmlReader.Create(Path.Combine(Dir, entry), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            schemas.Add(null, reader);
        }

        schemas.Compile();
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var validating = XmlReader.Create(new MemoryStream(document), settings);
        while (validating.Read())
        {
        }

        return problems;
    }

    /// <summary>Maps any schema address to the local file of the same name; refuses anything else.</summary>
    private sealed class LocalResolver(string dir) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = Path.Combine(dir, Path.GetFileName(absoluteUri.AbsolutePath));
            if (!File.Exists(path))
            {
                throw new XmlSchemaException($"Schema '{absoluteUri}' is not in {dir}; add the file there (no network access in tests).");
            }

            return File.OpenRead(path);
        }
    }
}
