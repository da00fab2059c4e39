using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// Who develops a technology when a sentence names several bodies: subjects, back-references, makers, joint research,
/// paired lists, co-builders and suppliers, users and scholars (crafted sentences, invented names).
/// </summary>
public sealed class DevelopsTests
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
    public void The_company_written_before_yanfa_de_is_the_maker_not_the_buyer_the_sentence_is_about()
    {
        // given a buyer (该公司) that 引进了 a system X公司研发的
        var x = Articles.Extract("在江州鸿雁日用品有限公司，调研组察看了车间。据介绍，该公司去年引进了青川睿视视觉技术有限公司研发的AI视觉质检系统。");

        // then the maker develops the system and the buyer does not
        Assert.True(x.Develops("青川睿视视觉技术有限公司", "AI视觉质检系统"));
        Assert.False(x.Develops("江州鸿雁日用品有限公司", "AI视觉质检系统"));
    }

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
    public void Every_maker_joined_before_yanzhi_de_develops_the_product()
    {
        // given 发布由A和B研制的X
        var x = Articles.Extract("9月12日，青川理工大学正式发布由青川理工大学轨道交通学院和江州智能牵引重点实验室研制的轨道交通装备智能运维大模型。");

        // then both makers develop it
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "青川理工大学轨道交通学院");
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州智能牵引重点实验室");
    }

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
    public void A_company_signing_a_project_with_a_government_body_develops_what_the_project_researches()
    {
        // given 管委会与X公司签署…项目投资协议，…将聚焦Y和Z的研发
        var x = Articles.Extract("会谈后，江州高新区管委会与通衡数智科技有限公司签署光电子研发中心项目投资协议，建成后将聚焦高速光模块和硅光芯片的研发与中试。");

        // then the company develops them
        Assert.True(x.Develops("通衡数智科技有限公司", "硅光芯片"), Relations(x));
    }

    [Fact]
    public void A_product_launched_under_a_quoted_brand_keeps_its_whole_name()
    {
        // given 推出了“黔擎”工业设备预测性维护系统
        var x = Articles.Extract("基于这项专利，江州黔远科技股份有限公司推出了“黔擎”工业设备预测性维护系统。");

        // then the system, not the brand with a cut name, is the technology
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name.EndsWith("工业设备预测性维护系统", StringComparison.Ordinal));
    }


    [Fact]
    public void Both_builders_of_a_jointly_built_system_develop_it()
    {
        // given A与B合作建设的X
        var x = Articles.Extract("青川纺织集团有限公司与江州瞳衡智能科技有限公司合作建设的AI验纱系统已投入使用。");

        // then both develop it
        Assert.True(x.Develops("青川纺织集团有限公司", "AI验纱系统"), Relations(x));
        Assert.True(x.Develops("江州瞳衡智能科技有限公司", "AI验纱系统"), Relations(x));
    }

    [Fact]
    public void A_technique_a_companys_own_project_adopts_is_developed_but_a_product_bought_from_another_is_not()
    {
        // given 项目将采用A和B技术 after the company's chairman, and 采用X公司开发的Y
        var x = Articles.Extract("江州云腾数据科技有限公司董事长林立介绍，项目将采用浸没式液冷和废热发电技术。" +
                                 "青川精工机械有限公司采用江州数联科技有限公司开发的制造执行系统。");

        // then the company develops both techniques, and only the maker develops the bought system
        Assert.True(x.Develops("江州云腾数据科技有限公司", "浸没式液冷"), Relations(x));
        Assert.True(x.Develops("江州云腾数据科技有限公司", "废热发电技术"), Relations(x));
        Assert.True(x.Develops("江州数联科技有限公司", "制造执行系统"), Relations(x));
        Assert.False(x.Develops("青川精工机械有限公司", "制造执行系统"), Relations(x));
    }

    [Fact]
    public void A_technique_adopted_as_the_companys_own_development_is_developed()
    {
        // given X的生产线采用自主研发的Y技术
        var x = Articles.Extract("江州碳谷新材料股份有限公司的原丝生产线采用自主研发的干法纺丝技术。");

        // then the company develops it
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州碳谷新材料股份有限公司" && r.To.Name.StartsWith("干法纺丝", StringComparison.Ordinal));
    }

    [Fact]
    public void Counted_parties_developing_together_are_every_body_of_the_sentence()
    {
        // given A与B、C共建…，三方共同研发X
        var x = Articles.Extract("江州光启科技有限公司与青川理工学院、江州光电研究院共建联合实验室，三方共同研发全息光波导芯片。");

        // then all three develop it
        Assert.True(x.Develops("江州光启科技有限公司", "全息光波导芯片"), Relations(x));
        Assert.True(x.Develops("青川理工学院", "全息光波导芯片"), Relations(x));
        Assert.True(x.Develops("江州光电研究院", "全息光波导芯片"), Relations(x));
    }

    [Fact]
    public void Every_body_that_jointly_completed_an_award_project_develops_it()
    {
        // given 由A牵头，联合B、C共同完成的“X”项目
        var x = Articles.Extract("由江州重汽零部件股份有限公司牵头，联合青川汽车工业学院、江州商用车有限公司共同完成的“重卡复合材料车架关键技术及产业化”项目获一等奖。");

        // then all three develop the project's technology
        foreach (var body in new[] { "江州重汽零部件股份有限公司", "青川汽车工业学院", "江州商用车有限公司" })
        {
            Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == body && r.To.Name.Contains("复合材料车架", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_partner_of_a_co_built_lab_researches_what_the_lab_researches()
    {
        // given A还与B签约共建联合实验室，围绕X开展研究
        var x = Articles.Extract("江州钠源新能源科技有限公司还与青川储能技术研究院签约共建联合实验室，围绕普鲁士蓝正极材料开展前沿研究。");

        // then both develop X
        Assert.True(x.Develops("江州钠源新能源科技有限公司", "普鲁士蓝正极材料"), Relations(x));
        Assert.True(x.Develops("青川储能技术研究院", "普鲁士蓝正极材料"), Relations(x));
    }


    [Fact]
    public void Gongsi_in_a_speakers_words_is_the_speakers_own_company()
    {
        // given a chairman named with his company, a university in between, then 他表示，公司自主研发的X
        var x = Articles.Extract("青川云禾数字农业科技有限公司董事长彭立声出席仪式。江州农业大学将提供技术支撑。彭立声表示，公司自主研发的云禾农脑平台已接入4000多个田间传感器。");

        // then the chairman's company, not the university, develops the platform
        Assert.True(x.Develops("青川云禾数字农业科技有限公司", "云禾农脑平台"), Relations(x));
        Assert.False(x.Develops("江州农业大学", "云禾农脑平台"), Relations(x));
    }

    [Fact]
    public void A_demonstrative_before_yanfa_de_is_the_body_of_that_kind_named_before()
    {
        // given 走进X研究院，…察看了该院研发的Y
        var x = Articles.Extract("他还走进江州工业大学青川研究院，了解科研成果就地转化情况，察看了该院研发的化工园区安全风险智能监测系统。");

        // then the institute develops the long-named system
        Assert.True(x.Develops("江州工业大学青川研究院", "化工园区安全风险智能监测系统"), Relations(x));
    }


    [Fact]
    public void A_person_of_a_known_company_opening_a_sentence_speaks_for_that_company()
    {
        // given a company's technical director named with it, a university named after, then 技术总监X带领团队攻克…
        var x = Articles.Extract("青川巴山智联科技有限公司技术总监冉立出席活动。江州石油大学派出专家团队。技术总监冉立带领研发团队，先后攻克甲烷激光遥测、红外热成像泄漏识别等关键技术。");

        // then the director's company, not the university, develops the technique
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "青川巴山智联科技有限公司" && r.To.Name.StartsWith("甲烷激光遥测", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州石油大学");
    }


    [Theory]
    [InlineData("东营胜远智能装备有限公司是一家巡检机器人企业。此外，公司开发的场站数字孪生管理平台也已落地。", "东营胜远智能装备有限公司", "场站数字孪生管理平台")]
    [InlineData("广东森远智能装备有限公司成立于2010年。如今，森远的防爆巡检机器人已在多个石化园区上岗。", "广东森远智能装备有限公司", "防爆巡检机器人")]
    [InlineData("广西蓝海海洋装备集团有限公司位于北海。这家企业主营深远海智能养殖工船和水下机器人。", "广西蓝海海洋装备集团有限公司", "水下机器人")]
    public void Gongsi_opening_a_clause_a_businesss_own_product_and_its_main_business_belong_to_it(string text, string company, string technology)
    {
        // when the article is read, then the company develops the technology
        var x = Articles.Extract(text);
        Assert.True(x.Develops(company, technology), Relations(x));
    }

    [Fact]
    public void Local_enterprises_in_general_are_no_maker()
    {
        // given a college and 本地企业 that jointly developed a system, after a named company
        var x = Articles.Extract("江州卫远起重机械集团有限公司建成智能工厂。江州医学院与本地企业合作研发的医学影像辅助诊断系统已在多家医院上线。");

        // then the named company does not develop the system
        Assert.False(x.Develops("江州卫远起重机械集团有限公司", "医学影像辅助诊断系统"), Relations(x));
    }


    [Fact]
    public void An_interviewees_women_answer_speaks_for_the_interviewees_company()
    {
        // given a CEO named with his company, a customer named after, then 何某：我们用的是自主设计的X芯片
        var x = Articles.Extract("遂宁华远半导体有限公司首席执行官何立岩接受记者采访。四川蜀远新能源汽车有限公司是公司的客户。何立岩：我们用的是自主设计的沟槽栅碳化硅MOSFET芯片。");

        // then the CEO's company develops the chip
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "遂宁华远半导体有限公司" && r.To.Name.Contains("MOSFET", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "四川蜀远新能源汽车有限公司");
    }


    [Fact]
    public void Products_coming_off_the_line_in_a_companys_workshop_are_its_own()
    {
        // given a visit to a workshop where robots come off the line, and a robot built on the company's own joints
        var x = Articles.Extract("走进江州曲远智能装备股份有限公司总装车间，一排排协作机器人和重载搬运机器人正在进行下线检测。" +
                                 "江州启远具身智能科技有限公司董事长介绍，这款机器人采用公司自研的高扭矩密度一体化关节。");

        // then the first company develops the robots it turns out, the second its own joint
        Assert.True(x.Develops("江州曲远智能装备股份有限公司", "重载搬运机器人"), Relations(x));
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州启远具身智能科技有限公司" && r.To.Name.EndsWith("一体化关节", StringComparison.Ordinal));
    }


    [Theory]
    [InlineData("重庆灵远智造机器人有限公司首席技术官接受专访。\n我们用六轴工业机器人加上自己开发的力控打磨系统，让机器人实时感知压力。", "重庆灵远智造机器人有限公司", "力控打磨系统")]
    [InlineData("在黑河北远航空科技有限公司的总装车间，副省长逐一察看了正在调试的垂直起降固定翼无人机。", "黑河北远航空科技有限公司", "垂直起降固定翼无人机")]
    public void Our_own_development_and_products_shown_in_a_companys_workshop_are_the_companys(string text, string company, string technology)
    {
        // when the article is read, then the company develops the technology
        var x = Articles.Extract(text);
        Assert.True(x.Develops(company, technology), Relations(x));
    }


    [Fact]
    public void An_answer_after_a_speakers_name_and_colon_and_a_product_carrying_the_companys_own_model_belong_to_the_company()
    {
        // given a founder named with the company, a partner university, an answer 方某：主打产品是X, and 搭载公司自研的Y
        var x = Articles.Extract("江西铜远视界科技有限公司创始人方立琛接受专访。浙江大学是公司的合作伙伴。\n方立琛：主打产品是铜材表面缺陷检测系统。\n" +
                                 "江州瓷远智能装备有限公司发布的机器人搭载公司自研的具身智能大模型。");

        // then the company develops both
        Assert.True(x.Develops("江西铜远视界科技有限公司", "铜材表面缺陷检测系统"), Relations(x));
        Assert.True(x.Develops("江州瓷远智能装备有限公司", "具身智能大模型"), Relations(x));
    }

    [Fact]
    public void Two_key_technologies_a_company_broke_through_with_a_partner_are_both_theirs()
    {
        // given 公司联合X…，突破了A和B两项关键技术
        var x = Articles.Extract("湖南瓷远智能装备有限公司成立于2019年。研发过程中，公司联合中南大学机电工程学院组建攻关团队，突破了高精度力矩电机和全身运动控制算法两项关键技术。");

        // then both technologies belong to the company
        Assert.True(x.Develops("湖南瓷远智能装备有限公司", "全身运动控制算法"), Relations(x));
        Assert.True(x.Develops("湖南瓷远智能装备有限公司", "高精度力矩电机"), Relations(x));
    }


    [Fact]
    public void A_bare_lab_subject_before_yituo_is_the_lab_named_before_and_its_listed_research_directions_are_its_own()
    {
        // given a named joint lab, then 据介绍，实验室依托…，将重点开展A、B等方向研究
        var x = Articles.Extract("江州船舶智能焊接与检测重点实验室揭牌。据介绍，实验室依托企业现有的焊接车间建设，将重点开展厚板激光-电弧复合焊、焊缝缺陷智能识别等方向研究。");

        // then the lab develops both directions
        Assert.True(x.Develops("江州船舶智能焊接与检测重点实验室", "焊缝缺陷智能识别"), Relations(x));
    }


    [Fact]
    public void In_a_question_and_answer_interview_women_is_the_interviewees_company()
    {
        // given an interview with a company's CTO, a question, and an answer about what 我们 built
        var x = Articles.Extract("江州棠远具身智能科技有限公司首席技术官接受专访。\n记者：这一代的核心突破在哪里？\n我们自主研发了新一代力控关节模组。");

        // then the company develops the joint module
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州棠远具身智能科技有限公司" && r.To.Name.EndsWith("力控关节模组", StringComparison.Ordinal));
    }

    [Fact]
    public void Capabilities_before_san_xiang_hexin_nengli_are_the_models_makers()
    {
        // given a model with 三项核心能力 released by a company
        var x = Articles.Extract("湖南湘远数智科技有限公司发布行业大模型，模型具备工艺参数智能寻优、设备故障预测性维护、尾气排放实时预警三项核心能力。");

        // then the capabilities are technologies of the company
        Assert.True(x.Develops("湖南湘远数智科技有限公司", "工艺参数智能寻优"), Relations(x));
    }

    [Fact]
    public void A_sentence_naming_no_body_in_a_paragraph_about_a_company_gives_what_the_team_broke_through_to_the_company()
    {
        // given a paragraph that opens with a company, then a sentence whose subject is only 团队
        var x = Articles.Extract("青川澜拓传感科技有限公司位于江州高新区。团队历时五年，攻克了光纤光栅解调和多点温度标定两项关键技术。");

        // then the company develops what the team broke through
        Assert.True(x.Develops("青川澜拓传感科技有限公司", "光纤光栅解调"), Relations(x));
    }

    [Fact]
    public void An_officials_advice_to_break_through_gives_nothing_to_the_company_of_the_paragraph()
    {
        // given a paragraph about a company and an official urging it to break through a technology
        var x = Articles.Extract("青川澜拓传感科技有限公司位于江州高新区。周明远说，要在高端传感器芯片上加快突破。");

        // then the company is not said to develop it
        Assert.False(x.Develops("青川澜拓传感科技有限公司", "高端传感器芯片"), Relations(x));
    }

    [Fact]
    public void Both_parties_of_an_agreement_develop_what_shuangfang_will_jointly_develop()
    {
        // given a company and a university that sign to co-build a lab, then 双方将联合开发…
        var x = Articles.Extract("江州启衡机器人科技有限公司与青川理工大学签约共建机器人运动控制联合实验室，双方将联合开发面向人形机器人的全身运动控制算法。");

        // then both parties develop the algorithm
        Assert.True(x.Develops("江州启衡机器人科技有限公司", "全身运动控制算法"), Relations(x));
        Assert.True(x.Develops("青川理工大学", "全身运动控制算法"), Relations(x));
    }

    [Fact]
    public void A_government_party_of_an_agreement_develops_nothing_the_parties_will_research()
    {
        // given a city government signing with a group, and the next sentence about what 双方 will research together
        var x = Articles.Extract("青川市人民政府与江州海工装备集团有限公司签署战略合作协议。根据协议，双方将围绕漂浮式海上风电技术开展联合攻关。");

        // then the group develops it and the government does not
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州海工装备集团有限公司" && r.To.Name.Contains("海上风电", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "青川市人民政府");
    }

    [Fact]
    public void In_an_interview_women_with_only_a_partner_named_is_the_interviewees_company_and_the_partner_codevelops()
    {
        // given an interview with a company's founder and an answer 我们与X联合开发了Y
        var x = Articles.Extract("江州澄氢能源科技有限公司创始人接受专访。\n记者：人工智能在业务中有用武之地吗？\n我们与青川云智科技有限公司联合开发了制氢站智能运维系统。");

        // then both the interviewee's company and the partner develop it
        Assert.True(x.Develops("江州澄氢能源科技有限公司", "制氢站智能运维系统"), Relations(x));
        Assert.True(x.Develops("青川云智科技有限公司", "制氢站智能运维系统"), Relations(x));
    }

    [Fact]
    public void A_bare_kind_noun_subject_is_the_body_of_that_kind_the_report_is_about_not_the_last_one_named()
    {
        // given an innovation centre named twice, then another centre named in passing, then 中心将围绕…
        var x = Articles.Extract("湖南省有色金属智能制造创新中心今天揭牌。湖南省有色金属智能制造创新中心由三家单位共建，湖南省有色金属工业协会信息中心派员参加。中心将重点攻关矿山数字孪生、冶炼过程智能控制等关键共性技术。");

        // then the centre the report is about develops them
        Assert.True(x.Develops("湖南省有色金属智能制造创新中心", "冶炼过程智能控制"), Relations(x));
        Assert.False(x.Develops("湖南省有色金属工业协会信息中心", "冶炼过程智能控制"), Relations(x));
    }

    [Fact]
    public void A_bare_institute_subject_after_genju_xieyi_and_before_luohu_is_the_institute_named_before()
    {
        // given an institute unveiled, then 根据协议，研究院落户…，重点开展A、B等方向研究
        var x = Articles.Extract("青川农业大学江州智慧农业研究院揭牌成立。根据协议，研究院落户江州经济技术开发区，将重点开展农业遥感、茶叶智能采摘机器人等方向研究。");

        // then the institute develops its research directions
        Assert.True(x.Develops("青川农业大学江州智慧农业研究院", "农业遥感"), Relations(x));
    }

    [Fact]
    public void A_part_after_a_semicolon_that_opens_with_yu_goes_on_with_the_subject_before()
    {
        // given an institute whose sentence goes on after a semicolon with 与X共同研制Y
        var x = Articles.Extract("江州理工大学智能装备研究院今天揭牌。其中，研究院将与青川玻璃集团有限公司联合研发玻璃缺陷智能检测技术；与青川核电有限公司共同研制核电站巡检机器人。");

        // then the institute develops what is made after the semicolon, with its partner there, not the partner before it
        Assert.True(x.Develops("江州理工大学智能装备研究院", "核电站巡检机器人"), Relations(x));
        Assert.True(x.Develops("青川核电有限公司", "核电站巡检机器人"), Relations(x));
        Assert.False(x.Develops("青川玻璃集团有限公司", "核电站巡检机器人"), Relations(x));
    }

    [Fact]
    public void A_company_that_states_a_need_for_a_technology_does_not_develop_it()
    {
        // given a matchmaking report where companies state their needs
        var x = Articles.Extract("对接会上，江州恒塑科技集团有限公司提出橡胶密封件视觉检测需求，青川丝网制品有限公司提出编织设备远程运维需求。");

        // then neither develops what it asks for
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops);
    }

    [Fact]
    public void A_news_agency_opening_a_sentence_develops_nothing_it_reports()
    {
        // given a dateline of a news agency before a report on a project
        var x = Articles.Extract("新华社江州6月3日电，江州将建设新型储能示范项目，推动储能电池技术研发。");

        // then the agency develops nothing
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "新华社");
    }

    [Fact]
    public void A_term_in_a_later_clause_without_a_body_of_its_own_belongs_to_the_body_the_sentence_opens_with()
    {
        // given a company opening a sentence that later names a partner, and a product in a later clause
        var x = Articles.Extract("江州数智能源科技有限公司成立于2021年，是江州能源集团有限公司在能源数字化领域的平台公司，自主研发了井下巡检机器人。");

        // then the company the sentence opens with develops it
        Assert.True(x.Develops("江州数智能源科技有限公司", "井下巡检机器人"), Relations(x));
        Assert.False(x.Develops("江州能源集团有限公司", "井下巡检机器人"), Relations(x));
    }

    [Fact]
    public void A_part_that_comes_from_a_body_is_made_by_that_body()
    {
        // given a launch where the battery of the new car comes from another company
        var x = Articles.Extract("江州极行智能汽车有限公司发布新车，新车的激光雷达则来自青川光感科技有限公司。");

        // then the supplier develops the battery
        Assert.True(x.Develops("青川光感科技有限公司", "激光雷达"), Relations(x));
    }

    [Fact]
    public void A_scene_setting_clause_before_a_bare_kind_noun_does_not_hide_the_subject()
    {
        // given an innovation centre unveiled, and a later sentence 揭牌仪式上，中心首批发布了…
        var x = Articles.Extract("湖南省有色金属智能制造产业创新中心揭牌成立。揭牌仪式上，中心首批发布了矿山安全生产数字孪生平台。");

        // then the centre develops what it released
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "湖南省有色金属智能制造产业创新中心" && r.To.Name.EndsWith("数字孪生平台", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_about_a_model_goes_on_with_the_models_maker()
    {
        // given a company that released a model, and the next sentence 模型具备A、B两项核心能力
        var x = Articles.Extract("江州湘资数智科技有限公司推出行业大模型“锑擎”。模型具备工艺参数智能寻优、尾气排放实时预警两项核心能力。");

        // then the capabilities are the company's
        Assert.True(x.Develops("江州湘资数智科技有限公司", "工艺参数智能寻优"), Relations(x));
    }

    [Fact]
    public void The_topic_of_a_keynote_is_not_developed_by_the_speakers_institute()
    {
        // given an academician of an institute giving a keynote titled after a technology
        var x = Articles.Extract("开幕式上，中国工程院院士、江州深海科技研究院院长邵鸿章作题为《深海探测机器人的智能化之路》的主旨报告。");

        // then the institute is not said to develop the topic
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州深海科技研究院");
    }

    [Fact]
    public void What_we_adopt_in_an_interview_answer_is_built_by_the_interviewees_company()
    {
        // given an interview where the founder says 我们采用A和B融合定位
        var x = Articles.Extract("江州儋耕智能科技有限公司创始人接受专访。\n记者：机器人怎么找准位置？\n我们采用三维视觉和激光雷达融合定位，误差很小。");

        // then the company develops the lidar positioning it adopts
        Assert.True(x.Develops("江州儋耕智能科技有限公司", "激光雷达"), Relations(x));
    }

    [Fact]
    public void The_builders_of_a_lab_research_what_the_lab_is_set_up_to_research()
    {
        // given a college and a company that sign to co-build a lab that will research two things
        var x = Articles.Extract("嘉应学院与江州翼云航空科技有限公司签约共建低空飞行器联合实验室，开展飞控算法和航空电池研究。");

        // then the college researches them too
        Assert.True(x.Develops("嘉应学院", "飞控算法"), Relations(x));
    }

    [Fact]
    public void Shuangfang_opening_a_sentence_after_a_signing_gives_what_is_researched_later_in_it_to_both_parties()
    {
        // given a signing, then 双方还将联合X共建…，攻关Y
        var x = Articles.Extract("江州市人民政府与江州闽鸿新能源集团有限公司签署合作协议。双方还将联合江州学院共建新能源技术研究中心，攻关钠离子电池和电池梯次利用技术。");

        // then the group develops Y
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州闽鸿新能源集团有限公司" && r.To.Name.Contains("钠离子电池", StringComparison.Ordinal));
    }

    [Fact]
    public void In_an_interview_gongsi_is_the_interviewees_company_not_the_institute_named_before()
    {
        // given an interview with a company's founder who names the institute he studied at, then says what 公司 developed
        var x = Articles.Extract("江州汇芯半导体科技有限公司创始人接受专访。\n记者：你的经历？\n谭峻峰：我毕业于江州微电子研究所。\n记者：良率怎么提升？\n谭峻峰：同时，公司自主研发了晶圆缺陷智能检测系统。");

        // then the company develops it, not the institute
        Assert.True(x.Develops("江州汇芯半导体科技有限公司", "晶圆缺陷智能检测系统"), Relations(x));
        Assert.False(x.Develops("江州微电子研究所", "晶圆缺陷智能检测系统"), Relations(x));
    }

    [Fact]
    public void The_topic_of_a_report_titled_in_quotes_is_developed_by_no_one_there()
    {
        // given a keynote 作题为“…”的报告
        var x = Articles.Extract("开幕式上，湖南省机器人研究院院长李明作题为“人形机器人研发的下一个十年”的报告。");

        // then the speaker's institute does not develop its topic
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.To.Name.Contains("人形机器人", StringComparison.Ordinal));
    }
}
