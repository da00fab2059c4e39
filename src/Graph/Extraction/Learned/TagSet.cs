namespace Graph.Extraction.Learned;

/// <summary>BIOES tags over a list of categories: 0 = O; category k has B = 1+4k, I = 2+4k, E = 3+4k, S = 4+4k.</summary>
internal sealed class TagSet
{
    public const int B = 0, I = 1, E = 2, S = 3;

    public TagSet(IReadOnlyList<string> categories)
    {
        Categories = categories;
        Count = 1 + 4 * categories.Count;
        var preds = new List<int>[Count];
        for (int cur = 0; cur < Count; cur++)
        {
            preds[cur] = [];
            for (int prev = 0; prev < Count; prev++)
                if (Allowed(prev, cur)) preds[cur].Add(prev);
        }
        Predecessors = preds.Select(p => p.ToArray()).ToArray();
    }

    public IReadOnlyList<string> Categories { get; }
    public int Count { get; }
    /// <summary>For each tag, the tags allowed right before it.</summary>
    public int[][] Predecessors { get; }

    public static int Tag(int category, int part) => 1 + 4 * category + part;
    public static int CategoryOf(int tag) => (tag - 1) / 4;
    public static int PartOf(int tag) => (tag - 1) % 4;

    /// <summary>May <paramref name="tag"/> start a sentence (or follow a finished entity)?</summary>
    public static bool CanStart(int tag) => tag == 0 || PartOf(tag) is B or S;
    /// <summary>May <paramref name="tag"/> end a sentence?</summary>
    public static bool CanEnd(int tag) => tag == 0 || PartOf(tag) is E or S;

    public static bool Allowed(int prev, int cur)
    {
        bool prevOpen = prev != 0 && PartOf(prev) is B or I;
        if (!prevOpen) return CanStart(cur);
        return cur != 0 && PartOf(cur) is I or E && CategoryOf(cur) == CategoryOf(prev);
    }

    /// <summary>Tags for inclusive-exclusive spans; overlapping or out-of-range spans are skipped (first wins).</summary>
    public static int[] Encode(int length, IEnumerable<(int Category, int Start, int End)> spans)
    {
        var tags = new int[length];
        foreach (var (cat, start, end) in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End - s.Start))
        {
            if (start < 0 || end > length || end <= start) continue;
            bool free = true;
            for (int i = start; i < end; i++) if (tags[i] != 0) { free = false; break; }
            if (!free) continue;
            if (end - start == 1) { tags[start] = Tag(cat, S); continue; }
            tags[start] = Tag(cat, B);
            for (int i = start + 1; i < end - 1; i++) tags[i] = Tag(cat, I);
            tags[end - 1] = Tag(cat, E);
        }
        return tags;
    }

    /// <summary>Entities (category, start, end exclusive) from a valid tag sequence.</summary>
    public static List<(int Category, int Start, int End)> Decode(ReadOnlySpan<int> tags)
    {
        var result = new List<(int, int, int)>();
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int t = tags[i];
            if (t == 0) { start = -1; continue; }
            switch (PartOf(t))
            {
                case S: result.Add((CategoryOf(t), i, i + 1)); start = -1; break;
                case B: start = i; break;
                case E:
                    if (start >= 0 && CategoryOf(tags[start]) == CategoryOf(t)) result.Add((CategoryOf(t), start, i + 1));
                    start = -1;
                    break;
            }
        }
        return result;
    }

    /// <summary>Best tag path under BIOES constraints. emissions[i*T+t]; transitions[(prev)*T+cur] with row T for the start.</summary>
    public int[] Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end, int n)
    {
        var tags = new int[n];
        if (n == 0) return tags;
        Viterbi(emissions, transitions, end, n, new float[n * Count], new int[n * Count], tags);
        return tags;
    }

    /// <summary>As above, into caller-owned buffers (score and back hold at least n * Count).</summary>
    public void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end, int n,
        Span<float> score, Span<int> back, Span<int> tags)
    {
        int T = Count;
        if (n == 0) return;
        for (int t = 0; t < T; t++)
            score[t] = CanStart(t) ? emissions[t] + transitions[T * T + t] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            int row = i * T, prevRow = (i - 1) * T;
            for (int cur = 0; cur < T; cur++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                foreach (int prev in Predecessors[cur])
                {
                    float v = score[prevRow + prev] + transitions[prev * T + cur];
                    if (v > best) { best = v; arg = prev; }
                }
                score[row + cur] = best + emissions[row + cur];
                back[row + cur] = arg;
            }
        }
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        int lastRow = (n - 1) * T;
        for (int t = 0; t < T; t++)
        {
            if (!CanEnd(t)) continue;
            float v = score[lastRow + t] + end[t];
            if (v > bestEnd) { bestEnd = v; last = t; }
        }
        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    }
}
