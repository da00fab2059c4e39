using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// Events: which bodies a visit involves, signings told before their parties, dates (bare days, datelines, later
/// events), triggers (launches, openings, lists, evaluations) and hopes that are no events (crafted, invented names).
/// </summary>
public sealed class EventTests
{
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

    [Fact]
    public void A_project_start_is_an_event_and_a_tally_of_past_signings_is_not()
    {
        // given a groundbreaking, and an association report counting signings it brought about
        var start = Articles.Extract("4月19日上午，江州智算中心项目在江州市小店区开工。");
        var tally = Articles.Extract("4月15日，江州智能产业促进会年会召开。\n他介绍，促进会推动会员单位签订合作项目120多个。");

        // then the first is an event of type other and the second has no signing
        Assert.Contains(start.Events, e => e.Type == EventTypes.Other && e.Date == "2025-04-19");
        Assert.DoesNotContain(tally.Events, e => e.Type == EventTypes.Signing);
    }


    [Fact]
    public void A_visit_report_paragraph_opening_with_a_company_where_the_official_is_shown_things_involves_it()
    {
        // given a visit lead, then a paragraph that opens with 位于…的X公司 and its chairman briefing the official
        var x = Articles.Extract("6月3日，江州市委书记李明远率队走访重点企业。\n位于江州高新区的江州星耀新材料有限公司是有机硅龙头企业。在车间，公司董事长王立向李明远介绍了新产品。");

        // then the visit involves the company
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "江州星耀新材料有限公司");
    }


    [Fact]
    public void A_visit_report_paragraph_opening_with_a_district_and_a_company_involves_the_company()
    {
        // given a visit lead, then a paragraph that opens with …区的X公司 where the official asks questions
        var x = Articles.Extract("8月21日，省长韩立川到江州市调研。\n富川区的江州重装集团有限公司锻造车间里，油压机正在锻压。韩立川详细询问成品率，听取企业情况汇报。");

        // then the visit involves the company
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "江州重装集团有限公司");
    }


    [Fact]
    public void Leaders_meeting_the_other_side_before_a_signing_is_a_meeting_of_its_own()
    {
        // given a signing title and lead where the leaders 会见 the partner before signing
        var x = Articles.Extract("11月21日，江州市人民政府与青川海工装备集团有限公司战略合作协议签约仪式在江州举行。签约前，江州市委书记陆立航会见了青川海工装备集团有限公司董事长彭立业一行。",
            title: "江州市与青川海工装备集团签署战略合作协议");

        // then both a signing and a meeting are reported
        Assert.Contains(x.Events, e => e.Type == EventTypes.Signing);
        Assert.Contains(x.Events, e => e.Type == EventTypes.Meeting);
    }

    [Fact]
    public void A_press_conference_is_a_meeting_not_a_launch()
    {
        // given a policy issued and a press conference explaining it
        var x = Articles.Extract("2月27日，青川省人民政府办公厅印发《青川省碳纤维产业高质量发展行动方案》。3月4日，省政府新闻办召开新闻发布会，解读《行动方案》。",
            title: "青川省印发碳纤维产业行动方案");

        // then no launch is reported; the press conference is a meeting
        Assert.DoesNotContain(x.Events, e => e.Type == EventTypes.Launch);
        Assert.Contains(x.Events, e => e.Type == EventTypes.Meeting);
    }


    [Fact]
    public void Officials_who_go_along_together_are_participants_of_the_visit()
    {
        // given a lead visit sentence and a second sentence of officials who 一同调研
        var x = Articles.Extract("5月8日，市委书记龙立川到江州星澜光电科技有限公司调研。市委副书记、市长韦立源，副市长钟立岚一同调研。");

        // then the officials take part in the visit
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Participants, p => p.Person == "韦立源");
        Assert.Contains(visit.Participants, p => p.Person == "钟立岚");
    }


    [Fact]
    public void A_press_conference_told_with_its_own_day_takes_that_day_and_its_later_mentions_launch_nothing()
    {
        // given a policy issued on 9月2日, a press conference on 9月3日, and 在发布会上介绍 in the next paragraph
        var x = Articles.Extract("9月2日，江州市人民政府办公室印发《江州市支持低空经济高质量发展若干措施》。9月3日，市政府新闻办召开新闻发布会，对《若干措施》进行解读。\n市发展改革委主任范立清在发布会上介绍了政策要点。",
            title: "江州出台十二条措施支持低空经济高质量发展");

        // then the policy is dated 9月2日, the meeting 9月3日, and there is no launch
        Assert.Contains(x.Events, e => e.Type == EventTypes.Policy && e.Date == "2025-09-02");
        Assert.Contains(x.Events, e => e.Type == EventTypes.Meeting && e.Date == "2025-09-03");
        Assert.DoesNotContain(x.Events, e => e.Type == EventTypes.Launch);
    }


    [Fact]
    public void The_last_stop_of_a_visit_is_visited()
    {
        // given a visit lead and a later 最后一站是X公司
        var x = Articles.Extract("11月18日，市长王立衡到江州经济技术开发区调研。\n最后一站是江州柏远机器人科技有限公司。");

        // then the visit involves that company
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "江州柏远机器人科技有限公司");
    }


    [Fact]
    public void A_press_conference_in_a_later_paragraph_is_a_meeting_of_its_own_day()
    {
        // given a policy issued 近日 and a press conference on 11月4日 in the next paragraph
        var x = Articles.Extract("近日，江州市人民政府办公室印发《江州市加快人工智能产业发展若干措施》。\n11月4日，江州市政府新闻办召开新闻发布会，对《措施》进行解读。",
            title: "江州出台十条措施支持人工智能产业发展", date: "2025-11-05");

        // then the press conference is a meeting on 11月4日
        Assert.Contains(x.Events, e => e.Type == EventTypes.Meeting && e.Date == "2025-11-04");
    }

    [Fact]
    public void A_product_or_white_paper_released_at_a_conference_is_a_launch_of_its_own()
    {
        // given a conference where a company releases a model and an institute a white paper
        var x = Articles.Extract("9月19日，2025江州人工智能产业大会在江州开幕。\n江州云算科技有限公司发布“云枢”工业大模型。江州信息通信研究院还发布了《江州绿色算力发展白皮书（2025）》。");

        // then besides the conference there is a launch
        Assert.Contains(x.Events, e => e.Type == EventTypes.Conference);
        Assert.Contains(x.Events, e => e.Type == EventTypes.Launch);
    }

    [Fact]
    public void A_scenario_list_or_a_product_launched_earlier_is_no_launch_at_a_conference()
    {
        // given a conference where only a list is released and a product 今年推出的 is mentioned
        var x = Articles.Extract("9月19日，2025江州机器人产业大会在江州开幕。\n会上，江州市工业和信息化局发布了首批20个机器人应用场景清单。江州锐驰智能装备有限公司今年推出的双臂人形机器人已在车间试用。");

        // then there is no launch
        Assert.DoesNotContain(x.Events, e => e.Type == EventTypes.Launch);
    }

    [Fact]
    public void An_interview_that_opens_by_walking_into_a_workshop_reports_no_visit_but_the_launch_it_tells_of_with_its_day()
    {
        // given an interview (——访 in the title, questions and answers) opening with 走进 and an answer telling of a launch
        var article = Articles.Make("走进江州灵犀智造机器人有限公司的车间，机器轰鸣。\n记者：最近有什么新产品？\n陈牧之：是的，8月22日我们在博览会上发布了五指灵巧手和具身智能训练平台。",
            title: "让机器人学会手感——访江州灵犀智造机器人有限公司首席技术官陈牧之");
        var x = new GenreExtractor(Lexicon.LoadEmbedded()).Extract(article);

        // then there is no visit, and the launch is dated by the answer
        Assert.DoesNotContain(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(x.Events, e => e.Type == EventTypes.Launch && e.Date == "2025-08-22");
    }

    [Fact]
    public void A_launch_told_without_its_maker_involves_the_company_the_report_names_most()
    {
        // given an interview about one company whose answer tells of a dated release by 我们
        var x = Articles.Extract("江州晶越半导体材料有限公司是省内较早量产碳化硅衬底的企业。\n记者：江州晶越半导体材料有限公司为什么选择这条赛道？\n今年9月26日，我们在江州发布了8英寸导电型碳化硅衬底。",
            title: "对话晶越半导体创始人：把碳化硅衬底做到世界级");

        // then the launch involves the company
        var launch = Assert.Single(x.Events, e => e.Type == EventTypes.Launch);
        Assert.Contains(launch.Involved, o => o.Name == "江州晶越半导体材料有限公司");
        Assert.Equal("2025-09-26", launch.Date);
    }

    [Fact]
    public void A_title_that_says_chutai_without_a_document_does_not_hide_the_leads_policy_document()
    {
        // given a title with 出台 and a slogan, and a lead that issues an action plan
        var x = Articles.Extract("11月6日，江州市人民政府办公室印发《江州市具身智能产业创新发展行动计划（2025—2027年）》。",
            title: "江州出台“20条” 单个项目最高补助2000万元");

        // then a policy event is found, dated by the lead
        Assert.Contains(x.Events, e => e.Type == EventTypes.Policy && e.Date == "2025-11-06");
    }

    [Fact]
    public void The_company_that_runs_a_visited_facility_is_visited_with_it_but_not_one_that_only_invested_in_it()
    {
        // given a visit to a computing centre run by one company and a labelling base built by another
        var x = Articles.Extract("8月13日，市委书记方立川来到江州寒地智算中心调研。\n寒地智算中心是全省首批算力调度项目，由江州三江云数科技有限公司投资建设运营。\n标注基地由江州数字产业发展集团有限公司投资建设。");

        // then the operator is visited, the investor is not
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "江州三江云数科技有限公司");
        Assert.DoesNotContain(visit.Involved, o => o.Name == "江州数字产业发展集团有限公司");
    }

    [Fact]
    public void A_company_opening_a_paragraph_where_its_manager_tells_the_visitor_something_is_visited()
    {
        // given a visit whose later paragraph opens with a company's workshop and its manager telling the leader about it
        var x = Articles.Extract("8月13日，省委书记柏立岳来到江州市调研。\n江州寒芯半导体有限公司的洁净车间内，封装测试产线满负荷运转。企业负责人告诉柏立岳，公司聚焦车规级功率半导体。");

        // then the company is visited
        var visit = Assert.Single(x.Events, e => e.Type == EventTypes.Visit);
        Assert.Contains(visit.Involved, o => o.Name == "江州寒芯半导体有限公司");
    }

    [Fact]
    public void A_matchmaking_meeting_that_releases_a_first_scenario_list_is_a_meeting_and_a_launch()
    {
        // given a supply-demand matchmaking meeting where a bureau releases its first list of scenarios
        var x = Articles.Extract("8月13日，江州市人工智能应用场景供需对接会在江州高新区举行。会上，江州市工业和信息化局发布首批应用场景清单。",
            title: "江州举办人工智能应用场景供需对接会");

        // then there is a meeting and a launch on that day
        Assert.Contains(x.Events, e => e.Type == EventTypes.Meeting && e.Date == "2025-08-13");
        Assert.Contains(x.Events, e => e.Type == EventTypes.Launch && e.Date == "2025-08-13");
    }

    [Fact]
    public void A_feature_that_walks_into_one_company_without_a_day_or_an_official_is_no_visit()
    {
        // given a feature story opening with 走进 one company's workshop, no day and no official
        var x = Articles.Extract("走进江州耒创精密传动有限公司的恒温车间，机器轰鸣声比想象中小得多。公司董事长谢明亮早年从事数控机床销售。",
            title: "记者探访｜江州这家小巨人把机器人关节精度做到头发丝的十分之一");

        // then there is no visit
        Assert.DoesNotContain(x.Events, e => e.Type == EventTypes.Visit);
    }
}
