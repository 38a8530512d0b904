using System.Globalization;
using NodaTime;

namespace FriendshipUnion.Domain.Rules;

/// <summary>What breaking a rule means.</summary>
public enum RuleSeverity
{
    /// <summary>The data is invalid: a change that breaks the rule is refused, and a dataset that breaks it is
    /// not loaded.</summary>
    Error = 0,

    /// <summary>The rule describes a status to report (for example an overdue congress), never a reason to refuse
    /// data.</summary>
    Advisory = 1,
}

/// <summary>How far a provision of the catalogue has been checked against its source.</summary>
public enum RuleVerification
{
    /// <summary>The library's own rule of integrity or format: there is no outside source to check.</summary>
    LibraryOwn = 0,

    /// <summary>The provision was read in its source (a decree, a standard).</summary>
    Verified = 1,

    /// <summary>The provision is taken from reports or practice; its source was not read, and it may differ.</summary>
    Assumed = 2,
}

/// <summary>
/// One provision of the rule catalogue: a stable code, what it requires, where it comes from and when it is in
/// force. Several provisions may share a code when the law that carries the rule changed (the five-year term limit
/// was in Decree 45/2010/NĐ-CP and is in Decree 126/2024/NĐ-CP); at most one of them is in force on a given day.
/// </summary>
public sealed record Rule
{
    /// <summary>Initializes a provision.</summary>
    /// <param name="code">The stable code, such as <c>term.no-overlap</c>.</param>
    /// <param name="statement">What the rule requires, in one sentence.</param>
    /// <param name="source">Where it comes from: a legal text and article, or the data format itself.</param>
    /// <exception cref="ArgumentException">A text is null or blank.</exception>
    public Rule(string code, string statement, string source)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(statement);
        Guard.Against.NullOrWhiteSpace(source);
        Code = code;
        Statement = statement;
        Source = source;
        Verification = source.StartsWith(LibraryPrefix, StringComparison.Ordinal) ? RuleVerification.LibraryOwn : RuleVerification.Assumed;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets what the rule requires.</summary>
    public string Statement { get; }

    /// <summary>Gets where the rule comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the first day the provision applies to, or <see langword="null"/> when it has no start.</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>Gets the last day the provision applies to, or <see langword="null"/> when it is open-ended.</summary>
    public LocalDate? InForceTo { get; init; }

    /// <summary>Gets what breaking the rule means.</summary>
    public RuleSeverity Severity { get; init; } = RuleSeverity.Error;

    /// <summary>Gets the rule's number, when it has one (5 for a five-year term limit), in <see cref="ThresholdUnit"/>.
    /// For a rule that sets a range (a committee of 15 to 35), the upper bound.</summary>
    public int? Threshold { get; init; }

    /// <summary>Gets the lower bound, for a rule that sets a range (15 for a committee of 15 to 35).</summary>
    public int? Minimum { get; init; }

    /// <summary>Gets the union whose own charter the provision comes from, or <see langword="null"/> when it applies to
    /// every union. Where a union's provision and a general one share a code, the union's provision is the one
    /// applied to that union.</summary>
    public UnionId? Union { get; init; }

    /// <summary>Gets the unit of <see cref="Threshold"/>, such as <c>years</c> or <c>months</c>.</summary>
    public string? ThresholdUnit { get; init; }

    /// <summary>Gets what the rule requires, in Vietnamese, for a provision the library has no text for (a charter's own
    /// provision, a companion package's rule); <see cref="StatementIn"/> gives it for a Vietnamese culture.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? StatementVi
    {
        get;
        init => field = Texts.Optional(value, nameof(StatementVi));
    }

    /// <summary>Gets where the rule comes from, in Vietnamese, for a provision the library has no text for.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? SourceVi
    {
        get;
        init => field = Texts.Optional(value, nameof(SourceVi));
    }

    /// <summary>Gets a longer explanation, such as how the library reads the provision.</summary>
    public string? Remarks { get; init; }

    /// <summary>Gets whether the provision was read in its source (<see cref="RuleVerification.Verified"/>), is taken
    /// from reports or practice without the source having been read (<see cref="RuleVerification.Assumed"/>), or is
    /// the library's own rule of integrity or format (<see cref="RuleVerification.LibraryOwn"/>). By default a rule
    /// whose source begins <c>FriendshipUnion.Domain</c> is the library's own, and any other is assumed.</summary>
    public RuleVerification Verification { get; init; }

    private const string LibraryPrefix = "FriendshipUnion.Domain";

    // The library's text of a key, when the English one is the text given (a caller's own provision keeps its words).
    private static string Localized(string key, string given, CultureInfo? culture) =>
        DomainText.IsVietnamese(culture) && DomainText.Find(key, CultureInfo.InvariantCulture) == given && DomainText.Find(key, culture) is { } text ? text : given;

    /// <summary>Gets what the rule requires, in a culture: for a Vietnamese culture, <see cref="StatementVi"/> when given,
    /// else the library's text when the provision is the library's own (its statement is the catalogue's); else
    /// <see cref="Statement"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The statement.</returns>
    public string StatementIn(CultureInfo? culture) => DomainText.IsVietnamese(culture) && StatementVi is { } vi ? vi : Localized("rule." + Code, Statement, culture);

    /// <summary>Gets where the rule comes from, in a culture (<c>Nghị định 126/2024/NĐ-CP về hội, Điều 22</c>):
    /// <see cref="SourceVi"/> when given, else the library's text; else <see cref="Source"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The source.</returns>
    public string SourceIn(CultureInfo? culture) => DomainText.IsVietnamese(culture) && SourceVi is { } vi ? vi : Localized("source." + Source, Source, culture);

    /// <summary>Tells whether this provision applies to something dated <paramref name="date"/>.</summary>
    /// <param name="date">The date of the change or fact being checked.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within the provision's period.</returns>
    public bool IsInForceOn(LocalDate date) =>
        (InForceFrom is not { } from || date >= from) && (InForceTo is not { } to || date <= to);

    /// <summary>Formats the provision as <c>code: statement (source)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code}: {Statement} ({Source})";
}
