using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// Technology names: counts and determiners, listed items, award projects, product lists and tables, products after
/// a maker, technique names across a corpus, broad fields (crafted sentences, invented names).
/// </summary>
public sealed class TechnologyTermTests
{
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
    public void A_product_list_item_that_is_an_activity_is_not_a_technology()
    {
        // given 察看四足机器人巡检、…等产品展示
        var x = Articles.Extract("调研组察看四足机器人巡检、智能驾驶域控制器等产品展示。");

        // then the robot is the technology, not the inspection
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "四足机器人巡检");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "智能驾驶域控制器");
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

    [Fact]
    public void Zaixian_is_part_of_a_technology_and_360_du_is_not_a_brand()
    {
        // given 在线检测系统 and 360度
        var x = Articles.Extract("江州纺科技有限公司研发的在线检测系统可对布面进行360度检测。");

        // then the system keeps 在线 and no company is called 360
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "在线检测系统");
        Assert.DoesNotContain(x.Entities, e => e.Name == "360");
    }

    [Fact]
    public void Two_products_joined_by_he_before_a_count_of_new_products_are_technologies_of_their_maker()
    {
        // given 企业自主研发的A和B两款新产品同步下线
        var x = Articles.Extract("四川瑞远智能液压科技股份有限公司新建的生产线正式投产，企业自主研发的电液伺服作动器和大缸径智能液压缸两款新产品同步下线。");

        // then both are developed by the company
        Assert.True(x.Develops("四川瑞远智能液压科技股份有限公司", "电液伺服作动器"));
        Assert.True(x.Develops("四川瑞远智能液压科技股份有限公司", "大缸径智能液压缸"));
    }


    [Theory]
    [InlineData("青川风语科技有限公司展示了用于光伏电站巡检的无人机和组件隐裂智能识别系统。", "组件隐裂智能识别系统")]
    [InlineData("江州矿联科技有限公司将在中心训练和部署矿山安全大模型。", "矿山安全大模型")]
    [InlineData("公司研发的耐高温硅橡胶和超薄电子玻璃已批量供货。", "超薄电子玻璃")]
    [InlineData("公司研发的耐高温硅橡胶和超薄电子玻璃已批量供货。", "耐高温硅橡胶")]
    public void A_long_modifier_or_a_material_head_still_names_a_technology(string sentence, string technology)
    {
        // when the sentence is read, then the whole noun phrase is the technology
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name == technology);
    }

    [Theory]
    [InlineData("入选项目覆盖高端装备、新材料等领域。", "入选")]
    [InlineData("本届博览会设置高端装备展区。", "本届")]
    [InlineData("公司正加速切入协作机器人赛道。", "切入")]
    [InlineData("过去减速器全靠进口。", "过去")]
    [InlineData("产品线已向下游硅胶制品延伸，则凭借车载域控制器打开市场。", "凭借")]
    public void A_clause_before_a_head_is_not_part_of_a_technology(string sentence, string word)
    {
        // when the sentence is read, then no technology holds the clause's word
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_technique_joined_by_he_before_gongyi_shares_its_head()
    {
        // given 研究A和B工艺
        var x = Articles.Extract("江州瓷研新材料有限公司重点研究冷等静压成型和微波烧结工艺。");

        // then both are technologies
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "冷等静压成型");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "微波烧结工艺");
    }


    [Fact]
    public void A_vocabulary_term_is_a_technology_where_its_sentence_speaks_of_making_it_and_not_when_named_in_passing()
    {
        // given 粉末冶金 in a sentence about what a company produces, and 碳化硅衬底 in a sentence about a meeting's agenda
        var x = Articles.Extract("江州郴钨精密材料有限公司主要生产粉末冶金零件。会议期间，与会代表交流了碳化硅衬底市场行情。");

        // then the first is a technology its maker develops, the second is not read from the vocabulary
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name.StartsWith("粉末冶金", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "碳化硅衬底");
    }


    [Fact]
    public void Capabilities_listed_before_a_counted_san_da_nengli_are_technologies_of_the_maker()
    {
        // given 具备A、B、C三大能力
        var x = Articles.Extract("浙江暨远织联科技有限公司推出大模型，具备AI花型生成、智能排产、视觉质检三大能力。");

        // then each capability is a technology the company develops
        foreach (var t in new[] { "AI花型生成", "智能排产", "视觉质检" })
        {
            Assert.True(x.Develops("浙江暨远织联科技有限公司", t), t);
        }
    }


    [Theory]
    [InlineData("公司旗下首款AI眼镜正式发布。", "旗下")]
    [InlineData("市里将开通常态化无人机配送航线。", "开通")]
    [InlineData("科研团队孵化出植保无人机企业。", "孵化")]
    [InlineData("新建一条6英寸碳化硅功率器件产线。", "一条")]
    [InlineData("城区无人机配送已覆盖全部街道。", "城区")]
    public void Verbs_counts_and_areas_before_a_product_head_are_not_part_of_it(string sentence, string word)
    {
        // when the sentence is read, then no technology holds the word
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("研究院将围绕海洋牧场感知、水下集群通信三个方向组建科研团队。", "水下集群通信")]
    [InlineData("团队攻克了薄壁构件低压铸造成形、异种金属摩擦焊接等关键工艺。", "异种金属摩擦焊接")]
    [InlineData("中心将重点攻关尾矿智能分选、冶炼烟气余热发电等关键共性技术。", "尾矿智能分选")]
    public void Items_listed_before_counted_directions_key_processes_or_common_technologies_are_technologies(string sentence, string term)
    {
        // when the sentence is read, then the listed item is a technology
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name == term);
    }

    [Theory]
    [InlineData("江州高新区的省级技术创新中心今天揭牌。", "省级技术创新中心")]
    [InlineData("青川建成全国首家国家级工程研究中心。", "国家级工程研究中心")]
    public void A_level_word_opens_no_organization_name(string sentence, string name)
    {
        // when the sentence is read, then the level-headed description is no organization
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Name == name);
    }

    [Fact]
    public void Items_listed_with_a_technology_are_technologies_but_fields_and_listed_companies_are_not()
    {
        // given a list closed by 等 that holds one recognized technology, and a list of fields closed by 等产业
        var x = Articles.Extract("青川澜拓科技有限公司研发了激光雷达、多点温度标定和管廊渗漏监测等产品。江州将发展人工智能、智慧城市等产业。");

        // then the other items of the first list are technologies, the fields of the second are not
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "多点温度标定");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "管廊渗漏监测");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "智慧城市");
    }

    [Theory]
    [InlineData("实验室将聚焦三个方向：一是基于机器视觉的钢板表面缺陷检测，识别裂纹；二是钢卷智能排程，优化工序；三是焊接机器人视觉引导研究。", "钢板表面缺陷检测")]
    [InlineData("实验室将聚焦三个方向：一是基于机器视觉的钢板表面缺陷检测，识别裂纹；二是钢卷智能排程，优化工序；三是焊接机器人视觉引导研究。", "钢卷智能排程")]
    [InlineData("研究院将首批部署三个攻关方向：面向港口的集装箱智能理货、面向电网的变电站声纹诊断，以及茶叶分级分拣装备。", "变电站声纹诊断")]
    public void Items_announced_after_a_counted_direction_or_capability_and_a_colon_are_technologies(string sentence, string term)
    {
        // when the sentence is read, then each announced item is a technology
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name == term);
    }

    [Fact]
    public void Tasks_announced_after_a_colon_are_not_technologies()
    {
        // given a plan whose announced items are tasks (verbs first)
        var x = Articles.Extract("方案明确了产品：一是做强整机产品，二是突破核心零部件，三是拓展应用场景。");

        // then none of them is a technology
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name.StartsWith("做强", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name.StartsWith("拓展", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("这些机器人来自江州云岚智农科技有限公司。", "这些")]
    [InlineData("研究员借助材料大模型筛选配方。", "借助")]
    [InlineData("市里将推广机器视觉质检等应用。", "推广")]
    [InlineData("公司同时引入AI缺陷检测系统，对每片衬底自动分级。", "同时")]
    [InlineData("江州宏途汽车部件有限公司希望引入数字孪生技术，优化焊接产线。", "希望")]
    [InlineData("其中，江州恒塑科技集团有限公司提出橡胶密封件表面缺陷视觉检测需求，青川丝网制品有限公司提出丝网编织设备远程运维需求。", "提出")]
    public void Clause_words_before_a_technology_are_not_part_of_it(string sentence, string word)
    {
        // when the sentence is read, then no technology begins with the word
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name.StartsWith(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("公司推出中药饮片识别模型。", "中药饮片识别模型")]
    [InlineData("该中心搭建了智慧果园管理平台。", "智慧果园管理平台")]
    [InlineData("团队研发了远洋渔船助航系统。", "远洋渔船助航系统")]
    public void A_model_platform_or_system_whose_modifier_names_a_technique_is_a_technology(string sentence, string term)
    {
        // when the sentence is read, then the whole name is a technology
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name == term);
    }

    [Fact]
    public void A_business_model_is_no_technology()
    {
        // when a sentence speaks of a business model, then it is no technology
        Assert.DoesNotContain(Articles.Extract("公司探索出一套轻资产商业模型。").Entities, e => e.Kind == EntityKind.Technology);
    }

    [Theory]
    [InlineData("团队攻克了多模态感知难题。", "多模态感知")]
    [InlineData("平台可对风机开展智能故障预警。", "智能故障预警")]
    [InlineData("企业上线了视觉质检系统，实现AI质检全覆盖。", "AI质检")]
    public void A_capability_whose_modifier_names_a_technique_is_a_technology(string sentence, string term)
    {
        // when the sentence is read, then the capability is a technology
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology && e.Name == term);
    }

    [Theory]
    [InlineData("江州持续推进产业结构优化。")]
    [InlineData("公司加强成本控制和质量控制。")]
    public void A_capability_noun_without_a_technique_is_no_technology(string sentence)
    {
        // when the sentence is read, then there is no technology
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Technology);
    }
}
