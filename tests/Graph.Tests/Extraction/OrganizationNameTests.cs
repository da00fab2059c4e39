using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// Organization names: stop words inside names, descriptions and verbs before them, joint labs, laboratories, bureaus,
/// media, town committees, bank branches, brand short forms (crafted sentences, invented names).
/// </summary>
public sealed class OrganizationNameTests
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
    public void A_joint_lab_named_with_a_dash_between_its_parents_is_one_organization()
    {
        // given 大学—公司联合实验室
        var x = Articles.Extract("6月12日，青川工业大学—鸿羽纺织智能纺织材料联合实验室揭牌仪式在江州市举行。");

        // then the whole name is one organization
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "青川工业大学—鸿羽纺织智能纺织材料联合实验室");
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

    [Fact]
    public void A_laboratory_named_after_two_fields_joined_by_yu_is_one_organization()
    {
        // given X与Y湖南省重点实验室
        var x = Articles.Extract("青川理工大学与智能感知与控制湖南省重点实验室联合研发了故障诊断大模型。");

        // then the whole laboratory name is one organization
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "智能感知与控制湖南省重点实验室");
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
    public void A_verb_before_a_company_is_not_part_of_its_name_and_a_year_is_not_part_of_an_industry()
    {
        // given 采用X有限公司开发的… and 到2027年产业规模…
        var x = Articles.Extract("工厂采用江州渝远软件有限公司开发的制造执行系统。到2027年产业规模突破千亿元。");

        // then the company is named without 采用 and no industry holds the year
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "江州渝远软件有限公司");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Industry && e.Name.Contains("年", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("4月17日，苏东理工大学—微澜半导体智能传感联合研究院揭牌。", "苏东理工大学—微澜半导体智能传感联合研究院")]
    [InlineData("苏东理工大学电子科学与工程学院院长沈立介绍了研究方向。", "苏东理工大学电子科学与工程学院")]
    [InlineData("山西并州工业大学将使用科研算力平台。", "山西并州工业大学")]
    [InlineData("山西汾远建设工程集团有限公司承建项目。", "山西汾远建设工程集团有限公司")]
    public void Names_holding_joins_fields_and_stop_words_stay_whole(string sentence, string name)
    {
        // when the sentence is read, then the body keeps its whole name
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind is EntityKind.Organization or EntityKind.Company && e.Name == name);
    }

    [Fact]
    public void A_count_of_hospitals_and_a_witnessing_verb_are_not_part_of_names()
    {
        // given 全省40余家医院 and 见证武汉市人民政府…
        var x = Articles.Extract("系统已在全省40余家医院应用。双方见证武汉市人民政府与江州通衡集团签约。");

        // then no organization counts hospitals and the government is named without 见证
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("余家", StringComparison.Ordinal));
        Assert.Contains(x.Entities, e => e.Name == "武汉市人民政府");
    }


    [Theory]
    [InlineData("调研组走进江州重工激光再制造有限公司。", "江州重工激光再制造有限公司")]
    [InlineData("这批设备将发往江州钢铁联合有限责任公司。", "江州钢铁联合有限责任公司")]
    [InlineData("同时获奖的还有青川瑞达动力科技有限公司。", "青川瑞达动力科技有限公司")]
    public void Remanufacturing_and_joint_stay_inside_names_and_verbs_before_them_stay_out(string sentence, string company)
    {
        // when the sentence is read, then the company has exactly its name
        var x = Articles.Extract(sentence);
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == company);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Company && e.Name != company);
    }

    [Theory]
    [InlineData("江西禾丰数字农业科技有限公司签约落户。禾丰数农是一家高新技术企业。", "江西禾丰数字农业科技有限公司", "禾丰数农")]
    [InlineData("四川瑞峰智能液压科技股份有限公司投产新线。瑞峰液压是专精特新企业。", "四川瑞峰智能液压科技股份有限公司", "瑞峰液压")]
    [InlineData("山西晋拓建设工程集团有限公司承建项目。晋拓建设集团项目负责人介绍了进度。", "山西晋拓建设工程集团有限公司", "晋拓建设集团")]
    public void Contracted_and_brand_plus_trade_short_forms_are_the_company(string text, string company, string shortForm)
    {
        // when the article is read
        var x = Articles.Extract(text);

        // then the short form is an alias of the one company
        var firm = Assert.Single(x.Entities, e => e.Kind == EntityKind.Company);
        Assert.Equal(company, firm.Name);
        Assert.Contains(shortForm, firm.Aliases);
    }


    [Theory]
    [InlineData("随后，调研组来到青川省农业科学院江州分院。", "青川省农业科学院江州分院", EntityKind.Organization)]
    [InlineData("华为技术有限公司江州代表处副代表罗立杰分享了案例。", "华为技术有限公司", EntityKind.Company)]
    [InlineData("青川大学教授宁立辉出任江州智能焊接联合实验室首席科学家。", "江州智能焊接联合实验室", EntityKind.Organization)]
    [InlineData("方案提出支持起重装备龙头江州卫远起重机械集团有限公司建设智能工厂。", "江州卫远起重机械集团有限公司", EntityKind.Company)]
    public void Branches_brand_heads_and_words_before_names(string sentence, string name, EntityKind kind)
    {
        // when the sentence is read, then the body has exactly its name
        var x = Articles.Extract(sentence);
        Assert.Contains(x.Entities, e => e.Kind == kind && e.Name == name);
        Assert.DoesNotContain(x.Entities, e => e.Kind is EntityKind.Organization or EntityKind.Company && e.Name != name && (e.Name.EndsWith(name[^4..], StringComparison.Ordinal) || e.Name.Contains(name, StringComparison.Ordinal)));
    }


    [Fact]
    public void A_university_after_a_company_and_zheng_yu_is_its_own_body()
    {
        // given 荆州X有限公司正与Y大学合作
        var x = Articles.Extract("荆州恒远汽车部件股份有限公司正与江汉大学合作研发转向系统故障预测模型。");

        // then both bodies are found
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "荆州恒远汽车部件股份有限公司");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "江汉大学");
    }

    [Theory]
    [InlineData("省直有关部门、淄博市和集团有关负责同志参加活动。")]
    [InlineData("多家县级医院已接入平台，更多实验室将陆续开放。")]
    [InlineData("科研人员借助高通量表型鉴定平台筛选品种。")]
    public void Conjunctions_counts_and_words_that_start_with_a_brand_are_no_bodies(string sentence)
    {
        // when the sentence is read, then no organization is found
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Kind is EntityKind.Organization or EntityKind.Company);
    }

    [Fact]
    public void An_innovation_consortium_with_a_place_head_is_an_organization()
    {
        // when a consortium is named after its city
        var x = Articles.Extract("江汉大学人工智能研究院将牵头组建荆州市工业人工智能创新联合体。");

        // then it is one organization
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "荆州市工业人工智能创新联合体");
    }


    [Theory]
    [InlineData("中国建设银行青川分行与公司签署授信协议。", "中国建设银行青川分行")]
    [InlineData("中国电信股份有限公司江州分公司总经理出席。", "中国电信股份有限公司江州分公司")]
    [InlineData("公司与中国石油大学(华东)共建了联合实验室。", "中国石油大学(华东)")]
    public void Branches_after_their_parent_and_campuses_in_parentheses_are_part_of_the_name(string sentence, string name)
    {
        // when the sentence is read, then the body carries its whole name
        var x = Articles.Extract(sentence);
        Assert.Contains(x.Entities, e => e.Kind is EntityKind.Company or EntityKind.Organization && e.Name == name);
        Assert.DoesNotContain(x.Entities, e => e.Kind is EntityKind.Company or EntityKind.Organization && e.Name != name && name.Contains(e.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("下一步公司将扩大产能。")]
    [InlineData("他曾在一家互联网公司工作。")]
    [InlineData("基地建成新能源矿卡三个研究中心。")]
    public void Plans_generic_trades_and_counted_bodies_are_not_names(string sentence)
    {
        // when the sentence is read, then no organization is found
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Kind is EntityKind.Organization or EntityKind.Company);
    }


    [Fact]
    public void A_two_character_brand_with_jituan_is_the_group()
    {
        // given a group's full name and later its brand with 集团
        var x = Articles.Extract("广西蓝海海洋装备集团有限公司交付养殖工船。蓝海集团董事长介绍了订单情况。");

        // then one company with 蓝海集团 as its alias
        var firm = Assert.Single(x.Entities, e => e.Kind == EntityKind.Company);
        Assert.Contains("蓝海集团", firm.Aliases);
    }


    [Theory]
    [InlineData("9月12日，浙江暨远织联科技有限公司举行发布会。", "浙江暨远织联科技有限公司", EntityKind.Company)]
    [InlineData("11月4日，江州市机器人与智能装备产业联盟成立大会举行。", "江州市机器人与智能装备产业联盟", EntityKind.Organization)]
    [InlineData("目前江州石油集团已试点无人机巡线。", "江州石油集团", EntityKind.Company)]
    public void Ji_inside_a_place_headed_name_yu_inside_an_alliance_and_muqian_before_a_name(string sentence, string name, EntityKind kind)
    {
        // when the sentence is read, then the body has exactly its name
        var x = Articles.Extract(sentence);
        Assert.Contains(x.Entities, e => e.Kind == kind && e.Name == name);
        Assert.DoesNotContain(x.Entities, e => e.Kind is EntityKind.Organization or EntityKind.Company && e.Name != name);
    }

    [Fact]
    public void Jiezhu_gongsi_is_no_company()
    {
        // when a sentence uses 借助公司自研的…
        var x = Articles.Extract("机身借助公司自研的多模态融合算法识别烟点。");

        // then no company is read from it
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Company);
    }


    [Fact]
    public void The_fang_of_shourangfang_is_not_part_of_the_company()
    {
        // when a transferee is named after 受让方
        var x = Articles.Extract("受让方鸡西宝远新材料科技有限公司将新建生产线。");

        // then the company starts at its place
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "鸡西宝远新材料科技有限公司");
    }


    [Theory]
    [InlineData("市长会见中国联合网络通信集团有限公司副总经理邵立栋一行。", "中国联合网络通信集团有限公司", EntityKind.Company)]
    [InlineData("梁立舟院士工作站和江州固态电池联合实验室同时揭牌。", "梁立舟院士工作站", EntityKind.Organization)]
    public void Lianhe_inside_a_registered_name_and_academician_workstations(string sentence, string name, EntityKind kind)
    {
        // when the sentence is read, then the body has its whole name
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == kind && e.Name == name);
    }

    [Fact]
    public void An_apple_orchard_is_no_company()
    {
        // when a county speaks of its apples
        var x = Articles.Extract("县长要求以“苹果大脑”为牵引，让温宿苹果卖出好价钱。");

        // then no company is read
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Company);
    }


    [Theory]
    [InlineData("12月9日上午，武远学院人工智能产业学院揭牌仪式举行。", "武远学院人工智能产业学院")]
    [InlineData("淮远工学院的展区以师生科研成果为主。", "淮远工学院")]
    [InlineData("依托皖远学院的师资，建设人工智能现代产业学院。", "皖远学院")]
    public void A_college_with_a_short_name_after_a_clean_edge_is_an_organization(string sentence, string name)
    {
        // when the sentence is read, then the college is found
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Organization && e.Name == name);
    }

    [Theory]
    [InlineData("江州学院副校长段立云任联盟专家委员会主任。", "段立云")]
    [InlineData("训练数据覆盖集团近十年积累的调度日志。", null)]
    public void Ren_and_fugai_before_a_body_are_not_part_of_its_name(string sentence, string? person)
    {
        // when the sentence is read, then no body name starts with the person or the verb
        var x = Articles.Extract(sentence);
        Assert.DoesNotContain(x.Entities, e => e.Kind is EntityKind.Organization or EntityKind.Company && (e.Name.Contains('任') || e.Name.Contains("覆盖", StringComparison.Ordinal)));
        if (person is not null)
        {
            Assert.Equal(person, x.Person(person).Name);
        }
    }


    [Fact]
    public void A_short_form_with_its_full_name_declared_in_parentheses_is_that_company()
    {
        // given 中X数智(全称…有限公司), 所属, and 专业化平台公司
        var x = Articles.Extract("江州能源集团有限公司所属江煤数智能源科技有限公司举行签约。江煤数智（全称江煤数智能源科技有限公司）是集团的专业化平台公司。");

        // then the short form is an alias of the full name, and neither 所属 nor the kind of company is a name
        var firm = Assert.Single(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "江煤数智能源科技有限公司");
        Assert.Contains("江煤数智", firm.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Company && (e.Name.Contains("所属", StringComparison.Ordinal) || e.Name.Contains("平台公司", StringComparison.Ordinal)));
    }


    [Fact]
    public void A_park_before_a_place_headed_company_is_where_it_is_not_its_name()
    {
        // when a company is named after the park it stands in
        var x = Articles.Extract("走进耒阳经济开发区湖南耒远精密传动有限公司的恒温车间。");

        // then the company starts at its province
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Company && e.Name == "湖南耒远精密传动有限公司");
    }

    [Theory]
    [InlineData("新机型搭载公司自研的飞控系统。")]
    [InlineData("发布会上正式推出公司首款产品。")]
    public void Verbs_before_gongsi_make_no_company(string sentence)
    {
        // when the sentence is read, then no company is found
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Company);
    }


    [Fact]
    public void A_groups_published_short_name_is_the_group_named_in_full()
    {
        // given a group's registered name and later the short name news uses for it
        var x = Articles.Extract("市长会见中国联合网络通信集团有限公司副总经理邵立栋一行。中国联通将在江州建设算力枢纽。");

        // then one company, with 中国联通 as its alias
        var firm = Assert.Single(x.Entities, e => e.Kind == EntityKind.Company);
        Assert.Equal("中国联合网络通信集团有限公司", firm.Name);
        Assert.Contains("中国联通", firm.Aliases);
    }

    [Theory]
    [InlineData("随后，他来到江州云瀚智能科技有限公司，观看公司打造的工业大脑平台。", "观看公司")]
    [InlineData("第二款是导诊机器人，内置公司自研的中医药知识大模型。", "内置公司")]
    [InlineData("委员们听取市发展和改革局关于项目的汇报。", "听取市发展和改革局")]
    [InlineData("他在回答酒泉日报社记者提问时说。", "回答酒泉日报社")]
    [InlineData("他听取汇报，体验公司推出的多民族语言大模型。", "体验公司")]
    [InlineData("让AI学会看茶识茶——访黄山云岚智农科技有限公司创始人方慕白", "访黄山云岚智农科技有限公司")]
    public void A_verb_before_a_body_is_not_part_of_its_name(string sentence, string notName)
    {
        // when the sentence is read, then the verb and what follows are no organization
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Name == notName);
    }

    [Fact]
    public void A_computing_centre_is_a_body_only_where_an_event_involves_it()
    {
        // given a visit to one computing centre and another centre named in passing
        var x = Articles.Extract("8月13日，市委书记方立川来到哈尔滨寒地智算中心调研。\n此外，大庆智算中心也已投运500P算力。");

        // then the visited centre is an organization, the one named in passing is not
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "哈尔滨寒地智算中心");
        Assert.DoesNotContain(x.Entities, e => e.Name == "大庆智算中心");
    }

    [Theory]
    [InlineData("我们的目标是让机器人先学会拧好一颗螺丝。", "机器人先学会")]
    [InlineData("通过模仿学习训练模型，让机器人学会开刃和抛光。", "机器人学会")]
    public void Learning_xuehui_after_rang_or_an_adverb_is_no_society(string sentence, string notName)
    {
        // when the sentence is read, then 学会 (learn) makes no organization
        Assert.DoesNotContain(Articles.Extract(sentence).Entities, e => e.Name == notName);
    }

    [Fact]
    public void A_provincial_society_of_artificial_intelligence_is_a_society()
    {
        // given a society named as co-organizer
        var x = Articles.Extract("大会由江州市人民政府主办、湖南省人工智能学会协办。");

        // then it is an organization
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name == "湖南省人工智能学会");
    }

    [Fact]
    public void A_name_that_begins_with_youse_non_ferrous_keeps_it()
    {
        // given a research institute on non-ferrous metals co-built by two colleges
        var x = Articles.Extract("支持桂林理工大学与河池学院在河池共建有色金属新材料研究院。");

        // then the institute's name keeps 有色
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Organization && e.Name.EndsWith("有色金属新材料研究院", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Entities, e => e.Name == "色金属新材料研究院");
    }

    [Fact]
    public void A_provincial_government_written_short_is_the_peoples_government()
    {
        // given 广东省政府 written short
        var x = Articles.Extract("广东省政府与江州新能集团有限公司签署战略合作协议。");

        // then the body is 广东省人民政府, with the short form as an alias
        var gov = Assert.Single(x.Entities, e => e.Name == "广东省人民政府");
        Assert.Contains("广东省政府", gov.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name == "广东省政府");
    }

    [Theory]
    [InlineData("涟源市湖南湘中焊接装备有限公司建成智能焊接产线。", "湖南湘中焊接装备有限公司")]
    [InlineData("刻蚀设备制造商江西恒鑫半导体装备有限公司发布新品。", "江西恒鑫半导体装备有限公司")]
    public void A_county_or_a_trade_before_a_province_headed_company_is_not_part_of_its_name(string sentence, string company)
    {
        // when the sentence is read, then the company's name starts at its province
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Company && e.Name == company);
    }

    [Fact]
    public void A_chamber_of_commerce_of_one_city_in_another_keeps_both_places()
    {
        // when a chamber is named after its home city and the city it sits in, then the name keeps both
        Assert.Contains(Articles.Extract("昆山市宝鸡商会会长出席活动。").Entities, e => e.Name == "昆山市宝鸡商会");
    }

    [Fact]
    public void A_college_named_after_two_fields_of_a_xueyuan_university_keeps_both_fields()
    {
        // when a college of a 学院-named university is named after two fields, then the whole college is one name
        Assert.Contains(Articles.Extract("嘉应学院物理与电子工程学院与企业共建实验室。").Entities, e => e.Name == "嘉应学院物理与电子工程学院");
    }

    [Fact]
    public void A_placeless_provincial_department_is_the_one_of_the_articles_province_and_keeps_the_written_form()
    {
        // given an article about 宜昌 that names 省科技厅 and its director
        var x = Articles.Extract("6月3日，宜昌市举行人工智能大会。省科技厅厅长周立新出席并致辞。");

        // then the department is 湖北省科技厅 (宜昌 is in 湖北), written 省科技厅, and the director holds a position there
        var dept = Assert.Single(x.Entities, e => e.Name == "湖北省科技厅");
        Assert.Contains("省科技厅", dept.Aliases);
        Assert.Contains(x.Relations, r => r.Type == RelationshipTypes.HoldsPosition && r.From.Name == "周立新" && r.To.Name == "湖北省科技厅");
    }

    [Fact]
    public void A_placeless_city_bureau_is_the_one_of_the_town_the_article_names_most()
    {
        // given an article about 永康市 that names 市科技局
        var x = Articles.Extract("永康市出台若干措施。永康市将支持五金企业智能化改造，市科技局负责组织实施。");

        // then the bureau is 永康市科技局
        Assert.Contains(x.Entities, e => e.Name == "永康市科技局");
    }

    [Fact]
    public void Placeless_departments_of_two_provinces_stay_two_bodies_across_the_corpus()
    {
        // given one article about 宜昌 and one about 绵阳, each naming 省科技厅
        var a = Articles.Extract("宜昌市举行人工智能大会。省科技厅有关负责人出席。", id: "b1");
        var b = Articles.Extract("绵阳市举行科技城大会。省科技厅有关负责人出席。", id: "b2");

        // when resolved together
        var resolver = Graph.Resolution.EntityResolver.Build([a, b]);

        // then the two departments are two entities, each keeping the written form as an alias
        var hubei = resolver.Resolve(EntityKind.Organization, "湖北省科技厅");
        var sichuan = resolver.Resolve(EntityKind.Organization, "四川省科技厅");
        Assert.NotEqual(hubei, sichuan);
        Assert.Contains("省科技厅", hubei.Aliases);
        Assert.Contains("省科技厅", sichuan.Aliases);
    }

    [Theory]
    [InlineData("兴安盟工业和信息化局局长出席活动。", "兴安盟工业和信息化局")]
    [InlineData("阿拉善盟行政公署与企业签约。", "阿拉善盟行政公署")]
    public void A_body_of_a_league_of_inner_mongolia_is_read_with_its_league(string sentence, string body)
    {
        // when the sentence is read, then the body keeps its league (盟) as its place
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Organization && e.Name == body);
    }

    [Fact]
    public void An_innovation_centre_named_after_two_fields_joined_by_yu_keeps_both()
    {
        // when a centre is named 智能液压与电驱动技术联合创新中心, then the whole is its name
        Assert.Contains(Articles.Extract("阜新市举行仪式，智能液压与电驱动技术联合创新中心揭牌。").Entities, e => e.Name == "智能液压与电驱动技术联合创新中心");
    }
}
