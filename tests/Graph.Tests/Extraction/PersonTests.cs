using Graph.Extraction;
using Graph.Model;

namespace Graph.Tests.Extraction;

/// <summary>
/// People: surnames, titles joined by 兼 or in parentheses, names before scholars' titles and verbs, collective leads,
/// common nouns that are no names (crafted sentences, invented names).
/// </summary>
public sealed class PersonTests
{
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
    public void Both_titles_joined_by_jian_belong_to_the_person()
    {
        // given 公司董事长兼总经理X
        var x = Articles.Extract("江州栖梧智能家电股份有限公司董事长兼总经理冼立庭在发布会上表示，公司将加大研发投入。");

        // then the person holds both titles
        var p = x.Person("冼立庭");
        Assert.Contains("董事长", p.Titles);
        Assert.Contains("总经理", p.Titles);
    }

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
    public void A_name_opening_a_clause_before_dangxuan_and_a_title_is_a_person()
    {
        // given …等9人当选副会长，梁某某当选秘书长
        var x = Articles.Extract("江州云川信息技术股份有限公司董事长韦嘉立当选会长，梁晓山当选秘书长。");

        // then 梁晓山 is the secretary-general
        Assert.Contains("秘书长", x.Person("梁晓山").Titles);
    }


    [Fact]
    public void The_zhang_of_mishuzhang_does_not_start_the_surname_zhangsun()
    {
        // given 秘书长 before a name starting with 孙
        var x = Articles.Extract("市委常委、秘书长孙立群陪同调研。");

        // then the person is 孙立群 with the whole title
        Assert.Contains("秘书长", x.Person("孙立群").Titles);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name.StartsWith("长孙", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("市委副书记、市长严立华推介本地营商环境。", "严立华", "市长")]
    [InlineData("公司总工程师陈立峰逐一拆解了新品的技术细节。", "陈立峰", "总工程师")]
    [InlineData("江州灵犀科技有限公司副总裁邢可签订了采购协议。", "邢可", "副总裁")]
    [InlineData("高新区管委会主任马立平经常到企业问需。", "马立平", "主任")]
    public void A_name_after_a_title_is_found_before_verbs_of_promoting_signing_and_habit(string sentence, string person, string title)
    {
        // when the sentence is read, then the person holds the title
        Assert.Contains(title, Articles.Extract(sentence).Person(person).Titles);
    }


    [Theory]
    [InlineData("江州航道处处长邓立林评价，这为山区河流提供了样本。", "邓立林", "处长")]
    [InlineData("听取公司董事长韦立德关于海外订单情况的汇报。", "韦立德", "董事长")]
    [InlineData("公司创始人、总经理向立远今年38岁。", "向立远", "总经理")]
    [InlineData("青川石油大学教授宁立辉出任实验室首席科学家。", "宁立辉", "教授")]
    [InlineData("中国工程院院士宋立明通过视频致辞。", "宋立明", "院士")]
    public void A_name_after_a_title_is_found_before_words_of_judging_topic_age_office_and_means(string sentence, string person, string title)
    {
        // when the sentence is read, then the person holds the title
        Assert.Contains(title, Articles.Extract(sentence).Person(person).Titles);
    }

    [Fact]
    public void A_long_transliterated_name_after_a_middle_dot_is_kept_whole_and_qiju_is_no_name()
    {
        // given a Uyghur name with a six-character second part, and 代表齐聚一堂
        var x = Articles.Extract("江州大学化工学院院长、教授阿依古丽·阿不都热依木在仪式上介绍了成果。400余家企业的代表齐聚一堂。");

        // then the whole name is the person and 齐聚 is none
        Assert.Contains("院长", x.Person("阿依古丽·阿不都热依木").Titles);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name == "齐聚");
    }


    [Theory]
    [InlineData("龙海川向公司董事长陆立鸣询问订单情况。", "陆立鸣", "董事长")]
    [InlineData("联合实验室由该校教授宋立远牵头。", "宋立远", "教授")]
    [InlineData("地委副书记、行署专员艾克拜尔·吐尔逊，大学副校长阿依努尔·买买提共同为中心揭牌。", "阿依努尔·买买提", "副校长")]
    [InlineData("地委副书记、行署专员艾克拜尔·吐尔逊，大学副校长阿依努尔·买买提共同为中心揭牌。", "艾克拜尔·吐尔逊", "行署专员")]
    public void A_name_is_found_before_asking_leading_and_together_and_after_a_prefecture_title(string sentence, string person, string title)
    {
        // when the sentence is read, then the person holds the title and no demonstrative is a name
        var x = Articles.Extract(sentence);
        Assert.Contains(title, x.Person(person).Titles);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains('该'));
    }


    [Fact]
    public void A_name_before_buchong_is_a_person()
    {
        // when a manager adds a remark
        var x = Articles.Extract("公司副总经理、研发中心主任方立怡补充说，团队有112人。");

        // then the manager is a person with both titles
        Assert.Contains("主任", x.Person("方立怡").Titles);
    }


    [Theory]
    [InlineData("县委副书记、县长买买提江·吐尔逊按下启动键。", "买买提江·吐尔逊", "县长")]
    [InlineData("县农业农村局局长古丽米拉·艾山等参加上线仪式。", "古丽米拉·艾山", "局长")]
    [InlineData("州政协委员、江州学院副校长吴立宇建议尽快启动语料库建设。", "吴立宇", "副校长")]
    public void A_dotted_name_stops_at_the_first_word_after_it_and_a_name_before_jianyi_is_a_person(string sentence, string person, string title)
    {
        // when the sentence is read, then the person has exactly that name and the title
        var x = Articles.Extract(sentence);
        Assert.Contains(title, x.Person(person).Titles);
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name != person && e.Name.StartsWith(person, StringComparison.Ordinal));
    }


    [Theory]
    [InlineData("市人大常委会副主任木立娟、秘书长段立亮参加调研。", "木立娟", "副主任")]
    [InlineData("总经理盛立清汇报了芯片良率。", "盛立清", "总经理")]
    [InlineData("江州云远智能科技有限公司首席执行官卞立鸣登台。", "卞立鸣", "首席执行官")]
    [InlineData("学院教授鲁立舟团队负责三维建模。", "鲁立舟", "教授")]
    public void Names_before_reporting_going_on_stage_and_teams_and_the_surname_mu(string sentence, string person, string title)
    {
        // when the sentence is read, then the person holds the title
        Assert.Contains(title, Articles.Extract(sentence).Person(person).Titles);
    }


    [Fact]
    public void Jieshi_is_no_name_and_a_second_grade_researcher_is_a_title()
    {
        // given 解释 after 记者 and a 二级调研员 before a name
        var x = Articles.Extract("研发中心主任刘立曼一边比划一边向记者解释。市交通运输局二级调研员孔立华介绍有关情况。");

        // then 解释 is no person and 孔立华 holds the title
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name == "解释");
        Assert.Contains("二级调研员", x.Person("孔立华").Titles);
    }

    [Fact]
    public void An_editor_line_names_a_person_but_a_reporters_question_does_not()
    {
        // given an interview whose reporter asks after 记者： and whose page ends with the editor's line
        var x = Articles.Extract("记者：公司为什么选择这条赛道？\n许慕辰：因为市场大。\n责任编辑：韩睿");

        // then the editor is a person with the title, and nothing after 记者： is
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Person && e.Name == "韩睿" && e.Titles.Contains("责任编辑"));
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name == "公司");
    }

    [Fact]
    public void A_place_suffix_after_a_surname_like_character_starts_a_body_not_a_name()
    {
        // given 省人大代表和市人大代表
        var x = Articles.Extract("江州市人大常委会组织部分在江州的省人大代表和市人大代表开展视察。");

        // then 和市 is no person
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name.StartsWith("和市", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("金滩绿能董事长桑杰才让介绍，项目利用高原光伏发电。", "桑杰才让")]
    [InlineData("海北州委书记尕玛旦增，州委副书记陪同调研。", "尕玛旦增")]
    [InlineData("阿拉善盟委副书记、盟长其木格致辞。", "其木格")]
    [InlineData("市委常委、副市长索朗旺堆主持签约仪式。", "索朗旺堆")]
    public void A_transliterated_name_after_a_title_is_read_whole_even_when_it_begins_like_a_surname(string sentence, string person)
    {
        // when the sentence is read, then the whole transliterated name is a person
        Assert.Contains(Articles.Extract(sentence).Entities, e => e.Kind == EntityKind.Person && e.Name == person);
    }

    [Fact]
    public void A_reviewer_line_names_a_person_but_a_review_verb_does_not()
    {
        // given an editor/reviewer line and a sentence where 审核 is a verb
        var x = Articles.Extract("标注员再审核修正结果。\n编辑：高娜仁  审核：杭锦涛");

        // then the reviewer is a person and 修正 is not
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Person && e.Name == "杭锦涛");
        Assert.DoesNotContain(x.Entities, e => e.Kind == EntityKind.Person && e.Name == "修正");
    }
}
