using Graph.Model;

namespace Graph.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Company_nodes_are_also_organizations()
    {
        Assert.Equal(new[] { NodeLabels.Company, NodeLabels.Organization }, GraphSchema.LabelsOf(NodeLabels.Company).ToArray());
    }
}
