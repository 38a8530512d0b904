namespace FriendshipUnion.Domain.Documents;

/// <summary>
/// A table of abbreviations looked up as typed: Đ, D, Ð and ð are read as the table's Đ; an exact-case match wins
/// (the first in the table's order), otherwise a match ignoring case when only one entry matches so. Entries are
/// bucketed by a hash of their folded form (upper case, every D-like letter as D), which every match shares, so a
/// lookup compares only the few entries of one bucket and allocates nothing.
/// </summary>
/// <typeparam name="T">The entries.</typeparam>
internal sealed class AbbreviationIndex<T>
    where T : class
{
    private readonly string[] keys;
    private readonly T[] entries;
    private readonly int[][] buckets;
    private readonly int mask;

    internal AbbreviationIndex(T[] table, Func<T, string> key)
    {
        entries = table;
        keys = Array.ConvertAll(table, e => key(e));
        var size = 16;
        while (size < table.Length * 2)
        {
            size *= 2;
        }

        mask = size - 1;
        var lists = new List<int>[size];
        for (var i = 0; i < keys.Length; i++)
        {
            (lists[Hash(keys[i]) & mask] ??= []).Add(i);
        }

        buckets = Array.ConvertAll(lists, l => l is null ? [] : l.ToArray());
    }

    internal T? Find(ReadOnlySpan<char> text)
    {
        var bucket = buckets[Hash(text) & mask];
        foreach (var i in bucket)
        {
            if (Matches(keys[i], text, ignoreCase: false))
            {
                return entries[i];
            }
        }

        T? found = null;
        foreach (var i in bucket)
        {
            if (Matches(keys[i], text, ignoreCase: true))
            {
                if (found is not null)
                {
                    return null; // ambiguous without case: refuse to guess
                }

                found = entries[i];
            }
        }

        return found;
    }

    // Every pair of texts that Matches accepts, with or without case, folds to the same characters.
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = text.Length;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + Fold(c));
        }

        return hash;
    }

    private static char Fold(char c)
    {
        var upper = LetterCase.ToUpper(c);
        return upper is 'Đ' or 'Ð' ? 'D' : upper;
    }

    private static bool Matches(string abbreviation, ReadOnlySpan<char> text, bool ignoreCase)
    {
        if (abbreviation.Length != text.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var expected = abbreviation[i];
            var actual = text[i];
            var same = expected is 'Đ' or 'đ'
                ? actual is 'Đ' or 'D' or 'Ð' or 'ð' || (ignoreCase && actual is 'đ' or 'd')
                : actual == expected || (ignoreCase && LetterCase.ToUpper(actual) == LetterCase.ToUpper(expected));
            if (!same)
            {
                return false;
            }
        }

        return true;
    }
}
