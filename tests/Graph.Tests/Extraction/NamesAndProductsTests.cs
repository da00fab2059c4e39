using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// Company names around one-character stop words and descriptions, products named in award lists and 等产品 lists
/// (crafted sentences, invented names).
/// </summary>
public sealed class NamesAndProductsTests
{
    [Theory]
    [InlineData("在青田市鸿雁日用品有限公司，调研组察看了生产线。", "青田市鸿雁日用品有限公司")]
    [InlineData("长垣市东盛再生资源有限公司的再生铜精炼技术受到关注。", "长垣市东盛再生资源有限公司")]
    public void A_one_character_stop_inside_a_place_headed_company_name_does_not_cut_it(string sentence, string company)
    {
        // when the sentence is read
        var x = Articles.Extract(sentence);

        // then the company keeps its place head
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == company);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Company && e.Name != company && company.EndsWith(e.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_before_a_company_still_stops_its_name()
    {
        // given a date right before a company name
        var x = Articles.Extract("2025年3月5日鸿雁日用品有限公司举行新品发布会。");

        // then the date is not part of the name
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Company && e.Name.Contains('日', StringComparison.Ordinal) && e.Name.Contains('年', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("三方还将联合当地企业湖北青峰电力设备有限公司开展示范。", "湖北青峰电力设备有限公司")]
    [InlineData("实验室成果已被本地运动品牌企业福建步青体育用品有限公司采用。", "福建步青体育用品有限公司")]
    [InlineData("记者专访江州云岚智能有限公司董事长黎明。", "江州云岚智能有限公司")]
    public void A_description_before_a_company_name_is_not_part_of_it(string sentence, string company)
    {
        // when the sentence is read
        var x = Articles.Extract(sentence);

        // then the company is named without the description
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == company);
    }

    [Fact]
    public void A_quoted_award_project_after_its_maker_is_a_technology_the_maker_develops()
    {
        // given an award list: X公司研发的“…技术”, Y公司完成的“…研制”
        var x = Articles.Extract("一等奖分别是：江州金锋超硬材料有限公司研发的“高品级立方氮化硼微粉制备技术”，青川恒力液压科技有限公司完成的“大流量电液比例换向阀研制”。");

        // then the project titles (without 研制) are technologies of their makers
        Assert.True(x.Develops("江州金锋超硬材料有限公司", "高品级立方氮化硼微粉制备技术"));
        Assert.True(x.Develops("青川恒力液压科技有限公司", "大流量电液比例换向阀"));
    }

    [Fact]
    public void Owners_products_listed_before_deng_chanpin_are_technologies_of_each_owner()
    {
        // given A的X、B的Y等产品
        var x = Articles.Extract("其中，江州新锂能源科技有限公司的储能用磷酸铁锂电池、青川拓新发制品有限公司的智能假发编织装备等产品受到关注。");

        // then each owner develops its own product
        Assert.True(x.Develops("江州新锂能源科技有限公司", "储能用磷酸铁锂电池"));
        Assert.True(x.Develops("青川拓新发制品有限公司", "智能假发编织装备"));
        Assert.False(x.Develops("青川拓新发制品有限公司", "储能用磷酸铁锂电池"));
    }

    [Fact]
    public void Companies_counted_before_a_joint_develop_verb_all_develop_the_system()
    {
        // given A、B和C三家企业联合研发的“…系统”
        var x = Articles.Extract("江州瑞丰电气股份有限公司、青川恒力液压科技有限公司和江州新锂能源科技有限公司三家企业联合研发的“源网荷储一体化智能控制系统”已示范运行。");

        // then all three develop it
        foreach (var c in new[] { "江州瑞丰电气股份有限公司", "青川恒力液压科技有限公司", "江州新锂能源科技有限公司" })
        {
            Assert.True(x.Develops(c, "源网荷储一体化智能控制系统"), c);
        }
    }

    [Fact]
    public void A_product_list_item_that_is_an_activity_is_not_a_technology()
    {
        // given 察看四足机器人巡检、…等产品展示
        var x = Articles.Extract("调研组察看四足机器人巡检、智能驾驶域控制器等产品展示。");

        // then the robot is the technology, not the inspection
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "四足机器人巡检");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "智能驾驶域控制器");
    }
}

/// <summary>Makers, joint bodies, people under a collective lead, technique names across a corpus (crafted, invented names).</summary>
public sealed class MakersAndPeopleTests
{
    [Fact]
    public void The_company_written_before_yanfa_de_is_the_maker_not_the_buyer_the_sentence_is_about()
    {
        // given a buyer (该公司) that 引进了 a system X公司研发的
        var x = Articles.Extract("在江州鸿雁日用品有限公司，调研组察看了车间。据介绍，该公司去年引进了青川睿视视觉技术有限公司研发的AI视觉质检系统。");

        // then the maker develops the system and the buyer does not
        Assert.True(x.Develops("青川睿视视觉技术有限公司", "AI视觉质检系统"));
        Assert.False(x.Develops("江州鸿雁日用品有限公司", "AI视觉质检系统"));
    }

    [Fact]
    public void A_joint_lab_named_with_a_dash_between_its_parents_is_one_organization()
    {
        // given 大学—公司联合实验室
        var x = Articles.Extract("6月12日，青川工业大学—鸿羽纺织智能纺织材料联合实验室揭牌仪式在江州市举行。");

        // then the whole name is one organization
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "青川工业大学—鸿羽纺织智能纺织材料联合实验室");
    }

    [Fact]
    public void Names_listed_after_a_collective_lead_are_people_without_titles()
    {
        // given 市领导A、B及…陪同调研
        var x = Articles.Extract("市委书记王建华来到企业调研。市领导楼立明、吴佩琳及市直有关部门负责人陪同调研。");

        // then both are people with no title
        Assert.Empty(x.Person("楼立明").Titles);
        Assert.Empty(x.Person("吴佩琳").Titles);
    }

    [Fact]
    public void Leading_cadres_is_not_a_name()
    {
        // given 领导干部 in running text
        var x = Articles.Extract("要求领导干部带头学习人工智能知识。");

        // then no person is found
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_technique_keeps_jishu_unless_the_corpus_also_names_the_bare_term()
    {
        // given one article naming 虚拟共生技术 only, and two naming 智能巡检技术 and 智能巡检
        var a = Articles.Extract("江州星河科技有限公司展示了虚拟共生技术。", id: "a1");
        var b = Articles.Extract("青川云帆科技有限公司研发智能巡检技术。", id: "a2");
        var c = Articles.Extract("江州明镜科技有限公司推出智能巡检机器人，提供智能巡检、缺陷识别等服务。", id: "a3");

        // when resolved together
        var resolver = Graph.Resolution.EntityResolver.Build([a, b, c]);

        // then 虚拟共生技术 stays whole and 智能巡检技术 is 智能巡检
        Assert.Equal("虚拟共生技术", resolver.Resolve(EntityKind.Technology, "虚拟共生技术").Name);
        Assert.Equal("智能巡检", resolver.Resolve(EntityKind.Technology, "智能巡检技术").Name);
    }
}

/// <summary>Broad fields named in passing (crafted sentences, invented names).</summary>
public sealed class BroadFieldTests
{
    [Fact]
    public void A_broad_field_named_once_in_passing_is_not_a_technology_but_one_the_article_is_about_is()
    {
        // given 机器人 once in passing, and 算力 three times
        var passing = Articles.Extract("江州云岭科技有限公司研发的协作机器人已批量交付，公司还将拓展机器人应用场景。");
        var about = Articles.Extract("江州将建设算力中心。新增算力将服务全省企业。算力券已发放。");

        // then 机器人 is no technology there and 算力 is one here
        Assert.DoesNotContain(passing.Entities, e => e.Kind == EntityKind.Technology && e.Name == "机器人");
        Assert.Contains(passing.Entities, e => e.Kind == EntityKind.Technology && e.Name == "协作机器人");
        Assert.Contains(about.Entities, e => e.Kind == EntityKind.Technology && e.Name == "算力");
    }
}
