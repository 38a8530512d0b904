namespace FriendshipUnion.Domain.Aid;

/// <summary>What kind of body a donor or partner is.</summary>
public enum PartyKind
{
    /// <summary>A foreign non-governmental organisation.</summary>
    ForeignNgo = 0,

    /// <summary>A foreign government or one of its bodies.</summary>
    ForeignGovernment = 1,

    /// <summary>A foreign or international agency (a multilateral or bilateral development agency).</summary>
    ForeignAgency = 2,

    /// <summary>An enterprise (a company or its foundation).</summary>
    Enterprise = 3,

    /// <summary>A private person.</summary>
    Individual = 4,

    /// <summary>A Vietnamese body: a union, an association, a state agency or an implementing partner.</summary>
    VietnameseBody = 5,
}

/// <summary>The IATI organisation types (codelist <c>OrganisationType</c>, Standard 2.03); the numbers are IATI's
/// codes.</summary>
public enum IatiOrganisationType
{
    /// <summary>10 Government.</summary>
    Government = 10,

    /// <summary>11 Local Government.</summary>
    LocalGovernment = 11,

    /// <summary>15 Other Public Sector.</summary>
    OtherPublicSector = 15,

    /// <summary>21 International NGO.</summary>
    InternationalNgo = 21,

    /// <summary>22 National NGO.</summary>
    NationalNgo = 22,

    /// <summary>23 Regional NGO.</summary>
    RegionalNgo = 23,

    /// <summary>24 Partner Country based NGO.</summary>
    PartnerCountryBasedNgo = 24,

    /// <summary>30 Public Private Partnership.</summary>
    PublicPrivatePartnership = 30,

    /// <summary>40 Multilateral.</summary>
    Multilateral = 40,

    /// <summary>60 Foundation.</summary>
    Foundation = 60,

    /// <summary>70 Private Sector.</summary>
    PrivateSector = 70,

    /// <summary>80 Academic, Training and Research.</summary>
    Academic = 80,

    /// <summary>90 Other.</summary>
    Other = 90,
}

/// <summary>
/// A donor or partner of aid activities: a foreign NGO, government or agency, an enterprise, a person, or a Vietnamese
/// body, with its country (ISO 3166-1 alpha-2). <see cref="IatiType"/> is the IATI organisation type where one fits;
/// a person has none.
/// </summary>
public sealed record Party
{
    /// <summary>Initializes a party.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The name, as the party writes it.</param>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="country">The country it is based in (for a person, their nationality).</param>
    /// <exception cref="ArgumentException">The id is the default, or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Party(PartyId id, string name, PartyKind kind, CountryCode country)
    {
        if (id == default)
        {
            throw new ArgumentException("A party needs an id.", nameof(id));
        }

        Guard.Against.NullOrWhiteSpace(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown party kind.");
        }

        if (country == default)
        {
            throw new ArgumentException("A party needs a country.", nameof(country));
        }

        Id = id;
        Name = name.Trim();
        Kind = kind;
        Country = country;
        IatiType = DefaultIatiType(kind);
    }

    /// <summary>Gets the stable id.</summary>
    public PartyId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets what kind of body it is.</summary>
    public PartyKind Kind { get; }

    /// <summary>Gets the country it is based in.</summary>
    public CountryCode Country { get; }

    /// <summary>Gets the IATI organisation type: by default the one that fits <see cref="Kind"/> (a foreign NGO is an
    /// International NGO, an agency Multilateral); a caller who knows better sets it. A person has none.</summary>
    public IatiOrganisationType? IatiType { get; init; }

    /// <summary>Gets a remark, such as "synthetic example".</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Tells whether the party is foreign (every kind but a Vietnamese body; a person by nationality).</summary>
    public bool IsForeign => Kind != PartyKind.VietnameseBody && Country != Vietnam;

    internal static CountryCode Vietnam { get; } = CountryCode.Parse("VN");

    /// <summary>Gets the IATI type that fits a kind when nothing more is known.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The type, or <see langword="null"/> for a person.</returns>
    public static IatiOrganisationType? DefaultIatiType(PartyKind kind) => kind switch
    {
        PartyKind.ForeignNgo => IatiOrganisationType.InternationalNgo,
        PartyKind.ForeignGovernment => IatiOrganisationType.Government,
        PartyKind.ForeignAgency => IatiOrganisationType.Multilateral,
        PartyKind.Enterprise => IatiOrganisationType.PrivateSector,
        PartyKind.VietnameseBody => IatiOrganisationType.OtherPublicSector,
        _ => null,
    };

    /// <summary>Returns the name and id.</summary>
    /// <returns><c>Name (id)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
