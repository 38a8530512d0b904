using System.Globalization;
using System.Text;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// A person named in a union's leadership history: the name in Vietnamese with its diacritics (stored in Unicode
/// NFC) and, optionally, the ASCII form used where diacritics are lost ("Hoàng Nghĩa Hiếu" / "Hoang Nghia Hieu").
/// </summary>
public sealed record Person
{
    /// <summary>Initializes a person.</summary>
    /// <param name="id">The person's stable id.</param>
    /// <param name="name">The name in Vietnamese, with diacritics.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default, or <paramref name="name"/> is blank.</exception>
    public Person(PersonId id, string name)
    {
        Id = id == default ? throw new ArgumentException("The id must be set.", nameof(id)) : id;
        Name = Texts.Required(name, nameof(name));
    }

    /// <summary>Gets the person's stable id.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the name in Vietnamese, in Unicode NFC.</summary>
    public string Name { get; }

    /// <summary>Gets the name without diacritics, when recorded ("Hoang Nghia Hieu").</summary>
    /// <exception cref="ArgumentException">On init: the text is blank or holds a character that is not printable ASCII.</exception>
    public string? AsciiName
    {
        get;
        init
        {
            var text = Texts.Optional(value, nameof(AsciiName));
            if (text is not null && !text.All(c => c is >= ' ' and <= '~'))
            {
                throw new ArgumentException($"The ASCII form '{text}' holds a character that is not printable ASCII.", nameof(AsciiName));
            }

            field = text;
        }
    }

    /// <summary>Gets a note, such as what the sources say of the person.</summary>
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

    /// <summary>Gets the day of birth, known to the year, month or day, when recorded. A dataset refuses a person who
    /// dies before being born (<see cref="Rules.RuleCodes.PersonLifetime"/>).</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>Gets the day of death, known to the year, month or day, when recorded.</summary>
    public PartialDate? DeathDate { get; init; }

    /// <summary>Gets the person's other names: in other languages and scripts, earlier names, transliterations.</summary>
    /// <exception cref="ArgumentNullException">On init: the list or a name is null.</exception>
    public IReadOnlyList<PersonName> OtherNames
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(OtherNames));
    }

    = [];

    /// <summary>Gets the person's identifiers in other registers (Wikidata, a parliament's).</summary>
    /// <exception cref="ArgumentNullException">On init: the list or an identifier is null.</exception>
    public IReadOnlyList<PersonIdentifier> Identifiers
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Identifiers));
    }

    = [];

    /// <summary>Gets links to pages about the person.</summary>
    /// <exception cref="ArgumentNullException">On init: the list or a link is null.</exception>
    public IReadOnlyList<PersonLink> Links
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Links));
    }

    = [];

    /// <summary>Gets the person's memberships of organizations other than the unions (a legislature, a party), with
    /// their dates.</summary>
    /// <exception cref="ArgumentNullException">On init: the list or an affiliation is null.</exception>
    public IReadOnlyList<PersonAffiliation> Affiliations
    {
        get;
        init => field = Guard.Against.NullItems(value, nameof(Affiliations));
    }

    = [];

    /// <inheritdoc/>
    public bool Equals(Person? other) =>
        other is not null && Id == other.Id && Name == other.Name && AsciiName == other.AsciiName && Note == other.Note && Source == other.Source
        && BirthDate == other.BirthDate && DeathDate == other.DeathDate
        && OtherNames.SequenceEqual(other.OtherNames) && Identifiers.SequenceEqual(other.Identifiers) && Links.SequenceEqual(other.Links)
        && Affiliations.SequenceEqual(other.Affiliations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, AsciiName, BirthDate, OtherNames.Count);

    /// <summary>
    /// Tells whether <paramref name="name"/> names this person. Text with diacritics is compared with the Vietnamese
    /// name (ignoring case, spacing and the Unicode normal form); plain ASCII text is compared with the ASCII form and
    /// with the Vietnamese name stripped of its diacritics, so "hoang nghia hieu" finds "Hoàng Nghĩa Hiếu".
    /// </summary>
    /// <param name="name">The name as typed.</param>
    /// <returns><see langword="true"/> when it names this person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool IsNamed(string name)
    {
        Guard.Against.Null(name);
        var query = Canonical(name);
        if (query.Length == 0)
        {
            return false;
        }

        return IsAscii(query)
            ? query == Fold(Name) || (AsciiName is not null && query == Canonical(AsciiName))
            : query == Canonical(Name);
    }

    /// <summary>Formats the person as the Vietnamese name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static bool IsAscii(string text) => text.All(char.IsAscii);

    // Whether the person certainly dies before being born; dates known to different precisions may overlap.
    internal bool DiesBeforeBirth => BirthDate is { } birth && DeathDate is { } death && death.Latest < birth.Earliest;

    // Why an affiliation's dates cannot be, or null: it certainly ends before it starts, starts before the birth or
    // ends after the death.
    internal string? AffiliationProblem(PersonAffiliation affiliation)
    {
        var (from, to) = (affiliation.From, affiliation.To);
        return from is { } f && to is { } t && t.Latest < f.Earliest ? $"ends ({t}) before it starts ({f})"
            : BirthDate is { } birth && (from ?? to) is { } first && first.Latest < birth.Earliest ? $"starts ({first}) before {Name} was born ({birth})"
            : DeathDate is { } death && (from ?? to) is { } start && start.Earliest > death.Latest ? $"starts ({start}) after {Name} died ({death})"
            : DeathDate is { } died && to is { } end && end.Earliest > died.Latest ? $"ends ({end}) after {Name} died ({died})"
            : null;
    }

    // Lower case, NFC, single spaces.
    private static string Canonical(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Canonical, then without diacritics: decompose and drop the combining marks; đ has no decomposition.
    private static string Fold(string text)
    {
        var decomposed = Canonical(text).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is 'đ' or 'ð' ? 'd' : c);
            }
        }

        return folded.ToString();
    }
}

/// <summary>Another name of a person: in another language or script, an earlier name, a transliteration.</summary>
public sealed record PersonName
{
    /// <summary>Initializes a name.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public PersonName(string name) => Name = Texts.Required(name, nameof(name));

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the language (a BCP 47 tag: <c>vi</c>, <c>en</c>, <c>zh</c>), when known.</summary>
    /// <exception cref="ArgumentException">On init: the tag is blank.</exception>
    public string? Language
    {
        get;
        init => field = Texts.Optional(value, nameof(Language));
    }

    /// <summary>Gets a note on the name ("birth name", "ASCII").</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets the first day the name was used, when known.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Gets the last day the name was used, when known.</summary>
    public PartialDate? To { get; init; }
}

/// <summary>A person's identifier in another register.</summary>
public sealed record PersonIdentifier
{
    /// <summary>Initializes an identifier.</summary>
    /// <param name="identifier">The identifier (<c>Q12345</c>).</param>
    /// <param name="scheme">The register (<c>wikidata</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="identifier"/> or <paramref name="scheme"/> is blank.</exception>
    public PersonIdentifier(string identifier, string? scheme = null)
    {
        Identifier = Texts.Required(identifier, nameof(identifier));
        Scheme = Texts.Optional(scheme, nameof(scheme));
    }

    /// <summary>Gets the identifier.</summary>
    public string Identifier { get; }

    /// <summary>Gets the register, when known.</summary>
    public string? Scheme { get; }
}

/// <summary>A link to a page about a person.</summary>
public sealed record PersonLink
{
    /// <summary>Initializes a link.</summary>
    /// <param name="url">The address, as written (an IRI may hold non-ASCII letters).</param>
    /// <param name="note">What the page is ("Wikipedia (vi)"), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="url"/> or <paramref name="note"/> is blank.</exception>
    public PersonLink(string url, string? note = null)
    {
        Url = Texts.Required(url, nameof(url));
        Note = Texts.Optional(note, nameof(note));
    }

    /// <summary>Gets the address.</summary>
    public string Url { get; }

    /// <summary>Gets what the page is, when noted.</summary>
    public string? Note { get; }
}

/// <summary>A person's membership of an organization other than the unions (a legislature, a party), with its
/// dates.</summary>
public sealed record PersonAffiliation
{
    /// <summary>Initializes an affiliation.</summary>
    /// <param name="organization">The organization's name.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is blank.</exception>
    public PersonAffiliation(string organization) => Organization = Texts.Required(organization, nameof(organization));

    /// <summary>Gets the organization's name.</summary>
    public string Organization { get; }

    /// <summary>Gets the organization's kind (<c>legislature</c>, <c>party</c>), when known.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Classification
    {
        get;
        init => field = Texts.Optional(value, nameof(Classification));
    }

    /// <summary>Gets the role (<c>member</c>), when known.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Role
    {
        get;
        init => field = Texts.Optional(value, nameof(Role));
    }

    /// <summary>Gets the post held (<c>Speaker of the Assembly</c>), when known.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Post
    {
        get;
        init => field = Texts.Optional(value, nameof(Post));
    }

    /// <summary>Gets the organization the person was a member on behalf of (a party), when known.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? OnBehalfOf
    {
        get;
        init => field = Texts.Optional(value, nameof(OnBehalfOf));
    }

    /// <summary>Gets the first day, when known. A dataset refuses an affiliation that ends before it starts or lies
    /// outside the person's lifetime (<see cref="Rules.RuleCodes.PersonAffiliationDates"/>).</summary>
    public PartialDate? From { get; init; }

    /// <summary>Gets the last day, when known.</summary>
    public PartialDate? To { get; init; }
}
