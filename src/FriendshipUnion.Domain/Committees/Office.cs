namespace FriendshipUnion.Domain.Committees;

/// <summary>The bodies a congress and its Executive Committee elect for a term.</summary>
public enum BodyKind
{
    /// <summary>The Executive Committee (Ban Chấp hành), elected by the congress.</summary>
    ExecutiveCommittee = 0,

    /// <summary>The Standing Committee (Ban Thường vụ), elected by the Executive Committee from its members.</summary>
    StandingCommittee = 1,

    /// <summary>The Inspection Committee (Ban Kiểm tra), a separate body elected alongside.</summary>
    InspectionCommittee = 2,

    /// <summary>The Presidium (Đoàn Chủ tịch), VUFO's leading body at central level.</summary>
    Presidium = 3,
}

/// <summary>An office a person can hold in a term: a seat in a body, or a leadership post.</summary>
public enum Office
{
    /// <summary>Member of the Executive Committee.</summary>
    ExecutiveCommitteeMember = 0,

    /// <summary>Member of the Standing Committee.</summary>
    StandingCommitteeMember = 1,

    /// <summary>Member of the Inspection Committee.</summary>
    InspectionCommitteeMember = 2,

    /// <summary>Member of the Presidium (central level).</summary>
    PresidiumMember = 3,

    /// <summary>President (Chủ tịch): one holder.</summary>
    President = 4,

    /// <summary>Permanent Vice President (Phó Chủ tịch thường trực): one holder, a Vice President.</summary>
    PermanentVicePresident = 5,

    /// <summary>Vice President (Phó Chủ tịch): as many as the charter allows.</summary>
    VicePresident = 6,

    /// <summary>Vice President cum General Secretary (Phó Chủ tịch kiêm Tổng Thư ký): central level, one holder, a Vice President.</summary>
    VicePresidentGeneralSecretary = 7,

    /// <summary>Acting head of the union, appointed while the presidency is vacant or its holder suspended: one holder.</summary>
    ActingPresident = 8,
}

/// <summary>What the library knows of each <see cref="Office"/> and <see cref="BodyKind"/>.</summary>
public static class Offices
{
    /// <summary>Gets every office, in declaration order.</summary>
    public static IReadOnlyList<Office> All { get; } = Array.AsReadOnly(Enum.GetValues<Office>());

    /// <summary>Gets the office of a member of <paramref name="body"/>.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The membership office.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="body"/> is not a defined value.</exception>
    public static Office MembershipOf(BodyKind body) => body switch
    {
        BodyKind.ExecutiveCommittee => Office.ExecutiveCommitteeMember,
        BodyKind.StandingCommittee => Office.StandingCommitteeMember,
        BodyKind.InspectionCommittee => Office.InspectionCommitteeMember,
        BodyKind.Presidium => Office.PresidiumMember,
        _ => throw new ArgumentOutOfRangeException(nameof(body), body, "Not a body."),
    };

    /// <summary>Gets the body whose membership <paramref name="office"/> is, or <see langword="null"/> for a post.</summary>
    /// <param name="office">The office.</param>
    /// <returns>The body, or <see langword="null"/>.</returns>
    public static BodyKind? BodyOf(Office office) => office switch
    {
        Office.ExecutiveCommitteeMember => BodyKind.ExecutiveCommittee,
        Office.StandingCommitteeMember => BodyKind.StandingCommittee,
        Office.InspectionCommitteeMember => BodyKind.InspectionCommittee,
        Office.PresidiumMember => BodyKind.Presidium,
        _ => null,
    };

    /// <summary>Tells whether <paramref name="office"/> is one of the Vice Presidents (ordinary, permanent, or cum
    /// General Secretary), which a charter counts together.</summary>
    /// <param name="office">The office.</param>
    /// <returns><see langword="true"/> for a Vice President.</returns>
    public static bool IsVicePresident(Office office) =>
        office is Office.VicePresident or Office.PermanentVicePresident or Office.VicePresidentGeneralSecretary;

    /// <summary>Tells whether <paramref name="office"/> is a post elected from the Standing Committee: the President
    /// or a Vice President.</summary>
    /// <param name="office">The office.</param>
    /// <returns><see langword="true"/> for the President or a Vice President.</returns>
    public static bool IsElectedFromStandingCommittee(Office office) => office == Office.President || IsVicePresident(office);

    /// <summary>Gets how many people may hold <paramref name="office"/> at once at <paramref name="level"/>, before any
    /// charter: one for the single posts, none for the central-level offices at provincial level, and
    /// <see langword="null"/> (the body's declared size, or the charter) for the rest.</summary>
    /// <param name="office">The office.</param>
    /// <param name="level">The union's level.</param>
    /// <returns>The most holders, or <see langword="null"/> when this table sets no number.</returns>
    public static int? MaxHolders(Office office, OrganizationLevel level) => office switch
    {
        Office.President or Office.PermanentVicePresident or Office.ActingPresident => 1,
        Office.VicePresidentGeneralSecretary => level == OrganizationLevel.Central ? 1 : 0,
        Office.PresidiumMember => level == OrganizationLevel.Central ? null : 0,
        _ => null,
    };

    /// <summary>Tells whether <paramref name="office"/> has at most one holder at a time at any level.</summary>
    /// <param name="office">The office.</param>
    /// <returns><see langword="true"/> for the President, the Permanent Vice President, the Vice President cum
    /// General Secretary and the acting head.</returns>
    public static bool IsSingleHolder(Office office) => MaxHolders(office, OrganizationLevel.Central) == 1;

    /// <summary>Gets the English title of <paramref name="office"/>, such as "Permanent Vice President".</summary>
    /// <param name="office">The office.</param>
    /// <returns>The title.</returns>
    public static string Title(Office office) => office switch
    {
        Office.ExecutiveCommitteeMember => "Executive Committee member",
        Office.StandingCommitteeMember => "Standing Committee member",
        Office.InspectionCommitteeMember => "Inspection Committee member",
        Office.PresidiumMember => "Presidium member",
        Office.President => "President",
        Office.PermanentVicePresident => "Permanent Vice President",
        Office.VicePresident => "Vice President",
        Office.VicePresidentGeneralSecretary => "Vice President cum General Secretary",
        Office.ActingPresident => "Acting President",
        _ => office.ToString(),
    };

    /// <summary>Gets the English name of <paramref name="body"/>, such as "Executive Committee".</summary>
    /// <param name="body">The body.</param>
    /// <returns>The name.</returns>
    public static string Title(BodyKind body) => body switch
    {
        BodyKind.ExecutiveCommittee => "Executive Committee",
        BodyKind.StandingCommittee => "Standing Committee",
        BodyKind.InspectionCommittee => "Inspection Committee",
        BodyKind.Presidium => "Presidium",
        _ => body.ToString(),
    };
}
