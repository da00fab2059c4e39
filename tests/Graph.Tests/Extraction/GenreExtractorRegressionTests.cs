using Graph.Extraction;
using Graph.Model;
using Graph.Pipeline;

namespace Graph.Tests.Extraction;

/// <summary>Regression sentences for the genre extractor, each a pattern of government/industry news.</summary>
public sealed class GenreExtractorRegressionTests
{
    [Fact]
    public void Title_chain_before_a_name_gives_the_person_every_title()
    {
        // given 省委副书记、省长 before a name
        var x = Articles.Extract("5月20日，省委副书记、省长王建华到江城市调研先进制造业发展情况。");

        // then the person carries both titles
        var p = x.Person("王建华");
        Assert.Contains("省委副书记", p.Titles);
        Assert.Contains("省长", p.Titles);
    }

    [Fact]
    public void Two_names_after_one_title_chain_are_both_people_with_that_title()
    {
        // given 副主任 followed by two names joined by 、
        var x = Articles.Extract("市发展改革委副主任刘国栋、陈思远参加座谈。");

        // then both are people holding 副主任
        Assert.Contains("副主任", x.Person("刘国栋").Titles);
        Assert.Contains("副主任", x.Person("陈思远").Titles);
    }

    [Fact]
    public void Byline_gives_the_reporter_and_the_photographer()
    {
        // given a byline at the end of the article
        var x = Articles.Extract("会议强调，要加快推进新型工业化。（记者 赵文博 摄影 孙晓梅）");

        // then both are people titled as in the byline
        Assert.Contains("记者", x.Person("赵文博").Titles);
        Assert.Contains("摄影", x.Person("孙晓梅").Titles);
    }

    [Fact]
    public void Company_full_name_then_short_form_resolve_to_one_company()
    {
        // given a company named in full, then by its short form
        var x = Articles.Extract("4月3日，副市长钱立群来到成都青岚数控科技有限公司调研。青岚数控负责人介绍，公司今年新增订单三成以上。");

        // when the extraction is assembled into a graph
        var graph = GraphPipeline.Assemble([x]);

        // then one Company node carries the full name with the short form as an alias, and no node is named by the short form
        var company = Assert.Single(graph.Nodes, n => n.Label == NodeLabels.Company && n.Properties.GetString("name")!.Contains("青岚", StringComparison.Ordinal));
        Assert.Equal("成都青岚数控科技有限公司", company.Properties.GetString("name"));
        Assert.Contains("青岚数控", company.Properties.GetList("aliases"));
        Assert.DoesNotContain(graph.Nodes, n => n.Label != NodeLabels.Article && n.Properties.GetString("name") == "青岚数控");
    }

    [Fact]
    public void Companies_listed_after_zoujin_are_each_a_company()
    {
        // given A、B、C等企业 after 走进
        var x = Articles.Extract("6月12日，考察团走进华岳精工、蓝湾新材、启明星电子等企业，了解智能制造和数字化转型情况。");

        // then each listed name is a Company
        foreach (var name in new[] { "华岳精工", "蓝湾新材", "启明星电子" })
        {
            Assert.True(x.Entities.Any(e => e.Kind == EntityKind.Company && e.Name == name), $"'{name}' is not a Company; {x.Describe()}");
        }
    }

    [Fact]
    public void Person_who_accompanies_a_visit_has_the_accompany_role()
    {
        // given a visit led by a governor and accompanied by a vice governor
        var x = Articles.Extract("3月8日，省长王建华到江城市星河电子科技有限公司调研。副省长钱立群陪同调研。");

        // then the visit has the governor as lead and the vice governor as accompany
        var visit = x.Events.FirstOrDefault(e => e.Type == EventTypes.Visit);
        Assert.True(visit is not null, $"no visit event; {x.Describe()}");
        Assert.Contains(new Participation("王建华", "lead"), visit.Participants);
        Assert.Contains(new Participation("钱立群", "accompany"), visit.Participants);
    }

    [Fact]
    public void Visit_over_a_date_range_is_dated_by_its_first_day_in_the_article_year()
    {
        // given 6月9日至10日 and an article of 2025
        var x = Articles.Extract("6月9日至10日，省委副书记、省长王建华在江城市调研工业经济运行情况。", year: 2025);

        // then the visit is dated 2025-06-09
        var visit = x.Events.FirstOrDefault(e => e.Type == EventTypes.Visit);
        Assert.True(visit is not null, $"no visit event; {x.Describe()}");
        Assert.Equal("2025-06-09", visit.Date);
    }

    [Fact]
    public void Signing_an_agreement_is_a_signing_event_involving_both_parties()
    {
        // given a government and a company signing an agreement
        var x = Articles.Extract("7月15日，江城市人民政府与星河电子科技有限公司签订战略合作协议，双方将在智能终端领域开展合作。");

        // then there is a signing event
        Assert.True(x.Events.Any(e => e.Type == EventTypes.Signing), $"no signing event; {x.Describe()}");
    }

    [Fact]
    public void Government_department_with_he_inside_and_ting_suffix_is_one_organization()
    {
        // given 江西省工业和信息化厅 (和 inside the name, 厅 suffix)
        var x = Articles.Extract("江西省工业和信息化厅近日印发工作方案，支持中小企业数字化转型。");

        // then it is one Organization (not a Company) with the whole name
        Assert.True(
            x.Entities.Any(e => e.Kind == EntityKind.Organization && e.Name == "江西省工业和信息化厅"),
            $"'江西省工业和信息化厅' is not an Organization; {x.Describe()}");
        Assert.DoesNotContain(x.Entities, e => e.Name == "信息化厅" || e.Name == "江西省工业");
    }

    [Fact]
    public void Bureau_suffix_gives_an_organization()
    {
        // given a city bureau
        var x = Articles.Extract("江城市经济和信息化局组织企业参加培训。");

        // then it is an Organization with the whole name
        Assert.True(
            x.Entities.Any(e => e.Kind == EntityKind.Organization && e.Name == "江城市经济和信息化局"),
            $"'江城市经济和信息化局' is not an Organization; {x.Describe()}");
    }
}
