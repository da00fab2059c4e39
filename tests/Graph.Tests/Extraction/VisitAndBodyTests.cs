using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>Which bodies a visit involves, and media and town bodies as organizations (crafted, invented names).</summary>
public sealed class VisitAndBodyTests
{
    [Fact]
    public void A_partner_the_visited_company_works_with_is_not_visited()
    {
        // given a visit to a company whose manager talks about research with an institute
        var x = Articles.Extract("11月3日，市委书记方立川来到江州睿视视觉技术有限公司调研。总经理章敏介绍了公司与江州数智研究院合作开展工业大模型研发的进展。");

        // then the visit involves the company, not the institute
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "江州睿视视觉技术有限公司");
        Assert.DoesNotContain(visit.Involved, o => o.Name == "江州数智研究院");
    }

    [Fact]
    public void The_body_of_an_official_who_goes_along_is_not_visited()
    {
        // given 区招商服务中心负责同志参加考察
        var x = Articles.Extract("9月28日，区委书记司马立带队赴青川市考察，先后走进青川恒川汽车电子有限公司等企业。副区长高然，青川区招商服务中心负责同志参加考察。");

        // then the visit involves the company, not the delegation's own centre
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "青川恒川汽车电子有限公司");
        Assert.DoesNotContain(visit.Involved, o => o.Name.EndsWith("招商服务中心", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("新华社武汉10月17日电 江州市人民政府与青川科技大学16日签署合作协议。", "新华社")]
    [InlineData("日前，江州广播电视台记者专访了公司董事长黎明。", "江州广播电视台")]
    [InlineData("青川区副区长冯立文、北滘镇党委书记岑立鹏出席发布会。", "北滘镇党委")]
    public void News_outlets_and_town_party_committees_are_organizations(string sentence, string body)
    {
        // when the sentence is read
        var x = Articles.Extract(sentence);

        // then the body is an organization
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == body);
    }
}

/// <summary>Titles joined by 兼 (crafted, invented names).</summary>
public sealed class JoinedTitleTests
{
    [Fact]
    public void Both_titles_joined_by_jian_belong_to_the_person()
    {
        // given 公司董事长兼总经理X
        var x = Articles.Extract("江州栖梧智能家电股份有限公司董事长兼总经理冼立庭在发布会上表示，公司将加大研发投入。");

        // then the person holds both titles
        var p = x.Person("冼立庭");
        Assert.Contains("董事长", p.Titles);
        Assert.Contains("总经理", p.Titles);
    }
}

/// <summary>Sectors read from company names (crafted, invented names).</summary>
public sealed class SectorInNameTests
{
    [Fact]
    public void A_company_named_after_a_sector_the_article_speaks_of_is_in_that_sector()
    {
        // given a sector sentence and a company whose name holds the sector
        var x = Articles.Extract("长垣市超硬材料产业规模突破百亿元。江州金锋超硬材料有限公司获评专精特新企业。");

        // then the company is in the sector
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.InIndustry && r.From.Name == "江州金锋超硬材料有限公司" && r.To.Name.StartsWith("超硬材料", StringComparison.Ordinal));
    }
}

/// <summary>Event dates and triggers (crafted articles, invented names).</summary>
public sealed class EventDateAndTriggerTests
{
    [Fact]
    public void A_lead_opening_with_a_bare_day_is_dated_in_the_articles_month()
    {
        // given an article dated 2025-08-08 whose lead starts 8日上午
        var article = Articles.Make("8日上午，江州高新区汽车零部件产业招商项目集中签约仪式举行。", date: "2025-08-08");
        var x = new GenreExtractor(Lexicon.LoadEmbedded()).Extract(article);

        // then the signing is dated 2025-08-08
        Assert.Contains(x.Events, e => e.Type == EventTypes.Signing && e.Date == "2025-08-08");
    }

    [Fact]
    public void A_product_promotion_meeting_is_a_launch()
    {
        // given 新品推介会
        var x = Articles.Extract("6月28日，江州市工业和信息化局组织召开新能源装备制造企业新品推介会。");

        // then a launch is found
        Assert.Contains(x.Events, e => e.Type == EventTypes.Launch && e.Date == "2025-06-28");
    }
}

/// <summary>Titles in parentheses, qualified industry lists, names with 和, 在线 terms (crafted sentences, invented names).</summary>
public sealed class ParenthesesAndListsTests
{
    [Fact]
    public void A_name_before_a_parenthesis_holding_its_title_is_a_person_with_that_title()
    {
        // given 出席活动的有：A（东莞市副市长）、B（X大学副校长）等
        var x = Articles.Extract("出席活动的有：林嘉鸿（东莞市副市长）、覃立山（南粤理工大学副校长）等。");

        // then both are people with their titles
        Assert.Contains("副市长", x.Person("林嘉鸿").Titles);
        Assert.Contains("副校长", x.Person("覃立山").Titles);
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
    public void A_company_whose_name_holds_he_keeps_its_place_head_but_two_bodies_joined_by_he_stay_two()
    {
        // given 烟台泰和船舶装备有限公司 and 江州市人民政府和中国智能装备产业促进会
        var x = Articles.Extract("名单包括烟台泰和船舶装备有限公司。博览会由江州市人民政府和中国智能装备产业促进会主办。");

        // then the company keeps 烟台泰和 and the two hosts are separate
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "烟台泰和船舶装备有限公司");
        Assert.Contains(x.Entities, e => e.Name == "江州市人民政府");
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("政府和", StringComparison.Ordinal));
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
    public void The_title_printed_again_above_the_body_is_not_the_lead()
    {
        // given a body that repeats the title before the dated lead
        var article = Articles.Make("江州企业联合高校发布新一代人形机器人\n6月17日，江州灵川智能机器人有限公司举行新品发布会。", title: "江州企业联合高校发布新一代人形机器人", date: "2025-06-18");
        var x = new GenreExtractor(Lexicon.LoadEmbedded()).Extract(article);

        // then the launch takes the lead's date
        Assert.Contains(x.Events, e => e.Type == EventTypes.Launch && e.Date == "2025-06-17");
    }

    [Fact]
    public void A_hope_that_projects_sign_early_is_no_signing()
    {
        // given a meeting whose host asks that projects 早签约、早开工
        var x = Articles.Extract("3月5日，市长王立新会见了江州澜海新能源科技股份有限公司董事长一行。王市长要求推动项目早签约、早开工、早投产。");

        // then no signing is reported
        Assert.DoesNotContain(x.Events, e => e.Type == EventTypes.Signing);
    }

    [Theory]
    [InlineData("7月8日，江州星辰智能装备股份有限公司智能工厂正式投产。", "other")]

    [InlineData("近日，青川工业大学团队研制的巡检机器人通过了省科学技术厅组织的科技成果评价。", "meeting")]
    public void Openings_lists_and_evaluations_are_events(string lead, string type)
    {
        // when the lead is read, then an event of that type is found
        Assert.Contains(Articles.Extract(lead).Events, e => e.Type == type);
    }

    [Fact]
    public void Releasing_a_product_later_in_a_report_is_a_launch_and_releasing_a_document_is_not()
    {
        // given a forum where one speaker releases a platform and a body releases a report
        var product = Articles.Extract("9月5日，江州工业互联网峰会开幕。\n企业主旨演讲环节，江州恒远工业软件有限公司总经理陆立发布了“织机”工业数字孪生平台V3.0。");
        var document = Articles.Extract("9月5日，江州人工智能大会开幕。\n开幕式上，江州市经济和信息化局发布了《江州人工智能产业地图（2025）》。");

        // then only the platform release is a launch
        Assert.Contains(product.Events, e => e.Type == EventTypes.Launch);
        Assert.DoesNotContain(document.Events, e => e.Type == EventTypes.Launch);
    }

    [Fact]
    public void A_name_ending_in_he_before_a_comma_keeps_its_third_character()
    {
        // given 副省长顾清和，
        var x = Articles.Extract("省委常委、秘书长储立阳，副省长顾清和，江州市委书记陆立鸣陪同调研。");

        // then the vice-governor is 顾清和
        Assert.Contains("副省长", x.Person("顾清和").Titles);
    }

    [Fact]
    public void A_name_between_a_college_and_a_scholars_title_is_a_person()
    {
        // given X大学电气工程学院马某某教授团队… and 博士研究生王某某说
        var x = Articles.Extract("近日，江苏青川工业大学电气工程学院马立腾教授团队研制的巡检机器人通过成果评价。博士研究生王若川说，团队采集了五年的数据。");

        // then both are people
        Assert.Contains("教授", x.Person("马立腾").Titles);
        Assert.Contains("博士研究生", x.Person("王若川").Titles);
    }

    [Fact]
    public void A_verb_before_a_company_is_not_part_of_its_name_and_a_year_is_not_part_of_an_industry()
    {
        // given 采用X有限公司开发的… and 到2027年产业规模…
        var x = Articles.Extract("工厂采用江州渝远软件有限公司开发的制造执行系统。到2027年产业规模突破千亿元。");

        // then the company is named without 采用 and no industry holds the year
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "江州渝远软件有限公司");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Industry && e.Name.Contains("年", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recognition_list_is_a_policy_event_when_the_article_is_about_the_list()
    {
        // given a list article and an award-ceremony article that mentions a list in passing
        var list = Articles.Extract("近日，江州6家企业入选国家级专精特新“小巨人”企业名单。", title: "江州6家企业入选专精特新“小巨人”名单");
        var ceremony = Articles.Extract("12月9日，江州市科技创新大会召开。会上还公布了专精特新企业名单。", title: "江州市召开科技创新大会");

        // then only the list article has a policy event
        Assert.Contains(list.Events, e => e.Type == EventTypes.Policy);
        Assert.DoesNotContain(ceremony.Events, e => e.Type == EventTypes.Policy);
    }

    [Fact]
    public void A_dispatch_is_dated_by_the_day_after_its_dateline()
    {
        // given 新华社武汉10月17日电 … 16日在宜昌签署
        var x = Articles.Extract("新华社武汉10月17日电（记者 聂立文）江州市人民政府与青川科技大学16日在宜昌签署三方战略合作协议。");

        // then the signing is on the 16th
        Assert.Contains(x.Events, e => e.Type == EventTypes.Signing && e.Date == "2025-10-16");
    }

    [Fact]
    public void A_later_meeting_that_opens_with_its_own_day_takes_that_day()
    {
        // given a visit 9月28日 and, later, 29日…召开座谈会
        var x = Articles.Extract("9月28日，区委书记司马立带队赴青川市考察。\n29日，考察组召开座谈会，听取企业意见。");

        // then the meeting is on the 29th
        Assert.Contains(x.Events, e => e.Type == EventTypes.Meeting && e.Date == "2025-09-29");
    }

    [Theory]
    [InlineData("副省长施立强，市委副书记、市长林海滨观看演示。", "林海滨", "市长")]
    [InlineData("发布会上，泉智科技首席技术官崔雅琳演示了智能体开发平台。", "崔雅琳", "首席技术官")]
    [InlineData("海擎智达集团高级副总裁方睿等参加活动。", "方睿", "高级副总裁")]
    public void A_name_after_a_title_is_found_before_verbs_of_watching_and_showing(string sentence, string person, string title)
    {
        // when the sentence is read, then the person holds the title
        Assert.Contains(title, Articles.Extract(sentence).Person(person).Titles);
    }

    [Fact]
    public void Service_is_part_of_company_and_bureau_names()
    {
        // given 数据服务有限公司 and 政务服务和数字化建设管理局 (but 赣州建设X中心 is a place building a centre)
        var x = Articles.Extract("江西瑞达数据服务有限公司将建设数据标注基地。平台由长春市政务服务和数字化建设管理局牵头建设。赣州建设赣南智算中心。");

        // then both names are whole
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "江西瑞达数据服务有限公司");
        Assert.Contains(x.Entities, e => e.Name == "长春市政务服务和数字化建设管理局");
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("赣州建设", StringComparison.Ordinal));
    }
}
