
namespace FriendshipUnion.Domain.Organizations;

/// <summary>
/// A bilateral friendship association that is a member of a union, tied to its partner country, with the dates it
/// joined and left when they are known.
/// </summary>
public sealed record MemberAssociation
{
    /// <summary>Initializes a member association.</summary>
    /// <param name="id">Its id within the union, such as <c>vn-kr</c>.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="partnerCountry">The partner country.</param>
    /// <exception cref="ArgumentException">The name is null or blank, or the id or country is the default value.</exception>
    public MemberAssociation(UnionId id, string englishName, CountryCode partnerCountry)
    {
        if (id == default)
        {
            throw new ArgumentException("The id must be set.", nameof(id));
        }

        if (partnerCountry == default)
        {
            throw new ArgumentException("The partner country must be set.", nameof(partnerCountry));
        }

        Id = id;
        EnglishName = Texts.Required(englishName, nameof(englishName));
        PartnerCountry = partnerCountry;
    }

    /// <summary>Gets the association's id within its union.</summary>
    public UnionId Id { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the Vietnamese name when it is known (Unicode NFC).</summary>
    /// <exception cref="ArgumentException">On init: the name is blank.</exception>
    public string? VietnameseName
    {
        get;
        init => field = Texts.Optional(value, nameof(VietnameseName));
    }

    /// <summary>Gets the partner country.</summary>
    public CountryCode PartnerCountry { get; }

    /// <summary>Gets when the association joined (or was founded in) the union, when known.</summary>
    public PartialDate? Joined { get; init; }

    /// <summary>Gets when the association left the union, or <see langword="null"/> while it is a member (or when
    /// the date is not known).</summary>
    public PartialDate? Left { get; init; }

    /// <summary>Gets what is known beyond the dates, such as "founded during the 2015–2021 term".</summary>
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
}
