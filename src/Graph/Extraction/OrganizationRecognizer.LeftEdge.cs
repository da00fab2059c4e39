namespace Graph.Extraction;

/// <summary>
/// Where an organization's name starts: scanning left from its suffix over name characters, whole place names and
/// (for place-headed names) across one-character stops and, in bureaus and registered companies, words such as 建设;
/// stopping at a word that cannot be inside a name.
/// </summary>
public sealed partial class OrganizationRecognizer
{
    private static bool IsNameChar(char c) => Text.IsHan(c) || Text.IsLatinOrDigit(c) || c is '(' or ')' or '·' or '-' or '+' or '&';

    /// <summary>闽南X大学—Y公司联合实验室: one dash between two Han characters joins the partners of a joint body.</summary>
    private static bool IsJoinDash(string text, int at) =>
        at > 0 && at + 1 < text.Length && Text.IsHan(text[at - 1]) && Text.IsHan(text[at + 1]) && text[at - 1] is '学' or '院' or '司' or '团' or '所';

    private static readonly string[] BureauEnds = ["局", "厅", "委员会", "办公室"];

    /// <summary>
    /// The left edge of a name ending at <paramref name="pos"/>. A bureau's name (<paramref name="bureau"/>) may hold
    /// words that stop other names (…数字化建设管理局).
    /// </summary>
    private int ScanLeft(string text, int pos, bool bureau = false)
    {
        var i = pos;
        var depth = 0;
        var crossed = false;
        while (i > 0 && pos - i < 30)
        {
            var c = text[i - 1];
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (!IsNameChar(c) && !(c is '—' or '–' && IsJoinDash(text, i - 1)))
            {
                break;
            }

            if (depth == 0 && i < pos)
            {
                var place = PlaceEndingAt(text, i);
                if (place > 0)
                {
                    i -= place;
                    continue;
                }
            }

            if (depth == 0 && StopEndsAt(text, i, pos))
            {
                // 义乌市鸿羽日用品有限公司, 长葛市东鑫再生金属有限公司: a one-character stop inside a place-headed name.
                var place = crossed ? -1 : PlaceAcrossStop(text, i, bureau);
                if (place < 0)
                {
                    break;
                }

                crossed = true;
                i = place;
                continue;
            }

            i--;
        }

        return depth == 0 ? i : pos;
    }

    /// <summary>
    /// The start of a place (a known one, or two characters + 市/县/区/旗 after a clause edge) a few name characters left
    /// of a one-character stop word ending at <paramref name="i"/>, with no other stop word between; -1 when there is none.
    /// </summary>
    private int PlaceAcrossStop(string text, int i, bool bureau)
    {
        // 和 joins two names (洛阳市人民政府和X促进会) unless what stands before it is no name of its own (烟台泰和船舶…);
        // 建设, 发展, 服务 are stops before a name but also words inside one (长春市数字化建设管理局).
        var word = bureau ? InNameStops.FirstOrDefault(w => Text.EndsWithAt(text, i, w)) : null;
        if (word is null && (i < 1 || !SingleCharStops.Contains(text[i - 1]) || text[i - 1] == '和' && CoordinatesEntities(text, i - 1)))
        {
            return -1;
        }

        var from = i - (word?.Length ?? 1);
        for (var k = from; k > 0 && i - k <= 10; k--)
        {
            var place = PlaceEndingAt(text, k);
            if (place > 0)
            {
                return k - place;
            }

            // …two characters + 市 after a clause edge, unless the two are a verb (听取市发展和改革局 is no place 听取市).
            if (k >= 3 && "市县区旗".Contains(text[k - 1]) && Text.IsHan(text[k - 2]) && Text.IsHan(text[k - 3]) &&
                (k == 3 || !IsNameChar(text[k - 4]) || StopEndsAt(text, k - 3, k)) && !Text.EndsWithAnyAt(text, k - 1, StopsBefore))
            {
                return k - 3;
            }

            // 政务服务和数字化建设管理局, 住房和城乡建设局: a 和 inside a body's name.
            if (text[k - 1] == '和' && !CoordinatesEntities(text, k - 1))
            {
                continue;
            }

            if (!IsNameChar(text[k - 1]) || StopEndsAt(text, k, i))
            {
                return -1;
            }
        }

        return -1;
    }

    private const string SingleCharStops = "年月日号再即又则但而且兼任和并暨";
    private static readonly string[] InNameStops = ["建设", "发展", "服务", "推进", "促进", "合作", "联合"];

    /// <summary>和 after a complete name or place noun (华南总部和研发中心) joins two things, not the words of one name.</summary>
    private bool CoordinatesEntities(string text, int conjunction) =>
        Text.EndsWithAnyAt(text, conjunction, EntityEnds) ||
        _lexicon.OrgSuffixesLongestFirst.Any(s => s.Suffix.Length >= 2 && Text.EndsWithAt(text, conjunction, s.Suffix));

    private static readonly string[] EntityEnds = ["总部", "基地", "园区", "中心", "公司", "集团", "大学", "学院"];

    /// <summary>Length of a place name or public-body head ending at <paramref name="i"/> (成都, 全国, 国家), else 0.</summary>
    private int PlaceEndingAt(string text, int i)
    {
        if (i > 0 && _placesByLast.TryGetValue(text[i - 1], out var places))
        {
            foreach (var loc in places)
            {
                if (Text.EndsWithAt(text, i, loc))
                {
                    return loc.Length;
                }
            }
        }

        foreach (var h in Heads)
        {
            if (h.Length >= 2 && Text.EndsWithAt(text, i, h))
            {
                return h.Length;
            }
        }

        return 0;
    }

    /// <summary>激光再制造有限公司, 再生金属, 钢铁联合有限责任公司: words of names that begin with a stop word (word, stop).</summary>
    private static readonly (string Word, string Stop)[] NameWordsOfStops = [("再制造", "再"), ("再生", "再"), ("联合有限", "联合"), ("有色", "有")];

    /// <summary>The stop word ending at <paramref name="i"/> begins one of <see cref="NameWordsOfStops"/>.</summary>
    private static bool InsideNameWord(string text, int i)
    {
        foreach (var (word, stop) in NameWordsOfStops)
        {
            if (i >= stop.Length && Text.EndsWithAt(text, i, stop) && Text.StartsWithAt(text, i - stop.Length, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StopEndsAt(string text, int i, int pos)
    {
        _ = pos;
        if (InsideNameWord(text, i))
        {
            return false;
        }

        if (Text.EndsWithAnyAt(text, i, StopsBefore))
        {
            return true;
        }

        // 据 opens a clause (据X公司介绍) but is also inside words (数据, 依据): only a clause-initial 据 stops.
        return i >= 1 && text[i - 1] == '据' && (i == 1 || !Text.IsHan(text[i - 2]));
    }
}
