namespace FriendshipUnion.Domain.Common;

/// <summary>Checks for the slug grammar shared by identifiers: lower-case ASCII letters and digits in
/// hyphen-separated words, 1 to 64 characters (<c>nghe-an</c>, <c>vn-kr</c>).</summary>
internal static class Slug
{
    internal const int MaxLength = 64;

    internal const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    internal static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
