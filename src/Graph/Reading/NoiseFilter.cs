using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Graph.Reading;

/// <summary>
/// Drops web-page furniture from body paragraphs: breadcrumbs, source and review lines, share and print links, QR-code
/// hints, and "related reading" headings together with the short link titles under them (until a real paragraph).
/// An editor's line (责任编辑：X) stays: like a reporter's byline it names a person of the article.
/// The patterns are data: add a line to <see cref="DropLine"/> or <see cref="LinkListHeading"/> for a new site.
/// </summary>
internal static class NoiseFilter
{
    /// <summary>A paragraph matching any of these is dropped.</summary>
    public static readonly ImmutableArray<Regex> DropLine =
    [
        Pattern(@"^(当前位置|您的位置|你的位置|您现在的位置|所在位置|当前页面)\s*[:：]"),
        Pattern(@"^(首页|主页|网站首页)\s*[>＞»›→/]"),
        Pattern(@"^(审核|校对|审校|终审|编审)\s*[:：].{0,30}$"),
        Pattern(@"^(来源|稿源|文章来源|信息来源|新闻来源|出处)\s*[:：].{0,40}$"),
        Pattern(@"^(发布时间|发布日期|发表时间)\s*[:：]\s*20\d{2}[^。]{0,80}$"),
        Pattern(@"^(分享到|分享至|分享)\s*[:：]"),
        Pattern(@"^(【[^】]{1,8}】\s*){2,}$"),
        Pattern(@"^(\[[^\]]{1,8}\]\s*){2,}$"),
        Pattern(@"扫一扫在手机(上)?(打开|浏览|阅读)"),
        Pattern(@"^(扫一扫|扫码|微信扫一扫)[^。]{0,20}$"),
        Pattern(@"^【?\s*(字号|字体)\s*[:：]?\s*(大|中|小)"),
        Pattern(@"^(上一篇|下一篇)\s*[:：]"),
        Pattern(@"^(打印本页|关闭窗口|返回顶部|打印|关闭)$"),
        Pattern(@"^(版权所有|主办单位|承办单位|主办|承办|技术支持|网站标识码)\s*[:：].{0,80}$"),
        Pattern(@"ICP备\s*\d+号"),
    ];

    /// <summary>A heading that starts a list of links to other articles.</summary>
    public static readonly ImmutableArray<Regex> LinkListHeading =
    [
        Pattern(@"^[【\[]?\s*(相关阅读|相关新闻|相关文章|相关链接|相关报道|热门资讯|热门新闻|热门推荐|热点新闻|推荐阅读|延伸阅读|猜你喜欢|更多阅读|精彩推荐)\s*[】\]]?\s*[:：]?$"),
    ];

    /// <summary>A line under a link-list heading longer than this, or ending a sentence, is article text again.</summary>
    public const int MaxLinkLineLength = 40;

    public static bool IsDropLine(string paragraph) => DropLine.Any(p => p.IsMatch(paragraph));

    public static bool IsLinkListHeading(string paragraph) => LinkListHeading.Any(p => p.IsMatch(paragraph));

    public static bool IsLinkLine(string paragraph) =>
        paragraph.Length <= MaxLinkLineLength && !paragraph.EndsWith('。') && !paragraph.EndsWith('！') && !paragraph.EndsWith('？');

    /// <summary>The paragraphs without noise, and how many were dropped.</summary>
    public static (List<string> Kept, int Dropped) Filter(IEnumerable<string> paragraphs)
    {
        var kept = new List<string>();
        var dropped = 0;
        var inLinkList = false;
        foreach (var paragraph in paragraphs)
        {
            if (IsLinkListHeading(paragraph))
            {
                inLinkList = true;
                dropped++;
                continue;
            }

            if (inLinkList && IsLinkLine(paragraph))
            {
                dropped++;
                continue;
            }

            inLinkList = false;
            if (IsDropLine(paragraph))
            {
                dropped++;
                continue;
            }

            kept.Add(paragraph);
        }

        return (kept, dropped);
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
