using System.Text;

namespace FriendshipUnion.Domain.Common;

/// <summary>Checks and normalisation shared by every text field: trimmed, non-blank, Unicode NFC (so that
/// "Nghệ An" typed with combining marks equals the precomposed form).</summary>
internal static class Text
{
    internal static string Required(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
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
