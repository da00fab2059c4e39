using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// Industries: qualified sector lists and sectors read from company names (crafted sentences, invented names).
/// </summary>
public sealed class IndustryTests
{
    [Fact]
    public void A_company_named_after_a_sector_the_article_speaks_of_is_in_that_sector()
    {
        // given a sector sentence and a company whose name holds the sector
        var x = Articles.Extract("长垣市超硬材料产业规模突破百亿元。江州金锋超硬材料有限公司获评专精特新企业。");

        // then the company is in the sector
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.InIndustry && r.From.Name == "江州金锋超硬材料有限公司" && r.To.Name.StartsWith("超硬材料", StringComparison.Ordinal));
    }

    [Fact]
    public void Sectors_listed_before_a_place_and_qualifiers_and_chanye_are_industries()
    {
        // given 鞋服、纺织、石材等泉州传统优势产业
        var x = Articles.Extract("研究院将围绕鞋服、纺织、石材等泉州传统优势产业的共性技术需求开展攻关。");

        // then each is an industry
        foreach (var s in new[] { "鞋服", "纺织", "石材" })
        {
            Assert.Contains(x.Entities, e => e.Kind == EntityKind.Industry && e.Name == s);
        }
    }

    [Fact]
    public void A_county_the_article_names_is_dropped_from_the_front_of_an_industry()
    {
        // given a county-level city the article writes with 市, and its industry named with the town in front
        var x = Articles.Extract("江州省丹澄市召开大会。会上，丹澄眼镜产业联盟成立，推动丹澄眼镜产业向高端迈进。");

        // then the industry is 眼镜产业, not 丹澄眼镜产业
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Industry && e.Name == "眼镜产业");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Industry && e.Name == "丹澄眼镜产业");
    }

    [Theory]
    [InlineData("江州获批建设国家级生物医药产业集群。", "生物医药产业")]
    [InlineData("会议推动人工智能+制造业深度融合。", "制造业")]
    public void A_level_or_what_stands_before_a_plus_is_dropped_from_an_industry(string sentence, string industry)
    {
        // when the sentence is read, then the industry is the bare sector
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Industry && e.Name == industry);
    }
}
