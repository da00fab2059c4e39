using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// Who develops a technology when a sentence names several bodies: subjects, back-references, joint research,
/// paired lists, scholars' affiliations (crafted sentences, invented names).
/// </summary>
public sealed class DevelopsClauseTests
{
    private static string Relations(ArticleExtraction x) =>
        string.Join("; ", x.Relations.Where(r => r.Type == RelationshipTypes.Develops).Select(r => r.From.Name + "→" + r.To.Name));

    [Fact]
    public void A_back_reference_points_to_the_company_the_sentence_is_about_not_the_school_its_founder_left()
    {
        // given a company sentence that names its founder's school, then 这家企业 / 自主研发
        var x = Articles.Extract("江州明辉光电科技有限公司成立于2012年，创始人周启航是青川工业大学光电学院的毕业生。从代理起步，到自主研发光纤激光器，这家企业用十年走向全球。");

        // then the company, not the school, develops the laser
        Assert.True(x.Develops("江州明辉光电科技有限公司", "光纤激光器"), Relations(x));
        Assert.False(x.Develops("青川工业大学光电学院", "光纤激光器"), Relations(x));
    }

    [Fact]
    public void A_policy_addressing_enterprises_in_general_gives_no_technology_to_the_last_named_institute()
    {
        // given an institute named in one sentence and a generic 支持企业和高校… sentence after it
        var x = Articles.Extract("江州星原人工智能研究院将牵头建设公共算力平台。在技术攻关方面，支持企业和高校围绕多模态大模型、端侧推理芯片等方向开展攻关。");

        // then the institute does not develop the technologies of the generic sentence
        Assert.False(x.Develops("江州星原人工智能研究院", "多模态大模型"), Relations(x));
        Assert.False(x.Develops("江州星原人工智能研究院", "端侧推理芯片"), Relations(x));
    }

    [Fact]
    public void Both_the_subject_and_the_partner_of_joint_research_develop_the_technology()
    {
        // given 与X联合攻关 and 联合X开展…研发
        var x = Articles.Extract("江州量衡信息技术有限公司总经理陈立介绍，团队正在与青川理工大学联合攻关硅基光电子集成芯片。" +
                                 "江州华辰光电集团将发挥制造优势，联合青川曜晶半导体有限公司开展激光雷达芯片研发。");

        // then both sides develop each technology
        Assert.True(x.Develops("江州量衡信息技术有限公司", "硅基光电子集成芯片"), Relations(x));
        Assert.True(x.Develops("青川理工大学", "硅基光电子集成芯片"), Relations(x));
        Assert.True(x.Develops("江州华辰光电集团", "激光雷达芯片"), Relations(x));
        Assert.True(x.Develops("青川曜晶半导体有限公司", "激光雷达芯片"), Relations(x));
    }

    [Fact]
    public void A_list_of_companies_and_a_list_of_as_many_products_pair_in_order()
    {
        // given 走进A、B等企业，察看X、Y等产品展示
        var x = Articles.Extract("随后，调研组走进江州云岭机器人有限公司、青川蓝岸汽车电子股份有限公司等企业，察看四足机器人巡检、智能驾驶域控制器等产品展示。");

        // then A develops X and B develops Y, not the other way round
        Assert.True(x.Develops("江州云岭机器人有限公司", "四足机器人"), Relations(x));
        Assert.True(x.Develops("青川蓝岸汽车电子股份有限公司", "智能驾驶域控制器"), Relations(x));
        Assert.False(x.Develops("青川蓝岸汽车电子股份有限公司", "四足机器人"), Relations(x));
    }

    [Fact]
    public void Speakers_from_many_companies_reporting_on_fewer_projects_develop_none_of_them()
    {
        // given four companies' heads who 介绍了 three projects
        var x = Articles.Extract("座谈会上，江州光能科技有限公司、青川储能股份有限公司、江州绿电集团、青川水电开发有限公司等企业负责人先后发言，介绍了构网型储能、光热发电等项目推进情况。");

        // then no company is said to develop them
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops);
    }

    [Fact]
    public void A_head_of_an_institute_presenting_its_platform_names_the_developer()
    {
        // given 研究院院长X介绍了…平台 after another company's sentence
        var x = Articles.Extract("座谈会上，江州海岳智能装备股份有限公司总裁宋明介绍了焊接机器人的研发进展，青川生物医药人工智能研究院院长韩立介绍了AI药物筛选平台建设成效。");

        // then the institute develops the platform
        Assert.True(x.Develops("青川生物医药人工智能研究院", "AI药物筛选平台"), Relations(x));
        Assert.False(x.Develops("江州海岳智能装备股份有限公司", "AI药物筛选平台"), Relations(x));
    }

    [Fact]
    public void A_professor_giving_a_talk_does_not_make_the_university_develop_the_topic()
    {
        // given 院士、X大学教授Y围绕…作了报告
        var x = Articles.Extract("主旨演讲环节，中国工程院院士、青川电子科技大学教授蒙立才围绕智能感知与边缘计算作了报告。");

        // then the university develops nothing
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "青川电子科技大学");
    }

    [Fact]
    public void A_centre_named_again_by_its_head_noun_is_the_subject_that_researches()
    {
        // given a joint centre introduced with its full name, then 联合研发中心将聚焦…
        var x = Articles.Extract("江州传感科技有限公司与青川工业大学共建江州智能传感器联合研发中心。据了解，联合研发中心将聚焦MEMS工艺、柔性传感和多传感器融合算法三大方向开展研究。");

        // then the centre develops them
        Assert.True(x.Develops("江州智能传感器联合研发中心", "MEMS工艺"), Relations(x));
        Assert.False(x.Develops("青川工业大学", "MEMS工艺"), Relations(x));
    }

    [Fact]
    public void A_field_served_inside_a_relative_clause_does_not_block_the_developed_product()
    {
        // given 研发面向终端设备的AI推理芯片
        var x = Articles.Extract("支持江州芯原微电子有限公司等集成电路企业研发面向终端设备的AI推理芯片。");

        // then the company develops the chip
        Assert.True(x.Develops("江州芯原微电子有限公司", "AI推理芯片"), Relations(x));
    }

    [Theory]
    [InlineData("总装车间里，数十台协作机器人正在进行精密装配。", "协作机器人")]
    [InlineData("车间里，一台台超快激光器正在进行老化测试。", "超快激光器")]
    [InlineData("公司已推出多款水下机器人。", "水下机器人")]
    [InlineData("发布会上亮相的是新一代深海作业机器人。", "深海作业机器人")]
    [InlineData("展台上，这款全自动烹饪机器人正在炒菜。", "全自动烹饪机器人")]
    [InlineData("公司用无线传感器采集发酵温度。", "无线传感器")]
    public void A_count_generation_or_determiner_before_a_technology_is_not_part_of_its_name(string sentence, string technology)
    {
        // when the sentence is read
        var x = Articles.Extract(sentence);

        // then the technology is named without the count
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == technology);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name != technology && e.Name.EndsWith(technology, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("这款机器人已经量产。")]
    [InlineData("公司掌握了哪些核心技术？")]
    public void A_determiner_with_a_bare_head_is_no_technology(string sentence)
    {
        // when the sentence is read
        var x = Articles.Extract(sentence);

        // then no technology starts with the determiner
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && (e.Name.StartsWith('这') || e.Name.StartsWith('哪')));
    }

    [Fact]
    public void A_list_of_technologies_starts_after_the_verb_not_at_the_bodies_before_it()
    {
        // given 鼓励A、B开展X、Y等前沿研究
        var x = Articles.Extract("鼓励青川科技大学、江州综合智能研究院开展多模态感知、类脑智能等前沿研究。");

        // then X and Y are technologies and nothing starting with 鼓励 is
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "多模态感知");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "类脑智能");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name.Contains("鼓励", StringComparison.Ordinal));
    }
}
