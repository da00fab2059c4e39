using System.Text.RegularExpressions;

namespace Graph.Extraction;

/// <summary>
/// Technologies named as products: product lists (主要生产A和B, 产品包括…, table lines ——X公司：A、B) without their
/// model numbers, and quoted project or award titles after their maker (X公司研发的“…技术”).
/// </summary>
internal static class ProductTerms
{
    private static readonly string[] ProductLeads = ["主要生产", "主要产品为", "主要产品包括", "主要产品有", "产品包括", "产品涵盖", "主营产品为", "主营产品包括", "主打产品为"];
    private static readonly string[] OwnerEnds = ["公司", "集团", "研究院", "研究所", "大学", "学院", "中心"];

    /// <summary>
    /// Product lists: 主要生产A和B, 产品包括A、B, and table lines (——X有限公司：A、B、C；). Each item is a technology
    /// (a product category), without a leading model number or specification (GW-8.5MW, 126米, L2+级, N型).
    /// </summary>
    public static void FindProductLists(string text, List<Found> found)
    {
        foreach (var lead in ProductLeads)
        {
            for (var at = text.IndexOf(lead, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lead, at + lead.Length, StringComparison.Ordinal))
            {
                AddProductItems(text, at + lead.Length, found);
            }
        }

        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            var line = text.LastIndexOf('\n', Math.Max(0, colon - 1)) + 1;
            var first = line;
            while (first < colon && text[first] is ' ' or '—' or '-' or '·' or '•' or '*')
            {
                first++;
            }

            if (first > line && OwnerEnds.Any(e => Text.EndsWithAt(text, colon, e)))
            {
                AddProductItems(text, colon + 1, found);
            }
        }
    }

    private static readonly Regex Specification = new(
        @"^(?:[A-Za-z]{0,4}[-+]?[0-9][A-Za-z0-9.+\-]*(?:级|型|系列|米|吨级|千瓦|兆瓦)?|[A-Za-z]型|[0-9]+(?:米|吨级|万千瓦|千瓦|兆瓦|级))",
        RegexOptions.CultureInvariant);

    private static void AddProductItems(string text, int from, List<Found> found)
    {
        var end = from;
        while (end < text.Length && end - from < 120 && text[end] is not ('。' or ';' or '\n' or ','))
        {
            end++;
        }

        var pieces = new List<(int Start, int End)>();
        var start = from;
        for (var i = from; i <= end; i++)
        {
            if (i == end || text[i] == '、')
            {
                pieces.Add((start, i));
                start = i + 1;
            }
        }

        ListItems.SplitLastJoined(text, pieces, minPart: 1); // A、B和C, A和B

        foreach (var (ps, pe) in pieces)
        {
            var e = pe;
            var quote = text.IndexOf('“', ps, pe - ps);
            if (quote > ps)
            {
                e = quote;
            }

            var s = ps;
            var spec = Specification.Match(text[s..e]);
            if (spec.Success && e - s - spec.Length >= 2)
            {
                s += spec.Length;
            }

            if (e - s is >= 2 and <= 14 && text.AsSpan(s, e - s).IndexOfAnyInRange('\u4e00', '\u9fff') >= 0 &&
                text.AsSpan(s, e - s).IndexOfAny("的是在了等") < 0)
            {
                found.Add(new Found(EntityKind.Technology, text[s..e], s, e));
            }
        }
    }

    private static readonly string[] ProjectLeads = ["共同建设的", "建设的", "共建的", "推出了", "发布了", "研制了", "研发了", "开发了", "打造了", "研发的", "研制的", "完成的", "推出的", "开发的", "打造的", "发布的", "申报的", "公司的", "集团的"];
    private static readonly string[] ProjectTails = ["关键技术研究及应用", "关键技术及应用", "关键技术研究", "及其应用", "及应用", "及产业化", "的研制", "研制", "研发"];

    /// <summary>X公司研发的“Y”, 完成的“Y研制”: a quoted project or award title after its maker names a technology (tails such as 研制 dropped).</summary>
    public static void FindQuotedProjects(string text, List<Found> found)
    {
        for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            var close = text.IndexOf('”', open + 1);
            if (close < 0 || close - open - 1 is < 4 or > 24 || !ProjectLeads.Any(l => Text.EndsWithAt(text, open, l)))
            {
                continue;
            }

            var start = open + 1;
            var end = close;
            if (!text.AsSpan(start, end - start).ContainsAnyExcept("，,。、 ".AsSpan()) || text.AsSpan(start, end - start).IndexOfAny("，,。、 ") >= 0)
            {
                continue;
            }

            foreach (var tail in ProjectTails)
            {
                if (end - start - tail.Length >= 4 && Text.EndsWithAt(text, end, tail))
                {
                    end -= tail.Length;
                    break;
                }
            }

            found.Add(new Found(EntityKind.Technology, text[start..end], start, end));
        }
    }
}
