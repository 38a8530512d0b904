using System.Collections.ObjectModel;
using NodaTime;

namespace FriendshipUnion.Domain.Iati;

/// <summary>Where in a file an element was read: the file's name as the caller gave it, the line and column (1-based)
/// and an XPath-like location (<c>/iati-activities/iati-activity[3]/transaction[2]/value</c>).</summary>
public sealed record IatiPosition
{
    private readonly IatiPath? lazy;
    private readonly string? path;

    /// <summary>Initializes a position.</summary>
    /// <param name="Source">The file's name as the caller gave it, or <see langword="null"/>.</param>
    /// <param name="Line">The line, from 1; 0 when unknown.</param>
    /// <param name="Column">The column, from 1; 0 when unknown.</param>
    /// <param name="Path">The XPath-like location.</param>
    public IatiPosition(string? Source, int Line, int Column, string Path)
    {
        this.Source = Source;
        this.Line = Line;
        this.Column = Column;
        this.Path = Path;
    }

    // A position whose path is written out only when it is asked for: a file holds a position for every transaction
    // and organisation, and few are ever shown.
    internal IatiPosition(string? source, int line, int column, IatiPath path)
    {
        Source = source;
        Line = line;
        Column = column;
        lazy = path;
    }

    /// <summary>Gets the file's name, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the line, from 1; 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>Gets the column, from 1; 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Gets the XPath-like location (<c>/iati-activities/iati-activity[3]/transaction[2]/value</c>).</summary>
    public string Path
    {
        get => path ?? lazy!.ToString();
        init => path = value;
    }

    /// <summary>Deconstructs the position.</summary>
    /// <param name="Source">The file's name.</param>
    /// <param name="Line">The line.</param>
    /// <param name="Column">The column.</param>
    /// <param name="Path">The location.</param>
    public void Deconstruct(out string? Source, out int Line, out int Column, out string Path) => (Source, Line, Column, Path) = (this.Source, this.Line, this.Column, this.Path);

    /// <inheritdoc/>
    public bool Equals(IatiPosition? other) =>
        other is not null && Source == other.Source && Line == other.Line && Column == other.Column && Path == other.Path;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Line, Column, Path);

    /// <summary>Returns <c>source:line:column path</c>.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => $"{Source ?? "(input)"}:{Line}:{Column} {Path}";
}

/// <summary>A location in a file, written out once when it is first asked for: the parent's location, and the
/// element's name and index among its siblings of that name.</summary>
internal sealed class IatiPath
{
    private readonly IatiPath? parent;
    private readonly string? key;
    private readonly int index;
    private string? text;

    internal IatiPath(string text) => this.text = text;

    internal IatiPath(IatiPath parent, string key, int index) => (this.parent, this.key, this.index) = (parent, key, index);

    public override string ToString() => text ??= string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parent}/{key}[{index}]");
}

/// <summary>A text in one language (an IATI <c>narrative</c>).</summary>
/// <param name="Text">The text, as given (surrounding white space trimmed).</param>
/// <param name="Language">The <c>xml:lang</c> of the narrative, or of the activity when the narrative has none;
/// <see langword="null"/> when neither gives one.</param>
public sealed record IatiNarrative(string Text, string? Language);

/// <summary>A text in every language a file gives it (the narratives of an element), in file order.</summary>
public sealed class IatiText : IEquatable<IatiText>
{
    private IatiText(IReadOnlyList<IatiNarrative> narratives) => Narratives = narratives;

    /// <summary>Gets the empty text.</summary>
    public static IatiText Empty { get; } = new(ReadOnlyCollection<IatiNarrative>.Empty);

    /// <summary>Gets the narratives, in file order.</summary>
    public IReadOnlyList<IatiNarrative> Narratives { get; }

    /// <summary>Gets a value indicating whether there is no narrative.</summary>
    public bool IsEmpty => Narratives.Count == 0;

    /// <summary>Creates a text from narratives.</summary>
    /// <param name="narratives">The narratives, in order.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="narratives"/> or one of them is null.</exception>
    public static IatiText Of(params IEnumerable<IatiNarrative> narratives)
    {
        ArgumentNullException.ThrowIfNull(narratives);
        var list = narratives.ToArray();
        return list.Length == 0 ? Empty : list.Any(n => n is null) ? throw new ArgumentNullException(nameof(narratives), "A narrative is null.") : new IatiText(Array.AsReadOnly(list));
    }

    // A text over narratives the reader has checked, in an array no one else holds.
    internal static IatiText Wrap(IatiNarrative[] narratives) => new(Array.AsReadOnly(narratives));

    /// <summary>Gets the text in a language (<c>vi</c>, <c>en</c>; a region such as <c>en-GB</c> matches <c>en</c>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The first narrative in that language, or <see langword="null"/>.</returns>
    public string? In(string language)
    {
        for (var i = 0; i < Narratives.Count; i++)
        {
            if (SameLanguage(Narratives[i].Language, language))
            {
                return Narratives[i].Text;
            }
        }

        return null;
    }

    /// <summary>Gets the text in the first of the languages that it has, else its first narrative.</summary>
    /// <param name="languages">The languages in order of preference.</param>
    /// <returns>The text, or <see langword="null"/> when there is no narrative.</returns>
    public string? Preferred(params IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (Narratives.Count == 0)
        {
            return null;
        }

        if (languages is IReadOnlyList<string> list)
        {
            // The common case, a list: no enumerator.
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { } language && In(language) is { } text)
                {
                    return text;
                }
            }
        }
        else
        {
            foreach (var language in languages)
            {
                if (language is not null && In(language) is { } text)
                {
                    return text;
                }
            }
        }

        return Narratives[0].Text;
    }

    /// <inheritdoc/>
    public bool Equals(IatiText? other) => other is not null && Narratives.SequenceEqual(other.Narratives);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IatiText);

    /// <inheritdoc/>
    public override int GetHashCode() => Narratives.Count == 0 ? 0 : HashCode.Combine(Narratives.Count, Narratives[0]);

    /// <summary>Returns the narratives as <c>[lang] text</c>, separated by " | ".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" | ", Narratives.Select(n => n.Language is null ? n.Text : $"[{n.Language}] {n.Text}"));

    internal static bool SameLanguage(string? given, string wanted) =>
        given is not null && (string.Equals(given, wanted, StringComparison.OrdinalIgnoreCase)
            || (given.Length > wanted.Length && given[wanted.Length] == '-' && given.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>An organisation named in an activity: the reporting organisation, a participating organisation, or a
/// transaction's provider or receiver.</summary>
public sealed record IatiOrganisation
{
    /// <summary>Gets the organisation identifier (<c>@ref</c>, trimmed), or <see langword="null"/>.</summary>
    public string? Ref { get; init; }

    /// <summary>Gets the organisation type code (codelist <c>OrganisationType</c>: <c>21</c> International NGO), or
    /// <see langword="null"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the role (participating organisations only), or <see langword="null"/>.</summary>
    public IatiOrganisationRole? Role { get; init; }

    /// <summary>Gets the IATI identifier of the organisation's own activity (<c>@activity-id</c>,
    /// <c>@provider-activity-id</c>, <c>@receiver-activity-id</c>), or <see langword="null"/>.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Gets the names, in every language given.</summary>
    public IatiText Name { get; init; } = IatiText.Empty;

    /// <summary>Gets what this library wrote on export about the party (extension attributes), or
    /// <see langword="null"/>.</summary>
    public IatiPartyExtension? Party { get; init; }

    /// <summary>Gets where the element was read.</summary>
    public IatiPosition? Position { get; init; }
}

/// <summary>A summary entry of this library's export (<c>fu:summary</c>, after the activities): a total a source reports
/// for the union over whole years, with no activity behind it, which IATI has no element for.</summary>
public sealed record IatiSummaryEntry
{
    /// <summary>Gets the entry's id in the ledger (<c>@id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the ledger's transaction type, as its IATI code (<c>@type</c>: 1 incoming funds, 11 incoming
    /// commitment, 13 incoming pledge, ...).</summary>
    public int Type { get; init; }

    /// <summary>Gets the day the source reported the total (<c>@date</c>).</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the total (<c>@value</c>).</summary>
    public decimal Value { get; init; }

    /// <summary>Gets the currency code (<c>@currency</c>).</summary>
    public string Currency { get; init; } = string.Empty;

    /// <summary>Gets the day of the value's conversion (<c>@value-date</c>).</summary>
    public LocalDate ValueDate { get; init; }

    /// <summary>Gets the first year covered (<c>@from-year</c>).</summary>
    public int FromYear { get; init; }

    /// <summary>Gets the last year covered (<c>@to-year</c>).</summary>
    public int ToYear { get; init; }

    /// <summary>Gets a value indicating whether the source gives the total as approximate (<c>@approximate</c>).</summary>
    public bool Approximate { get; init; }

    /// <summary>Gets the id of the entry this one reverses (<c>@reverses</c>), or <see langword="null"/>.</summary>
    public string? Reverses { get; init; }

    /// <summary>Gets the description (<c>@description</c>), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the source (<c>@source</c>), or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the provider (<c>fu:provider-org</c>), or <see langword="null"/>.</summary>
    public IatiOrganisation? Provider { get; init; }

    /// <summary>Gets the receiver (<c>fu:receiver-org</c>), or <see langword="null"/>.</summary>
    public IatiOrganisation? Receiver { get; init; }

    /// <summary>Gets where the element was read.</summary>
    public IatiPosition? Position { get; init; }

    /// <summary>Gets the rules the element breaks (an attribute missing or malformed); an entry with any is not
    /// imported.</summary>
    public IReadOnlyList<IatiViolation> Violations { get; init; } = [];
}

/// <summary>A dated milestone of an activity (<c>activity-date</c>).</summary>
/// <param name="Type">The kind of date.</param>
/// <param name="Date">The day.</param>
public sealed record IatiActivityDate(IatiActivityDateType Type, LocalDate Date);

/// <summary>A sector of an activity or transaction, in a vocabulary (<c>sector</c>).</summary>
/// <param name="Vocabulary">The vocabulary code (codelist <c>SectorVocabulary</c>; <c>1</c>, DAC 5-digit, when the file
/// gives none).</param>
/// <param name="Code">The sector code.</param>
/// <param name="Percentage">The share, or <see langword="null"/> when none is given.</param>
public sealed record IatiSector(string Vocabulary, string Code, decimal? Percentage)
{
    /// <summary>Gets the names, in every language given.</summary>
    public IatiText Name { get; init; } = IatiText.Empty;

    /// <summary>Gets where the element was read.</summary>
    public IatiPosition? Position { get; init; }
}

/// <summary>A recipient country (ISO 3166-1 alpha-2) or region with its share (<c>recipient-country</c>,
/// <c>recipient-region</c>).</summary>
/// <param name="Code">The country or region code.</param>
/// <param name="Percentage">The share, or <see langword="null"/> when none is given.</param>
public sealed record IatiRecipient(string Code, decimal? Percentage)
{
    /// <summary>Gets the region vocabulary (codelist <c>RegionVocabulary</c>; <c>1</c> when the file gives none); always
    /// <see langword="null"/> for a country.</summary>
    public string? Vocabulary { get; init; }

    /// <summary>Gets the names, in every language given.</summary>
    public IatiText Name { get; init; } = IatiText.Empty;

    /// <summary>Gets where the element was read.</summary>
    public IatiPosition? Position { get; init; }
}

/// <summary>A policy marker with its significance (<c>policy-marker</c>).</summary>
/// <param name="Vocabulary">The vocabulary code (<c>1</c>, OECD DAC CRS, when the file gives none).</param>
/// <param name="Code">The marker code (codelist <c>PolicyMarker</c>: <c>6</c> climate change mitigation).</param>
/// <param name="Significance">The significance code (codelist <c>PolicySignificance</c>), or <see langword="null"/>.</param>
public sealed record IatiPolicyMarker(string Vocabulary, string Code, string? Significance);

/// <summary>A coded classification given as a code and an optional vocabulary (<c>aid-type</c>,
/// <c>default-aid-type</c>).</summary>
/// <param name="Vocabulary">The vocabulary code (<c>1</c> when the file gives none).</param>
/// <param name="Code">The code.</param>
public sealed record IatiCode(string Vocabulary, string Code);

/// <summary>A financial transaction of an activity (<c>transaction</c>), as the file states it.</summary>
public sealed record IatiTransaction
{
    // The transaction's index among the activity's transactions, from 1 (0 when not read from a file).
    internal int Ordinal { get; init; }

    /// <summary>Gets the publisher's reference (<c>@ref</c>, trimmed), or <see langword="null"/>.</summary>
    public string? Ref { get; init; }

    /// <summary>Gets the type: any of the 13 codes of the codelist.</summary>
    public IatiTransactionType Type { get; init; }

    /// <summary>Gets the transaction date.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the value, as given (it may be negative: a correction).</summary>
    public decimal Value { get; init; }

    /// <summary>Gets the currency the value states (<c>@currency</c>), or <see langword="null"/> when it relies on the
    /// activity's default.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the value date, or <see langword="null"/> when the file omits it (the schema requires it, and
    /// conversion needs it).</summary>
    public LocalDate? ValueDate { get; init; }

    /// <summary>Gets the description, in every language given.</summary>
    public IatiText Description { get; init; } = IatiText.Empty;

    /// <summary>Gets the provider, or <see langword="null"/>.</summary>
    public IatiOrganisation? Provider { get; init; }

    /// <summary>Gets the receiver, or <see langword="null"/>.</summary>
    public IatiOrganisation? Receiver { get; init; }

    /// <summary>Gets the disbursement channel code, or <see langword="null"/>.</summary>
    public string? DisbursementChannel { get; init; }

    /// <summary>Gets the transaction's sectors.</summary>
    public IReadOnlyList<IatiSector> Sectors { get; init; } = [];

    /// <summary>Gets the transaction's recipient country, or <see langword="null"/>.</summary>
    public IatiRecipient? RecipientCountry { get; init; }

    /// <summary>Gets the transaction's recipient region, or <see langword="null"/>.</summary>
    public IatiRecipient? RecipientRegion { get; init; }

    /// <summary>Gets the flow type code, or <see langword="null"/>.</summary>
    public string? FlowType { get; init; }

    /// <summary>Gets the finance type code, or <see langword="null"/>.</summary>
    public string? FinanceType { get; init; }

    /// <summary>Gets the aid types.</summary>
    public IReadOnlyList<IatiCode> AidTypes { get; init; } = [];

    /// <summary>Gets the tied status code, or <see langword="null"/>.</summary>
    public string? TiedStatus { get; init; }

    /// <summary>Gets the humanitarian flag, or <see langword="null"/>.</summary>
    public bool? Humanitarian { get; init; }

    /// <summary>Gets the ledger entry id this library wrote on export (extension attribute), or <see langword="null"/>.</summary>
    public string? EntryId { get; init; }

    /// <summary>Gets the id of the entry this one reverses, as this library wrote it on export, or <see langword="null"/>.</summary>
    public string? Reverses { get; init; }

    /// <summary>Gets the source note this library wrote on export, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets where the element was read.</summary>
    public IatiPosition? Position { get; init; }
}

/// <summary>An aid activity as an IATI file states it (<c>iati-activity</c>): everything the import maps and what
/// users rely on besides, in every language given.</summary>
public sealed record IatiActivity
{
    /// <summary>Gets the activity identifier (<c>iati-identifier</c>, trimmed).</summary>
    public required string Identifier { get; init; }

    /// <summary>Gets the reporting organisation.</summary>
    public IatiOrganisation? ReportingOrg { get; init; }

    /// <summary>Gets the activity's default language (<c>xml:lang</c>), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the default currency (<c>@default-currency</c>), or <see langword="null"/>.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>Gets the activity's humanitarian flag, or <see langword="null"/>.</summary>
    public bool? Humanitarian { get; init; }

    /// <summary>Gets the title, in every language given.</summary>
    public IatiText Title { get; init; } = IatiText.Empty;

    /// <summary>Gets the descriptions with their type codes (codelist <c>DescriptionType</c>; <see langword="null"/>
    /// when none is given).</summary>
    public IReadOnlyList<KeyValuePair<string?, IatiText>> Descriptions { get; init; } = [];

    /// <summary>Gets the participating organisations.</summary>
    public IReadOnlyList<IatiOrganisation> Participants { get; init; } = [];

    /// <summary>Gets the activity status, or <see langword="null"/> when the file omits it.</summary>
    public IatiActivityStatus? Status { get; init; }

    /// <summary>Gets the activity dates.</summary>
    public IReadOnlyList<IatiActivityDate> Dates { get; init; } = [];

    /// <summary>Gets the recipient countries.</summary>
    public IReadOnlyList<IatiRecipient> RecipientCountries { get; init; } = [];

    /// <summary>Gets the recipient regions.</summary>
    public IReadOnlyList<IatiRecipient> RecipientRegions { get; init; } = [];

    /// <summary>Gets the sectors.</summary>
    public IReadOnlyList<IatiSector> Sectors { get; init; } = [];

    /// <summary>Gets the policy markers.</summary>
    public IReadOnlyList<IatiPolicyMarker> PolicyMarkers { get; init; } = [];

    /// <summary>Gets the collaboration type code, or <see langword="null"/>.</summary>
    public string? CollaborationType { get; init; }

    /// <summary>Gets the default flow type code, or <see langword="null"/>.</summary>
    public string? DefaultFlowType { get; init; }

    /// <summary>Gets the default finance type code, or <see langword="null"/>.</summary>
    public string? DefaultFinanceType { get; init; }

    /// <summary>Gets the default aid types.</summary>
    public IReadOnlyList<IatiCode> DefaultAidTypes { get; init; } = [];

    /// <summary>Gets the default tied status code, or <see langword="null"/>.</summary>
    public string? DefaultTiedStatus { get; init; }

    /// <summary>Gets the transactions, in file order.</summary>
    public IReadOnlyList<IatiTransaction> Transactions { get; init; } = [];

    /// <summary>Gets what this library wrote on export in its extension namespace (activity id, kind, lifecycle and
    /// notes), or <see langword="null"/> for a file it did not write.</summary>
    public IatiLedgerExtension? Ledger { get; init; }

    /// <summary>Gets the rules the activity breaks as read (missing or malformed parts), with their positions.</summary>
    public IReadOnlyList<IatiViolation> Violations { get; init; } = [];

    /// <summary>Gets where the element was read.</summary>
    public IatiPosition? Position { get; init; }

    /// <summary>Gets the share of a recipient country (<c>VN</c>), or <see langword="null"/> when the country is not
    /// listed or has no percentage.</summary>
    /// <param name="country">The ISO 3166-1 alpha-2 code.</param>
    /// <returns>The percentage, or <see langword="null"/>.</returns>
    public decimal? ShareOf(string country) =>
        RecipientCountries.FirstOrDefault(c => string.Equals(c.Code, country, StringComparison.OrdinalIgnoreCase))?.Percentage;
}

/// <summary>What this library writes in its extension namespace (<see cref="IatiXml.ExtensionNamespace"/>) so that an
/// exported ledger reads back exactly: what IATI has no element for.</summary>
public sealed record IatiLedgerExtension
{
    /// <summary>Gets the activity's id in the ledger.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Gets the Decree 80/2020 kind (<c>project</c>, <c>programme</c>, <c>nonProject</c>), or
    /// <see langword="null"/>.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the day the activity was proposed, or <see langword="null"/>.</summary>
    public LocalDate? Proposed { get; init; }

    /// <summary>Gets the recipient province, or <see langword="null"/>.</summary>
    public string? RecipientProvince { get; init; }

    /// <summary>Gets a value indicating whether the activity may be overdrawn.</summary>
    public bool AllowsOverdraft { get; init; }

    /// <summary>Gets the note, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the source, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the lifecycle after the proposal: each status (<c>appraised</c>, <c>approved</c>, ...) with its
    /// day.</summary>
    public IReadOnlyList<KeyValuePair<string, LocalDate>> Statuses { get; init; } = [];
}

/// <summary>What this library writes about a party in its extension namespace: what IATI has no attribute for.</summary>
public sealed record IatiPartyExtension
{
    /// <summary>Gets the party's id in the ledger.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the party's kind (<c>foreignNgo</c>, <c>vietnameseBody</c>, ...), or <see langword="null"/>.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the party's country (ISO 3166-1 alpha-2), or <see langword="null"/>.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the note, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the source, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets a value indicating whether the party has no IATI organisation type (a person).</summary>
    public bool Untyped { get; init; }
}
