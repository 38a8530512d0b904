using System.Globalization;
using System.Text;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>Checks and normalisation shared by every text field: trimmed, non-blank, Unicode NFC (so that
/// "Nghệ An" typed with combining marks equals the precomposed form).</summary>
internal static class Texts
{
    internal static string Required(string? value, string paramName)
    {
        Guard.Against.NullOrWhiteSpace(value, paramName);
        return value.Trim().Normalize(NormalizationForm.FormC);
    }

    internal static string? Optional(string? value, string paramName)
    {
        if (value is null)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException("The text must not be blank; omit it instead.", paramName)
            : value.Trim().Normalize(NormalizationForm.FormC);
    }
}

/// <summary>Text a person typed or a file held, made safe to echo on one line — in an error message, a log, a
/// terminal: control, format and separator characters (and lone surrogates) are escaped as <c>\uXXXX</c>, and long
/// text is cut with an ellipsis. The library's own messages echo input this way.</summary>
public static class Printable
{
    /// <summary>Escapes a text for one line.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The length after which the text is cut (an ellipsis marks the cut); at least 1.</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Escape(string text, int maxLength = 80)
    {
        Guard.Against.Null(text);
        Guard.Against.Below(maxLength, 1);
        var result = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        for (var i = 0; i < text.Length;)
        {
            if (result.Length >= maxLength)
            {
                result.Append('…');
                break;
            }

            // A lone surrogate is no character: it is escaped as the code unit it is.
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
                i++;
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                result.Append(rune.ToString());
            }

            i += used;
        }

        return result.ToString();
    }
}
