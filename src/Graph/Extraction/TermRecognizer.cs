using System.Collections.Frozen;

namespace Graph.Extraction;

/// <summary>
/// Technologies and industries: seed vocabulary (Data/Lexicon), terms read by their form
/// (…技术, …机器人, …大模型 are technologies; …产业, …经济, …制造业 are industries), and the article's
/// annotation lines when the text also says them.
/// </summary>
public sealed class TermRecognizer
{
    private static readonly string[] TechHeads = ["技术", "机器人", "大模型", "模型", "算法", "芯片", "平台", "系统", "电池"];
    private static readonly string[] IndustryHeads = ["产业", "经济", "制造业", "服务业"];

    private static readonly FrozenSet<string> GenericTech = new[]
    {
        "技术", "关键技术", "核心技术", "共性关键技术", "前沿技术", "新技术", "相关技术", "先进技术", "关键核心技术", "技术平台", "服务平台", "平台",
        "系统", "模型", "算法", "芯片", "电池", "机器人", "大模型", "应用平台", "交流平台", "合作平台", "公共平台", "创新平台", "数字平台",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GenericIndustry = new[]
    {
        "产业", "新兴产业", "战略性新兴产业", "传统产业", "主导产业", "优势产业", "相关产业", "上下游产业", "全产业", "特色产业", "支柱产业",
        "经济", "实体经济", "区域经济", "社会经济", "国民经济", "地方经济", "市场经济", "全省经济", "全市经济", "经济社会", "制造业", "服务业",
        "未来产业", "新产业", "重点产业", "现代产业", "高新产业", "各产业", "该产业", "本产业", "这一产业", "集群产业", "生态产业",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end the text before a term (the term starts right after them).</summary>
    private const string TermStopChars = "的和与及等在将是为了对向从把被并还也已在到由于以其该这那各个种项类大推动发展加快培育壮大打造建设支持聚焦围绕引领带动做强优化提升构建布局突破";

    private static readonly string[] EconomyModifiers = ["数字", "低空", "平台", "海洋", "银发", "绿色", "夜间", "共享", "数据", "冰雪", "首店", "循环", "飞地", "总部", "枢纽", "通道", "流量", "创意", "体验"];

    private readonly Lexicon _lexicon;

    public TermRecognizer(Lexicon lexicon) => _lexicon = lexicon;

    public IReadOnlyList<Found> FindTechnologies(string text) => Find(text, EntityKind.Technology, _lexicon.Technologies, TechHeads, GenericTech);

    public IReadOnlyList<Found> FindIndustries(string text) => Find(text, EntityKind.Industry, _lexicon.Industries, IndustryHeads, GenericIndustry);

    private IReadOnlyList<Found> Find(string text, EntityKind kind, IReadOnlyList<string> seeds, string[] heads, FrozenSet<string> generic)
    {
        var found = new List<Found>();
        foreach (var seed in seeds)
        {
            for (var i = text.IndexOf(seed, StringComparison.Ordinal); i >= 0; i = text.IndexOf(seed, i + seed.Length, StringComparison.Ordinal))
            {
                var end = i + seed.Length;
                var latin = Text.IsLatinOrDigit(seed[^1]);
                if (latin && ((end < text.Length && Text.IsLatinOrDigit(text[end])) || (i > 0 && Text.IsLatinOrDigit(text[i - 1]))))
                {
                    continue;
                }

                found.Add(new Found(kind, seed, i, end));
            }
        }

        foreach (var head in heads)
        {
            for (var i = text.IndexOf(head, StringComparison.Ordinal); i >= 0; i = text.IndexOf(head, i + head.Length, StringComparison.Ordinal))
            {
                var end = i + head.Length;
                if (head == "经济")
                {
                    var mod = EconomyModifiers.FirstOrDefault(m => Text.EndsWithAt(text, i, m));
                    if (mod is not null)
                    {
                        found.Add(new Found(kind, mod + head, i - mod.Length, end));
                    }

                    continue;
                }

                // 产业链 / 产业集群 still name the industry.
                var start = ScanTermLeft(text, i, head == "产业" ? 8 : 10);
                var term = text[start..end];
                if (term.Length - head.Length >= 2 && !generic.Contains(term) && !generic.Contains(text[start..i]) && !IsFunctionLike(text[start..i]))
                {
                    found.Add(new Found(kind, term, start, end));
                }
            }
        }

        return Spans.KeepLongest(found);
    }

    private static bool IsFunctionLike(string head) => head.Length == 0 || char.IsDigit(head[0]) || head.Contains('"');

    private static int ScanTermLeft(string text, int pos, int max)
    {
        var i = pos;
        while (i > 0 && pos - i < max)
        {
            var c = text[i - 1];
            if (!(Text.IsHan(c) || Text.IsLatinOrDigit(c) || c is '+' or '-'))
            {
                break;
            }

            if (i < pos && TermStopChars.Contains(c))
            {
                break;
            }

            i--;
        }

        // Drop a leading stop character left at the edge.
        while (i < pos && TermStopChars.Contains(text[i]))
        {
            i++;
        }

        return i;
    }
}
