using NodaTime;

namespace FriendshipUnion.Domain.Documents;

/// <summary>How one document bears on another.</summary>
public enum DocumentRelationKind
{
    /// <summary>Replaces the other document, which leaves force the day this one enters it.</summary>
    Replaces = 0,

    /// <summary>Amends the other document, which stays in force.</summary>
    Amends = 1,

    /// <summary>Guides (implements) the other document: a plan or guidance carrying out a directive or resolution.</summary>
    Guides = 2,
}

/// <summary>A relation from a document to another, named by its symbol.</summary>
/// <param name="Kind">How this document bears on the other.</param>
/// <param name="Target">The other document's symbol.</param>
public sealed record DocumentRelation(DocumentRelationKind Kind, DocumentSymbol Target);

/// <summary>
/// A directive, resolution, decree or other document: its symbol, kind, issuing body, when it was issued (possibly
/// known only to the year) and entered into force, its titles and its relations to other documents. Unknown dates
/// stay unknown.
/// </summary>
public sealed record LegalDocument
{
    /// <summary>Initializes a document.</summary>
    /// <param name="symbol">The symbol, such as <c>12-CT/TW</c>.</param>
    /// <param name="issuedBy">The issuing body, such as "Secretariat" (several bodies share the issuer TW).</param>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is the default, or <paramref name="issuedBy"/> is blank.</exception>
    public LegalDocument(DocumentSymbol symbol, string issuedBy)
    {
        Symbol = symbol == default ? throw new ArgumentException("The symbol must be set.", nameof(symbol)) : symbol;
        IssuedBy = Texts.Required(issuedBy, nameof(issuedBy));
    }

    /// <summary>Gets the symbol.</summary>
    public DocumentSymbol Symbol { get; }

    /// <summary>Gets the kind, from the symbol's type (a law's or an official letter's symbol has none).</summary>
    public DocumentKind? Kind => Symbol.Type?.Kind;

    /// <summary>Gets the issuing body.</summary>
    public string IssuedBy { get; }

    /// <summary>Gets when the document was issued, when known.</summary>
    public PartialDate? Issued { get; init; }

    /// <summary>Gets the first day in force, when known; otherwise the document is taken to be in force from its issue.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the date is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException">On init: the date is not in the ISO calendar.</exception>
    public LocalDate? InForceFrom
    {
        get;
        init => field = Guard.Against.OutsideCalendar(value, nameof(InForceFrom));
    }

    /// <summary>Gets the last day in force, when the document lapsed on a known day other than by a replacement on record.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the date is outside the years 0001–9999.</exception>
    /// <exception cref="ArgumentException">On init: the date is not in the ISO calendar.</exception>
    public LocalDate? InForceTo
    {
        get;
        init => field = Guard.Against.OutsideCalendar(value, nameof(InForceTo));
    }

    /// <summary>Gets the title in Vietnamese, when recorded.</summary>
    /// <exception cref="ArgumentException">On init: the title is blank.</exception>
    public string? TitleVi
    {
        get;
        init => field = Texts.Optional(value, nameof(TitleVi));
    }

    /// <summary>Gets the title or subject in English, when recorded.</summary>
    /// <exception cref="ArgumentException">On init: the title is blank.</exception>
    public string? TitleEn
    {
        get;
        init => field = Texts.Optional(value, nameof(TitleEn));
    }

    /// <summary>Gets the relations to other documents.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<DocumentRelation> Relations
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Relations));
    }

    = [];

    /// <summary>Gets a note.</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <inheritdoc/>
    public bool Equals(LegalDocument? other) =>
        other is not null && Symbol == other.Symbol && IssuedBy == other.IssuedBy && Issued == other.Issued
        && InForceFrom == other.InForceFrom && InForceTo == other.InForceTo && TitleVi == other.TitleVi && TitleEn == other.TitleEn
        && Note == other.Note && Source == other.Source && Relations.SequenceEqual(other.Relations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Symbol, IssuedBy, Issued, InForceFrom);
}
