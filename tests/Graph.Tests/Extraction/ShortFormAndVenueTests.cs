using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>Implied short forms, venues and signings told before their parties (crafted sentences, invented names).</summary>
public sealed class ShortFormAndVenueTests
{
    [Fact]
    public void A_company_called_by_its_brand_and_trade_word_later_develops_what_it_launches()
    {
        // given the full name at a launch in a named hall, then the brand form 栖梧智能
        var x = Articles.Extract("11月18日，浙江栖梧智能家电股份有限公司新品发布会在江州市北岸镇栖梧智造中心举行。发布会上，栖梧智能正式推出新一代全自动烹饪机器人。");

        // then the hall is no organization and the company develops the robot
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Organization && e.Name.EndsWith("智造中心", StringComparison.Ordinal));
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "浙江栖梧智能家电股份有限公司" && r.To.Name == "全自动烹饪机器人");
    }

    [Fact]
    public void A_two_character_short_form_inside_a_longer_word_is_not_the_company()
    {
        // given 高原光伏 (a company) and 高原型储能系统 (a product word that starts with 高原)
        var x = Articles.Extract("西藏高原光伏新能源有限公司负责人发言。藏电储能科技股份有限公司研发的高原型液冷储能系统已投运。");

        // then the system keeps its whole name and is developed by its maker
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "藏电储能科技股份有限公司" && r.To.Name == "高原型液冷储能系统");
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "西藏高原光伏新能源有限公司");
    }

    [Fact]
    public void A_signing_told_before_its_parties_involves_the_parties_of_the_next_signing_sentence()
    {
        // given 签约仪式举行。仪式上，A同B签订…
        var x = Articles.Extract("7月13日，江州市数字经济项目签约仪式举行。仪式上，江州市人民政府分别同青川电子集团、江州云帆科技有限公司签订战略合作协议。");

        // then the signing involves the parties
        var signing = Assert.Single(x.Events, e => e.Type == EventTypes.Signing);
        Assert.Contains(signing.Involved, o => o.Name == "青川电子集团");
        Assert.Contains(signing.Involved, o => o.Name == "江州云帆科技有限公司");
    }
}

/// <summary>Product lists and table lines (crafted sentences, invented names).</summary>
public sealed class ProductListTests
{
    private static bool Develops(ArticleExtraction x, string from, string to) =>
        x.Relations.Any(r => r.Type == RelationshipTypes.Develops && r.From.Name == from && r.To.Name == to);

    [Fact]
    public void Products_a_project_mainly_makes_are_technologies_of_its_company()
    {
        // given 项目，投资…，主要生产A和B
        var x = Articles.Extract("江州瑞驰汽车部件有限公司一体化压铸项目，投资15亿元，主要生产一体化压铸后地板和电驱壳体；");

        // then both products are technologies the company develops
        Assert.True(Develops(x, "江州瑞驰汽车部件有限公司", "一体化压铸后地板"));
        Assert.True(Develops(x, "江州瑞驰汽车部件有限公司", "电驱壳体"));
    }

    [Fact]
    public void A_table_line_of_a_company_and_its_new_products_gives_each_product_without_its_model_number()
    {
        // given ——X有限公司：GW-8.5MW陆上风电机组、126米碳纤维主梁叶片、风机智能运维平台“QL-Eye”；
        var x = Articles.Extract("记者梳理了部分企业的新品情况：\n——甘肃青岚风电装备有限公司：GW-8.5MW陆上风电机组、126米碳纤维主梁叶片、风机智能运维平台“QL-Eye”；\n");

        // then each product, without the model number, is developed by the company
        foreach (var t in new[] { "陆上风电机组", "碳纤维主梁叶片", "风机智能运维平台" })
        {
            Assert.True(Develops(x, "甘肃青岚风电装备有限公司", t), t);
        }
    }
}
