using System.Text;

namespace Graph.Tests.EndToEnd;

/// <summary>
/// A folder of article files made at test time: one good UTF-8 article, one GB18030 article, one whose company name
/// holds XML-forbidden characters, and four bad files (empty, binary, only conflict markers, 20 MB).
/// </summary>
internal sealed class BadInputFolder : IDisposable
{
    public const string GoodFile = "10_good_utf8.txt";
    public const string Gb18030File = "11_gb18030.txt";
    public const string ControlCharsFile = "12_control_chars.txt";
    public const string Gb18030Title = "青川县召开数字农业推进会";

    public static readonly string[] BadFiles = ["01_empty.txt", "02_binary.txt", "03_only_conflict_markers.txt", "04_twenty_megabytes.txt"];

    private readonly TempDir _dir = new();

    public BadInputFolder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Input = _dir.Sub("input");
        Out = _dir.Sub("out");
        Directory.CreateDirectory(Input);

        File.WriteAllBytes(Path.Combine(Input, "01_empty.txt"), []);
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[0] = 0x7F;
        binary[1] = (byte)'E';
        binary[2] = (byte)'L';
        binary[3] = (byte)'F';
        binary[10] = 0;
        File.WriteAllBytes(Path.Combine(Input, "02_binary.txt"), binary);
        File.WriteAllText(Path.Combine(Input, "03_only_conflict_markers.txt"), "<<<<<<< Updated upstream\n=======\n>>>>>>> Stashed changes\n", new UTF8Encoding(false));
        WriteLarge(Path.Combine(Input, "04_twenty_megabytes.txt"), 20L * 1024 * 1024);

        File.WriteAllText(Path.Combine(Input, GoodFile), Article(
            "江油市举行智能制造项目签约仪式",
            "https://example.gov.cn/news/2025/4/2/a1.shtml",
            "4月2日，江油市人民政府与绵州云帆智能装备有限公司签订智能制造合作协议。市长周立新出席签约仪式。"), new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(Input, Gb18030File), Encoding.GetEncoding("GB18030").GetBytes(Article(
            Gb18030Title,
            "https://example.gov.cn/news/2025/5/8/b2.shtml",
            "5月8日，青川县召开数字农业推进会，县委书记罗明远出席会议并讲话。会议指出，要加快智慧农业和农村电商发展，推动广元青禾农业科技有限公司等企业扩大无人机植保服务。")));
        File.WriteAllText(Path.Combine(Input, ControlCharsFile), Article(
            "成都企业发布新一代工业软件",
            "https://example.gov.cn/news/2025/6/1/c3.shtml",
            "6月1日，成都\u0001星河\u000B科技有限公司在成都发布新一代工业软件，董事长宋启航介绍了产品功能。"), new UTF8Encoding(false));
    }

    public string Input { get; }

    public string Out { get; }

    private static string Article(string title, string url, string body) =>
        $"标题: {title}\n链接: {url}\n总结: \n\n{body}\n\n关键词: 数字经济, 产业发展\n";

    private static void WriteLarge(string path, long bytes)
    {
        var line = Encoding.UTF8.GetBytes("标题: 很大的文件\n" + string.Concat(Enumerable.Repeat("这是一段用于测试大文件跳过的正文文字。", 200)) + "\n");
        using var f = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        long written = 0;
        while (written < bytes)
        {
            f.Write(line);
            written += line.Length;
        }
    }

    public void Dispose() => _dir.Dispose();
}
