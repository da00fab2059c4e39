using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>Crafted sentences (invented names) for terms, relations, back-references and events.</summary>
public sealed class RelationAndTermRegressionTests
{
    [Fact]
    public void Items_listed_before_deng_jishu_are_technologies_developed_by_the_company()
    {
        // given a company that uses A、B、C等技术
        var x = Articles.Extract("江州星河检测技术有限公司将运用智能巡检、缺陷识别、寿命预测等技术，为企业提供服务。");

        // then each item is a technology and the company develops it
        foreach (var t in new[] { "智能巡检", "缺陷识别", "寿命预测" })
        {
            Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == t);
            Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州星河检测技术有限公司" && r.To.Name == t);
        }
    }

    [Fact]
    public void Surname_and_title_refer_back_to_the_named_official_without_a_new_person()
    {
        // given 省长王建华 and later 王省长
        var x = Articles.Extract("省长王建华来到企业调研。王省长指出，要加快发展。");

        // then there is one person, mentioned twice, and no person named 王省长
        var p = x.Person("王建华");
        Assert.Equal(2, p.Count);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name.StartsWith("王省", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broad_field_is_developed_only_when_the_clause_says_the_company_builds_it()
    {
        // given a company merely named beside 人工智能, and another that builds it
        var x = Articles.Extract("青川云帆数据有限公司董事长孙立言作了人工智能主题分享。江州明镜科技有限公司，重点打造人工智能视觉检测平台。");

        // then only the builder develops it
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "青川云帆数据有限公司");
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州明镜科技有限公司");
    }

    [Fact]
    public void Companies_listed_in_a_sector_sentence_are_in_that_industry()
    {
        // given a list of companies said to be in a sector
        var x = Articles.Extract("目前全市低空经济企业已达120家，江州翼航科技有限公司、青川云鹰无人机有限公司等均在其列，低空经济产业发展势头强劲。");

        // then both companies are in 低空经济
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.InIndustry && r.From.Name == "江州翼航科技有限公司" && r.To.Name == "低空经济");
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.InIndustry && r.From.Name == "青川云鹰无人机有限公司" && r.To.Name == "低空经济");
    }

    [Fact]
    public void A_party_committee_of_a_named_body_is_not_a_separate_organization()
    {
        // given 江南大学党委书记 before a name
        var x = Articles.Extract("江南大学党委书记周明远一行来访。");

        // then the university is an organization and 江南大学党委 is not
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "江南大学");
        Assert.DoesNotContain(x.Entities, e => e.Name == "江南大学党委");
        Assert.Contains("党委书记", x.Person("周明远").Titles);
    }

    [Fact]
    public void People_who_receive_a_visit_are_not_its_participants()
    {
        // given officials visiting a company whose chairman receives them
        var x = Articles.Extract("6月3日，市委书记赵卫东走访江州重工集团，江州重工集团董事长钱立群接待了考察团一行。", year: 2025);

        // then the visit has the official as participant and the company as involved, not the chairman
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Participants, p => p.Person == "赵卫东");
        Assert.DoesNotContain(visit.Participants, p => p.Person == "钱立群");
        Assert.Contains(visit.Involved, o => o.Name == "江州重工集团");
        Assert.Equal("2025-06-03", visit.Date);
    }

    [Fact]
    public void Over_many_years_before_a_company_is_not_part_of_its_name()
    {
        // given 多年来 right before a company name
        var x = Articles.Extract("多年来江州重工集团与本地企业共同发展。");

        // then the company name starts at 江州
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "江州重工集团");
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("来", StringComparison.Ordinal));
    }

    [Fact]
    public void A_centre_without_a_place_or_national_head_is_not_an_organization()
    {
        // given a generic project name ending in 创新中心 and a national one
        var x = Articles.Extract("企业将建设工业视觉创新中心。国家智能网联创新中心也参与其中。");

        // then only the national centre is an organization
        Assert.DoesNotContain(x.Entities, e => e.Name == "工业视觉创新中心");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "国家智能网联创新中心");
    }

    [Fact]
    public void Latin_technology_names_inside_chinese_text_keep_their_form()
    {
        // given 5G-A inside Chinese text
        var x = Articles.Extract("江州移动公司发布5G-A网络，并展示了基于5G-A的工业应用。");

        // then 5G-A is a technology, not split into 5G
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "5G-A");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "5G");
    }

    [Fact]
    public void A_conference_still_to_come_or_only_naming_another_event_is_not_an_event()
    {
        // given a feature visit named after a conference that opens next week
        var x = Articles.Extract("11月6日，江州开展2025世界储能大会主题采访活动，采访团走访江州储能科技有限公司。2025世界储能大会将于11月12日在江州开幕。",
            title: "2025世界储能大会召开在即 江州开展主题采访活动", year: 2025);

        // then the visit is reported and the conference is not
        Assert.Contains(x.Events, e => e.Type == EventTypes.Visit && e.Date == "2025-11-06");
        Assert.DoesNotContain(x.Events, e => e.Type == EventTypes.Conference);
    }

    [Fact]
    public void A_brand_right_before_a_corporate_title_and_a_person_is_a_company()
    {
        // given a brand without a legal form, then 总裁 and a name
        var x = Articles.Extract("主题演讲中，星衡智算总裁邱明远介绍了液冷服务器的进展。");

        // then the brand is a company and the person holds the title there
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "星衡智算");
        Assert.Contains("总裁", x.Person("邱明远").Titles);
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.HoldsPosition && r.From.Name == "邱明远" && r.To.Name == "星衡智算");
    }

    [Fact]
    public void A_signing_later_in_a_conference_report_is_an_event_of_its_own()
    {
        // given a conference in the lead and a signing ceremony in a later paragraph
        var x = Articles.Extract("6月26日，2025江州人工智能大会在江州开幕。\n大会期间，江州云帆科技有限公司与江州重工集团有限公司签署战略合作协议。\n此前，两家企业已签约多个项目。", year: 2025);

        // then both the conference and the signing are reported, the signing with the day and both parties
        Assert.Contains(x.Events, e => e.Type == EventTypes.Conference);
        var signing = Assert.Single(x.Events, e => e.Type == EventTypes.Signing);
        Assert.Equal("2025-06-26", signing.Date);
        Assert.Contains(signing.Involved, o => o.Name == "江州云帆科技有限公司");
        Assert.Contains(signing.Involved, o => o.Name == "江州重工集团有限公司");
    }

    [Fact]
    public void A_byline_name_ending_in_a_function_character_keeps_its_title()
    {
        // given a byline whose photographer's given name is 为
        var x = Articles.Extract("副省长李明参加调研。（记者 张三丰 摄影 田为）");

        // then the photographer is a person with the title 摄影, and 强调 after a title is not a name
        Assert.Contains("摄影", x.Person("田为").Titles);
        var y = Articles.Extract("省长周建国强调，要抓好落实。");
        Assert.DoesNotContain(y.Entities, e => e.Kind == EntityKind.Person && e.Name == "强调");
    }

    [Fact]
    public void A_photo_caption_before_the_lead_does_not_hide_the_visit_leader()
    {
        // given a caption paragraph, then the lead
        var x = Articles.Extract("图为调研现场。\n5月8日，省长周建国在江州星河机器人有限公司调研，副省长吴海陪同。", year: 2025);

        // then the governor leads the visit
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Equal("周建国", visit.Lead);
        Assert.Contains(visit.Participants, p => p.Person == "吴海" && p.Role == "accompany");
    }

    [Fact]
    public void A_venue_and_a_bare_regional_government_are_not_organizations()
    {
        // given a conference venue and 自治区政府 inside a title
        var x = Articles.Extract("博览会在江南国际会展中心开幕，自治区政府副秘书长周建国出席。");

        // then neither is an organization
        Assert.DoesNotContain(x.Entities, e => e.Name == "江南国际会展中心");
        Assert.DoesNotContain(x.Entities, e => e.Name == "自治区政府");
    }

    [Fact]
    public void Two_reporters_after_one_byline_title_are_both_reporters()
    {
        // given （记者 A B）
        var x = Articles.Extract("会议强调要加快发展。（记者 韦丽云 黄子明）");

        // then both carry 记者
        Assert.Contains("记者", x.Person("韦丽云").Titles);
        Assert.Contains("记者", x.Person("黄子明").Titles);
    }

    [Fact]
    public void A_party_word_before_a_company_is_not_part_of_its_name()
    {
        // given 运营方 right before the company
        var x = Articles.Extract("中心运营方江州云算数据科技有限公司介绍了算力调度平台。");

        // then the company starts at 江州
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "江州云算数据科技有限公司");
    }

    [Fact]
    public void A_field_a_company_serves_is_not_a_technology_it_develops()
    {
        // given a company whose robots are used in another sector, and one that serves AI companies
        var x = Articles.Extract("江州星擎智能装备有限公司研发的焊接机器人已应用于新能源汽车生产线。江州云算科技有限公司为人工智能企业提供算力服务。");

        // then it develops the robot, not the car, and the cloud company does not develop 人工智能
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州星擎智能装备有限公司" && r.To.Name == "焊接机器人");
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.To.Name == "新能源汽车");
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州云算科技有限公司" && r.To.Name == "人工智能");
    }

    [Fact]
    public void Sensors_modules_and_devices_with_a_technique_are_technologies()
    {
        // given product nouns with and without a technique in their modifier
        var x = Articles.Extract("江州芯感科技有限公司量产MEMS压力传感器和车规级功率模块，并更新了生产设备。");

        // then the sensor and the module are technologies, the generic equipment is not
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "MEMS压力传感器");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Technology && e.Name == "车规级功率模块");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Technology && e.Name.Contains("设备", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_bodies_joined_by_he_stay_two_and_a_name_holding_he_stays_one()
    {
        // given 总部和研发中心 (two things) and a company-named institute whose place name holds 和
        var x = Articles.Extract("星衡智算将在江州设立华南总部和研发中心。湖北泰和生物医药人工智能研究院发布新成果。");

        // then no organization spans 和 between two things, and the institute keeps its whole name
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("总部和", StringComparison.Ordinal));
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "湖北泰和生物医药人工智能研究院");
    }

    [Fact]
    public void A_short_form_with_one_descriptor_dropped_is_the_same_company()
    {
        // given the full name, then the name without place, legal form and its last descriptor
        var x = Articles.Extract("济南海岳智能装备股份有限公司展示焊接机器人。支持海岳智能、蓝鲸海洋等龙头企业做大做强。");
        var graph = Graph.Pipeline.GraphPipeline.Assemble([x]);

        // then one company carries both names
        var company = Assert.Single(graph.Nodes, n => n.Label == NodeLabels.Company && n.Key == "济南海岳智能装备股份有限公司");
        Assert.Contains("海岳智能", company.Properties.GetList("aliases"));
        Assert.DoesNotContain(graph.Nodes, n => n.Label == NodeLabels.Company && n.Key == "海岳智能");
    }

    [Fact]
    public void A_sentence_about_this_centre_develops_for_the_centre_not_its_builders()
    {
        // given a centre named, then 该中心由A与B共建 and what it offers
        var x = Articles.Extract("在江州市人工智能创新中心，记者看到大屏。该中心由江州市科学技术局与江州理工大学共建，中心已为企业提供工业视觉算法服务。");

        // then the centre develops the algorithm, the university does not
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州市人工智能创新中心" && r.To.Name == "工业视觉算法");
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州理工大学");
    }

    [Fact]
    public void A_dotted_name_after_a_title_is_one_person()
    {
        // given a Uyghur name written with a middle dot after a title, followed by 介绍
        var x = Articles.Extract("自治区科技厅副厅长艾力·买买提介绍，今年将加快发展。自治区主席扎西平措主持会议。（记者 阿依努尔 其其格 通讯员 科信宣）");

        // then the whole name is one person, a four-character Tibetan name after a title is one, the reporters'
        // names without common surnames are reporters, and a 通讯员 pen name is not a person
        Assert.Contains("副厅长", x.Person("艾力·买买提").Titles);
        Assert.Contains("主席", x.Person("扎西平措").Titles);
        Assert.Contains("记者", x.Person("阿依努尔").Titles);
        Assert.Contains("记者", x.Person("其其格").Titles);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name == "科信宣");
    }

    [Fact]
    public void An_appositive_sector_clause_puts_the_company_after_it_in_that_sector()
    {
        // given 作为…产业链上的重点企业，X公司…
        var x = Articles.Extract("作为全省新能源汽车产业链上的重点企业，江州蓝湾汽车部件有限公司今年产值增长三成。");

        // then the company is in 新能源汽车
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.InIndustry && r.From.Name == "江州蓝湾汽车部件有限公司" && r.To.Name.StartsWith("新能源汽车", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_company_of_a_list_develops_what_the_list_is_said_to_develop_and_a_signing_partner_does_not()
    {
        // given a list of companies supported to develop a model, and a signing partner before a project
        var x = Articles.Extract("支持江州星语智能科技有限公司、江州数智科技有限公司等企业研发行业大模型。发布会上，江州嵩岳智能科技有限公司与江州物流集团有限公司签约，推进智能仓储调度系统落地。");

        // then both listed companies develop the model, and the project belongs to the company that signed with the partner
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州星语智能科技有限公司" && r.To.Name == "行业大模型");
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州数智科技有限公司" && r.To.Name == "行业大模型");
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州嵩岳智能科技有限公司" && r.To.Name == "智能仓储调度系统");
        Assert.DoesNotContain(x.Relations, r => r.Type == RelationshipTypes.Develops && r.From.Name == "江州物流集团有限公司");
    }

    [Fact]
    public void A_body_named_only_in_a_title_is_not_visited_and_a_lab_named_with_its_university_is_one_body()
    {
        // given a visit to a lab named with its university, and an institute whose head is 中国科学院院士
        var x = Articles.Extract("5月6日，市长韩立新走进江州智能机器人研究院、江州理工大学智能机器人实验室等科研机构调研。院长、中国科学院院士葛天明介绍了研究进展。", year: 2025);

        // then the lab keeps its full name and 中国科学院 is not among the visited
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "江州理工大学智能机器人实验室");
        Assert.DoesNotContain(visit.Involved, o => o.Name == "中国科学院");
    }
}
