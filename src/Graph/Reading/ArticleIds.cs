using System.Security.Cryptography;
using System.Text;

namespace Graph.Reading;

/// <summary>Stable article ids: the first 16 hex digits (lowercase) of SHA-256 of the normalized URL, else of the title.</summary>
public static class ArticleIds
{
    public static string For(string url, string title)
    {
        var normalizedUrl = NormalizeUrl(url);
        return Hash(normalizedUrl.Length > 0 ? normalizedUrl : NormalizeTitle(title));
    }

    /// <summary>Trimmed; scheme and host lowercased; the path and query kept as written.</summary>
    public static string NormalizeUrl(string url)
    {
        var trimmed = url.Trim();
        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return trimmed;
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = trimmed.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = trimmed.Length;
        }

        return trimmed[..authorityEnd].ToLowerInvariant() + trimmed[authorityEnd..];
    }

    /// <summary>Full-width and other Unicode spaces folded to one ASCII space, trimmed.</summary>
    public static string NormalizeTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingSpace = false;
        foreach (var c in title)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
