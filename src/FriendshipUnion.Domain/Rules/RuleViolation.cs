using System.Globalization;
using System.Text;

namespace FriendshipUnion.Domain.Rules;

/// <summary>
/// A broken rule, as data: the rule's code, a message about this case, where it happened (a JSON path such as
/// <c>$.unions[1].congresses[2].held</c>, or a path within an aggregate such as <c>congresses[2].held</c>) and the
/// offending value.
/// </summary>
/// <param name="Code">The code of the broken rule (see <see cref="RuleCodes"/>).</param>
/// <param name="Message">What is wrong in this case.</param>
/// <param name="Path">Where: a JSON path or a path within the aggregate; <see langword="null"/> for the whole.</param>
/// <param name="OffendingValue">The offending value as text, when there is one.</param>
public sealed record RuleViolation(string Code, string Message, string? Path = null, string? OffendingValue = null)
{
    /// <summary>Returns this violation with its path placed under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path of the container, such as <c>$.unions[1]</c>.</param>
    /// <returns>The violation with the combined path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public RuleViolation Under(string prefix)
    {
        Guard.Against.Null(prefix);
        return this with { Path = Combine(prefix, Path) };
    }

    /// <summary>Formats the violation on one line: <c>$.unions[1].congresses[2]: [term.no-overlap] message (value: x)</c>.</summary>
    /// <returns>The one-line description.</returns>
    public override string ToString() => DescribeIn(CultureInfo.InvariantCulture);

    /// <summary>Formats the violation on one line in a culture: in English as <see cref="ToString()"/>; in Vietnamese
    /// <c>$.unions[1].congresses[2]: [term.no-overlap] Vi phạm quy tắc: … (giá trị: x)</c>, with
    /// <see cref="MessageIn(CultureInfo?)"/>. The path and the code stay as they are.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The one-line description.</returns>
    public string DescribeIn(CultureInfo? culture)
    {
        var text = new StringBuilder();
        if (Path is not null)
        {
            text.Append(Path).Append(": ");
        }

        text.Append(CultureInfo.InvariantCulture, $"[{Code}] {MessageIn(culture)}");
        if (OffendingValue is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({DomainText.Find("value", culture) ?? "value"}: {OffendingValue})");
        }

        return text.ToString();
    }

    /// <summary>Gets what is wrong, in a culture. In English, <see cref="Message"/>, which tells this case. In Vietnamese,
    /// "Vi phạm quy tắc:" and the rule's statement (the library's text of the code), since the case's details are in the
    /// path and the value; a code the library has no text for keeps <see cref="Message"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message.</returns>
    public string MessageIn(CultureInfo? culture) => MessageIn(culture, null);

    /// <summary>Gets what is wrong, in a culture, reading the statement of a code the library has no text for from a
    /// catalogue's provision (a companion package's rules, a charter's provisions) with its <see cref="Rule.StatementVi"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="rules">More provisions to find the code in, or <see langword="null"/>.</param>
    /// <returns>The message.</returns>
    public string MessageIn(CultureInfo? culture, IEnumerable<Rule>? rules)
    {
        if (!DomainText.IsVietnamese(culture))
        {
            return Message;
        }

        var statement = DomainText.Find("rule." + Code, culture) ?? rules?.FirstOrDefault(r => r.Code == Code)?.StatementVi;
        return statement is null ? Message : $"{DomainText.Find("violation.prefix", culture)}: {statement}";
    }

    internal static string Combine(string prefix, string? path) =>
        string.IsNullOrEmpty(path) ? prefix : path[0] == '[' ? prefix + path : prefix + "." + path;
}
