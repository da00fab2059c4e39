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
    [Fact]
    public void Products_a_project_mainly_makes_are_technologies_of_its_company()
    {
        // given 项目，投资…，主要生产A和B
        var x = Articles.Extract("江州瑞驰汽车部件有限公司一体化压铸项目，投资15亿元，主要生产一体化压铸后地板和电驱壳体；");

        // then both products are technologies the company develops
        Assert.True(x.Develops("江州瑞驰汽车部件有限公司", "一体化压铸后地板"));
        Assert.True(x.Develops("江州瑞驰汽车部件有限公司", "电驱壳体"));
    }

    [Fact]
    public void A_table_line_of_a_company_and_its_new_products_gives_each_product_without_its_model_number()
    {
        // given ——X有限公司：GW-8.5MW陆上风电机组、126米碳纤维主梁叶片、风机智能运维平台“QL-Eye”；
        var x = Articles.Extract("记者梳理了部分企业的新品情况：\n——甘肃青岚风电装备有限公司：GW-8.5MW陆上风电机组、126米碳纤维主梁叶片、风机智能运维平台“QL-Eye”；\n");

        // then each product, without the model number, is developed by the company
        foreach (var t in new[] { "陆上风电机组", "碳纤维主梁叶片", "风机智能运维平台" })
        {
            Assert.True(x.Develops("甘肃青岚风电装备有限公司", t), t);
        }
    }
}

/// <summary>Surnames, branch banks, meetings and company-word short forms (crafted sentences, invented names).</summary>
public sealed class NamesOfPeopleAndFirmsTests
{
    [Theory]
    [InlineData("市政协委员阎立栋在发言中说，公司将加大投入。", "阎立栋")]
    [InlineData("福建鸿远纺织科技股份有限公司董事长洪嘉立介绍了新产品。", "洪嘉立")]
    public void Surnames_of_the_hundred_family_list_start_names(string sentence, string person)
    {
        // when the sentence is read, then the person is found
        Assert.Equal(person, Articles.Extract(sentence).Person(person).Name);
    }

    [Fact]
    public void Members_and_company_representatives_is_not_a_person()
    {
        // given 委员和企业代表 (和 is also a surname)
        var x = Articles.Extract("部分市政协委员和企业代表先后发言。");

        // then nobody called 和企业 is found
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_consultation_meeting_is_not_a_chamber_and_a_bank_branch_is_a_company()
    {
        // given 专题协商会 and 中国X银行Y分行
        var x = Articles.Extract("6月19日，江州市政协召开专题协商会。中国泽安银行江州分行与江州市科技局签约。");

        // then no organization ends in 协商会 and the branch is a company
        Assert.DoesNotContain(x.Entities, e => e.Name.EndsWith("协商会", StringComparison.Ordinal));
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "中国泽安银行江州分行");
    }

    [Fact]
    public void A_brand_with_gongsi_is_the_company_of_that_brand()
    {
        // given 沈阳X工业互联网有限公司 and later X公司
        var x = Articles.Extract("视察组走进沈阳锐远工业互联网有限公司。据介绍，该平台由锐远公司推出。");

        // then one company, with 锐远公司 as its alias
        var firm = Assert.Single(x.Entities, e => e.Kind == EntityKind.Company);
        Assert.Equal("沈阳锐远工业互联网有限公司", firm.Name);
        Assert.Contains("锐远公司", firm.Aliases);
    }
}

/// <summary>Laboratory names with two fields (crafted sentence, invented names).</summary>
public sealed class LaboratoryNameTests
{
    [Fact]
    public void A_laboratory_named_after_two_fields_joined_by_yu_is_one_organization()
    {
        // given X与Y湖南省重点实验室
        var x = Articles.Extract("青川理工大学与智能感知与控制湖南省重点实验室联合研发了故障诊断大模型。");

        // then the whole laboratory name is one organization
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "智能感知与控制湖南省重点实验室");
    }
}

/// <summary>Makers joined before 研制的 (crafted sentence, invented names).</summary>
public sealed class JoinedMakersTests
{
    [Fact]
    public void Every_maker_joined_before_yanzhi_de_develops_the_product()
    {
        // given 发布由A和B研制的X
        var x = Articles.Extract("9月12日，青川理工大学正式发布由青川理工大学轨道交通学院和江州智能牵引重点实验室研制的轨道交通装备智能运维大模型。");

        // then both makers develop it
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "青川理工大学轨道交通学院");
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州智能牵引重点实验室");
    }
}

/// <summary>Co-builders, suppliers after 由, capabilities joined by 和 (crafted sentences, invented names).</summary>
public sealed class BuildersAndSuppliersTests
{
    [Fact]
    public void Both_bodies_that_jointly_built_a_quoted_platform_develop_it()
    {
        // given 由A与B（以下简称“Y”）共同建设的“X”平台
        var x = Articles.Extract("上周，由江州新区政务服务中心与江州智远数字科技有限公司（以下简称“智远科技”）共同建设的“热线智能助手”平台正式上线运行。");

        // then both develop it (named with or without 平台)
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州智远数字科技有限公司" && r.To.Name.StartsWith("热线智能助手", StringComparison.Ordinal));
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州新区政务服务中心" && r.To.Name.StartsWith("热线智能助手", StringComparison.Ordinal));
    }

    [Fact]
    public void The_body_after_you_that_supplies_a_component_develops_it()
    {
        // given 平台的语音识别引擎由X提供
        var x = Articles.Extract("江州新区政务服务中心的热线平台已上线。平台的语音识别引擎由北京云声信息技术有限公司提供，方言识别准确率超过92%。");

        // then the supplier develops the engine
        Assert.True(x.Develops("北京云声信息技术有限公司", "语音识别引擎"));
    }
}

/// <summary>Products named after a maker's 研发的 (crafted sentences, invented names).</summary>
public sealed class MadeProductTests
{
    [Theory]
    [InlineData("江州智矿科技有限公司与青川科技大学联合研发的露天矿无人驾驶运输系统已部署运行。", "露天矿无人驾驶运输系统")]
    [InlineData("江州煤化新材料股份有限公司研发的煤基可降解材料已建成示范线。", "煤基可降解材料")]
    public void After_a_makers_yanfa_de_the_whole_noun_phrase_is_the_product(string sentence, string product)
    {
        // when the sentence is read
        var x = Articles.Extract(sentence);

        // then the product is a technology with its whole name
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == product);
    }
}

/// <summary>Users after 采用, products before 的研发, manufacturing heads (crafted sentences, invented names).</summary>
public sealed class UsersAndManufacturingTests
{
    [Fact]
    public void A_company_that_adopts_another_makers_system_does_not_develop_it()
    {
        // given 该公司自主研发的X电堆… 公交集团将率先采用该公司的燃料电池系统
        var x = Articles.Extract("5日，江州高新区管委会与湖北氢锐动力科技有限公司签署投资协议。该公司自主研发的HC-90kW氢燃料电池电堆已通过检验。项目达产后，江州公交集团将率先采用该公司的燃料电池系统开展示范运营。");

        // then the maker develops the stack and the bus group develops nothing
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "湖北氢锐动力科技有限公司" && r.To.Name.EndsWith("电堆", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州公交集团");
    }

    [Fact]
    public void Products_listed_before_de_yanfa_are_technologies_of_the_company()
    {
        // given 专注于A、B及C的研发和制造
        var x = Articles.Extract("江州澜远新能源科技股份有限公司专注于新能源汽车驱动电机、电机控制器及电驱动总成的研发和制造。");

        // then each is developed by the company
        foreach (var t in new[] { "电机控制器", "电驱动总成" })
        {
            Assert.True(x.Develops("江州澜远新能源科技股份有限公司", t), t);
        }
    }
}
