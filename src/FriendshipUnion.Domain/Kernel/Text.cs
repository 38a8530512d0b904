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

/// <summary>Text a person typed, made safe to echo on one line: control and invisible characters are escaped, and
/// long input is cut.</summary>
internal static class Printable
{
    private const int MaxLength = 80;

    internal static string Escape(string text)
    {
        var result = new StringBuilder(Math.Min(text.Length, MaxLength) + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (result.Length >= MaxLength)
            {
                result.Append('…');
                break;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                result.Append(rune.ToString());
            }
        }

        return result.ToString();
    }
}
