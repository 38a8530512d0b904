using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Iati;

/// <summary>A rule an IATI file breaks, with where: the rule's code (one of <see cref="IatiRules"/> or of the core's
/// <see cref="RuleCodes"/>), a message, and the element's position.</summary>
/// <param name="Code">The rule's code (<c>iati.value-date</c>, <c>activity.sectors</c>).</param>
/// <param name="Message">What is wrong, in words a publisher can act on.</param>
/// <param name="Position">Where: the file, line, column and XPath-like location; <see langword="null"/> when the
/// violation is not tied to one element.</param>
/// <param name="OffendingValue">The value refused, or <see langword="null"/>.</param>
public sealed record IatiViolation(string Code, string Message, IatiPosition? Position = null, string? OffendingValue = null)
{
    /// <summary>Returns the violation as a core <see cref="RuleViolation"/>, the XPath-like location as its path.</summary>
    /// <returns>The rule violation.</returns>
    public RuleViolation ToRuleViolation() => new(Code, Message, Position?.Path, OffendingValue);

    /// <summary>Returns <c>source:line:column: code: message (path)</c>.</summary>
    /// <returns>The violation as one line.</returns>
    public override string ToString() => Position is { } p
        ? $"{p.Source ?? "(input)"}:{p.Line}:{p.Column}: {Code}: {Message} ({p.Path})"
        : $"{Code}: {Message}";
}

/// <summary>The rules this package adds to the core's when it reads IATI files: their codes, statements and sources.
/// The core's rules (sectors, currencies, ledger limits and lifecycle) apply too, with the core's codes.</summary>
public static class IatiRules
{
    /// <summary>The document is not well-formed XML, or uses a DTD (refused: no entity expansion).</summary>
    public const string Xml = "iati.xml";

    /// <summary>The document is not an <c>iati-activities</c> file of a version this package reads.</summary>
    public const string Version = "iati.version";

    /// <summary>An element or attribute the standard requires is missing or empty.</summary>
    public const string Required = "iati.required";

    /// <summary>A code is not on the codelist where the import needs its meaning.</summary>
    public const string Code = "iati.code";

    /// <summary>A number, date or boolean is not in the form of its XML Schema type.</summary>
    public const string Value = "iati.value";

    /// <summary>A transaction value has no value date (required by the schema and for conversion).</summary>
    public const string ValueDate = "iati.value-date";

    /// <summary>A value has no currency: neither its own nor the activity's default.</summary>
    public const string Currency = "iati.currency";

    /// <summary>Recipient country and region percentages do not sum to 100.</summary>
    public const string RecipientShares = "iati.recipient-shares";

    /// <summary>The same activity identifier appears twice with different content in what is imported.</summary>
    public const string DuplicateActivity = "iati.duplicate-activity";

    /// <summary>Gets the rules, each with its statement and source.</summary>
    public static IReadOnlyList<Rule> Catalog { get; } =
    [
        new(Xml, "An IATI file is well-formed XML without a document type declaration.", "W3C XML 1.0; IATI Standard 2.03, XML schema"),
        new(Version, "An IATI activity file has the root element iati-activities with a version this package reads (2.01, 2.02, 2.03).", "IATI Standard 2.03, iati-activities/@version; codelist Version"),
        new(Required, "The elements and attributes the schema requires are present and not empty (iati-identifier, title, activity-status, transaction-type, transaction-date, value).", "IATI Standard 2.03, iati-activities-schema.xsd"),
        new(Code, "Codes whose meaning the import needs are on their codelists: TransactionType 1–13, ActivityStatus 1–6, OrganisationRole 1–4, ActivityDateType 1–4.", "IATI Standard 2.03, codelists"),
        new(Value, "Numbers are xsd:decimal (no exponent, no grouping), dates xsd:date (YYYY-MM-DD, years 0001–9999), flags xsd:boolean.", "XML Schema Part 2: Datatypes; IATI Standard 2.03"),
        new(ValueDate, "Every transaction value has a value date, the day at which it is converted into other currencies.", "IATI Standard 2.03, value/@value-date (required)"),
        new(Currency, "Every value has a currency: its own @currency or the activity's @default-currency.", "IATI Standard 2.03 rulesets: default-currency or currency on every value"),
        new(RecipientShares, "When an activity gives percentages for recipient countries and regions, together they sum to 100 (within 0.01).", "IATI Standard 2.03, recipient-country/@percentage and recipient-region/@percentage; rulesets"),
        new(DuplicateActivity, "An activity identifier appears once in what is imported, or again with the same content.", "IATI Standard 2.03, iati-identifier (globally unique)"),
    ];
}
