namespace Graph.Extraction;

/// <summary>
/// The items of an enumeration written A、B、C right before a closing word (等企业, 等技术, 等产业): the one
/// mechanism behind listed companies, technologies and industries.
/// </summary>
internal static class ListItems
{
    /// <summary>
    /// Spans of the items of the 、-list that ends at <paramref name="end"/> (exclusive), scanning back at most
    /// <paramref name="maxSpan"/> characters over <paramref name="isItemChar"/>. The first item runs into whatever
    /// precedes the list, so <paramref name="firstStart"/> (item start, item end) gives where it really starts, or -1
    /// to drop it; a later item that does not start cleanly is where the list really begins. Fewer than two items: no list.
    /// </summary>
    public static List<(int Start, int End)> Before(string text, int end, int maxSpan, Func<char, bool> isItemChar, Func<int, int, int> firstStart)
    {
        var s = end;
        while (s > 0 && end - s < maxSpan && (isItemChar(text[s - 1]) || text[s - 1] == '、'))
        {
            s--;
        }

        var items = new List<(int Start, int End)>();
        var pos = s;
        foreach (var part in text[s..end].Split('、'))
        {
            items.Add((pos, pos + part.Length));
            pos += part.Length + 1;
        }

        if (items.Count < 2)
        {
            return [];
        }

        // The list starts at the last item that runs into what precedes it (鼓励A、B开展X、Y等研究: X is the first item,
        // not 鼓励A); every item before that one belongs to the sentence, not to the list.
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var start = firstStart(items[k].Start, items[k].End);
            if (k > 0 && start == items[k].Start)
            {
                continue;
            }

            var list = items.Skip(k + 1).ToList();
            if (start >= 0)
            {
                list.Insert(0, (start, items[k].End));
            }

            return list;
        }

        return items;
    }

    /// <summary>
    /// The last item may hold two joined by 和/及 (A、B和C): splits it in place at its first 和/及 when both parts have at
    /// least <paramref name="minPart"/> characters.
    /// </summary>
    public static void SplitLastJoined(string text, List<(int Start, int End)> items, int minPart)
    {
        if (items.Count == 0)
        {
            return;
        }

        var (start, end) = items[^1];
        var join = text.IndexOfAny(['和', '及'], start, end - start);
        if (join >= 0 && join - start >= minPart && end - join - 1 >= minPart)
        {
            items[^1] = (start, join);
            items.Add((join + 1, end));
        }
    }
}
