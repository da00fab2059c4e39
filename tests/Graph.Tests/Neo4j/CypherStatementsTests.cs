using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class CypherStatementsTests
{
    [Theory]
    [InlineData("3.1.1", CypherDialect.Neo4j3)]
    [InlineData("4.4.30", CypherDialect.Neo4j4)]
    [InlineData("5.26.0", CypherDialect.Neo4j5)]
    [InlineData("2025.01.0", CypherDialect.Neo4j5)]
    public void Server_version_selects_the_constraint_dialect(string version, CypherDialect dialect)
    {
        Assert.Equal(dialect, Neo4jServerInfo.DialectOf(version));
    }

    [Theory]
    [InlineData(CypherDialect.Neo4j5, "CREATE CONSTRAINT graph_person_name IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS UNIQUE")]
    [InlineData(CypherDialect.Neo4j4, "CREATE CONSTRAINT graph_person_name IF NOT EXISTS ON (n:Person) ASSERT n.name IS UNIQUE")]
    [InlineData(CypherDialect.Neo4j3, "CREATE CONSTRAINT ON (n:Person) ASSERT n.name IS UNIQUE")]
    public void Person_key_constraint_is_written_in_each_dialect(CypherDialect dialect, string expected)
    {
        Assert.Equal(expected, CypherStatements.Constraint(dialect, NodeLabels.Person));
    }

    [Fact]
    public void A_relationship_shape_outside_the_schema_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CypherStatements.MergeRelationships(new RelationshipShape(RelationshipTypes.Develops, NodeLabels.Person, NodeLabels.Technology)));
    }

    [Fact]
    public void Company_nodes_get_the_organization_label_and_data_only_travels_in_rows()
    {
        var s = CypherStatements.MergeNodes(NodeLabels.Company);
        Assert.StartsWith("UNWIND $rows AS row\nMERGE (n:Company {name: row.key})\nSET n:Organization\n", s);
        Assert.DoesNotContain("'", s);
    }
}
