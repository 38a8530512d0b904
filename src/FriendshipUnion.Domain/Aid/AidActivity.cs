using FriendshipUnion.Domain.Currencies;
using NodaTime;

namespace FriendshipUnion.Domain.Aid;

/// <summary>The kinds of foreign non-governmental aid (Decree 80/2020/NĐ-CP, Art. 3).</summary>
public enum AidKind
{
    /// <summary>A programme: a set of projects towards common objectives.</summary>
    Programme = 0,

    /// <summary>A project: objectives, activities, budget and schedule of its own.</summary>
    Project = 1,

    /// <summary>Non-project aid: one-off cash or goods, experts or volunteers, inputs for conferences, training or
    /// research.</summary>
    NonProject = 2,
}

/// <summary>The roles of organisations taking part in an activity (IATI codelist <c>OrganisationRole</c>).</summary>
public enum ParticipantRole
{
    /// <summary>1 Funding: provides the money.</summary>
    Funding = 1,

    /// <summary>2 Accountable: answers for the activity (in Vietnam, the aid's owner).</summary>
    Accountable = 2,

    /// <summary>3 Extending: manages the funds on the funder's behalf.</summary>
    Extending = 3,

    /// <summary>4 Implementing: carries the activity out.</summary>
    Implementing = 4,
}

/// <summary>A party taking part in an activity, in a role.</summary>
/// <param name="Party">The party's id.</param>
/// <param name="Role">Its role.</param>
public sealed record Participant(PartyId Party, ParticipantRole Role);

/// <summary>The sector vocabularies (IATI codelist <c>SectorVocabulary</c>); the numbers are IATI's codes.</summary>
public enum SectorVocabulary
{
    /// <summary>1 OECD DAC CRS purpose codes, five digits.</summary>
    Dac5 = 1,

    /// <summary>2 OECD DAC CRS sector codes, three digits.</summary>
    Dac3 = 2,
}

/// <summary>A share of an activity in one sector of one vocabulary. Within a vocabulary an activity's shares sum to
/// 100.</summary>
/// <param name="Vocabulary">The vocabulary.</param>
/// <param name="Code">The sector code in that vocabulary (<c>12220</c>).</param>
/// <param name="Percentage">The share, above 0 and at most 100, with at most two decimals.</param>
/// <exception cref="ArgumentException"><paramref name="Code"/> is null or blank.</exception>
public sealed record SectorShare(SectorVocabulary Vocabulary, string Code, decimal Percentage)
{
    /// <summary>Gets the sector code in its vocabulary (<c>12220</c>).</summary>
    /// <exception cref="ArgumentException">On init: the code is null or blank.</exception>
    public string Code
    {
        get;
        init => field = Texts.Required(value, nameof(Code));
    }

    = Texts.Required(Code, nameof(Code));
}

/// <summary>The themes in which unions describe their aid, each mapped to a DAC sector.</summary>
public enum AidTheme
{
    /// <summary>Environment.</summary>
    Environment = 0,

    /// <summary>Healthcare.</summary>
    Healthcare = 1,

    /// <summary>Education.</summary>
    Education = 2,

    /// <summary>Social problems (social protection, poverty, disability).</summary>
    SocialProblems = 3,
}

/// <summary>The OECD DAC sector codes the library names, and the mapping of the unions' themes onto them. Climate
/// change is not a sector: it is a policy marker (<see cref="PolicyMarker"/>).</summary>
public static class DacSectors
{
    private static readonly Dictionary<(SectorVocabulary, string), string> Names = new()
    {
        [(SectorVocabulary.Dac5, "41010")] = "Environmental policy and administrative management",
        [(SectorVocabulary.Dac5, "12220")] = "Basic health care",
        [(SectorVocabulary.Dac5, "11110")] = "Education policy and administrative management",
        [(SectorVocabulary.Dac5, "16010")] = "Social protection",
        [(SectorVocabulary.Dac3, "410")] = "General environment protection",
        [(SectorVocabulary.Dac3, "122")] = "Basic health",
        [(SectorVocabulary.Dac3, "111")] = "Education, level unspecified",
        [(SectorVocabulary.Dac3, "160")] = "Other social infrastructure and services",
    };

    /// <summary>Gets the DAC sector of a theme in a vocabulary.</summary>
    /// <param name="theme">The theme.</param>
    /// <param name="vocabulary">The vocabulary: five-digit purpose codes or three-digit sectors.</param>
    /// <returns>The code: environment 41010 / 410, healthcare 12220 / 122, education 11110 / 111, social problems
    /// 16010 / 160.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The theme or vocabulary is not defined.</exception>
    public static string For(AidTheme theme, SectorVocabulary vocabulary = SectorVocabulary.Dac5)
    {
        var five = theme switch
        {
            AidTheme.Environment => "41010",
            AidTheme.Healthcare => "12220",
            AidTheme.Education => "11110",
            AidTheme.SocialProblems => "16010",
            _ => throw new ArgumentOutOfRangeException(nameof(theme), theme, "Unknown theme."),
        };
        return vocabulary switch
        {
            SectorVocabulary.Dac5 => five,
            SectorVocabulary.Dac3 => five[..3],
            _ => throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary, "Unknown vocabulary."),
        };
    }

    /// <summary>Gets the name of a sector the library knows.</summary>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <param name="code">The code.</param>
    /// <returns>The name, or <see langword="null"/> when the library does not name the code.</returns>
    public static string? NameOf(SectorVocabulary vocabulary, string code) => Names.GetValueOrDefault((vocabulary, code));

    /// <summary>Tells whether a code has the shape of its vocabulary (five or three digits).</summary>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the code has the right number of digits.</returns>
    public static bool IsWellFormed(SectorVocabulary vocabulary, string? code) =>
        code is not null
        && code.Length == (vocabulary == SectorVocabulary.Dac5 ? 5 : 3)
        && code.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}

/// <summary>The policy markers the library records (IATI codelist <c>PolicyMarker</c>): the Rio markers for climate
/// change.</summary>
public enum PolicyMarker
{
    /// <summary>6 Aid Targeting Objectives — Climate Change Mitigation.</summary>
    ClimateChangeMitigation = 6,

    /// <summary>7 Aid Targeting Objectives — Climate Change Adaptation.</summary>
    ClimateChangeAdaptation = 7,
}

/// <summary>How far an activity targets a policy (IATI codelist <c>PolicySignificance</c>).</summary>
public enum PolicySignificance
{
    /// <summary>0 not targeted.</summary>
    NotTargeted = 0,

    /// <summary>1 significant objective.</summary>
    Significant = 1,

    /// <summary>2 principal objective.</summary>
    Principal = 2,
}

/// <summary>A policy marker set on an activity.</summary>
/// <param name="Marker">The marker.</param>
/// <param name="Significance">How far the activity targets it.</param>
public sealed record PolicyMarking(PolicyMarker Marker, PolicySignificance Significance);

/// <summary>
/// An aid activity mobilised by a union: a programme, project or non-project aid, with its participants, sectors,
/// policy markers, recipient province and the currency of its aid account (every entry of the activity is in that
/// currency, so the limits are exact). The lifecycle is not part of the description: the ledger records it as dated
/// status changes (<see cref="AidLedger.StatusOn(ActivityId, LocalDate)"/>).
/// </summary>
public sealed record AidActivity
{
    /// <summary>Initializes an activity.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="union">The union that mobilised the aid.</param>
    /// <param name="title">The title.</param>
    /// <param name="kind">The kind of aid.</param>
    /// <param name="currency">The currency of the activity's aid account.</param>
    /// <param name="proposed">The day the activity was proposed: it exists from that day.</param>
    /// <exception cref="ArgumentException">An id is the default, the title is blank, the currency is unset or the date
    /// is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or
    /// <paramref name="proposed"/> is outside the years 0001–9999.</exception>
    public AidActivity(ActivityId id, UnionId union, string title, AidKind kind, Currency currency, LocalDate proposed)
    {
        if (id == default || union == default)
        {
            throw new ArgumentException("An activity needs an id and a union.", id == default ? nameof(id) : nameof(union));
        }

        Guard.Against.NullOrWhiteSpace(title);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown aid kind.");
        }

        if (currency == default)
        {
            throw new ArgumentException("An activity needs a currency.", nameof(currency));
        }

        Id = id;
        Union = union;
        Title = title.Trim();
        Kind = kind;
        Currency = currency;
        Proposed = Guard.Against.OutsideCalendar(proposed);
    }

    /// <summary>Gets the stable id.</summary>
    public ActivityId Id { get; }

    /// <summary>Gets the union that mobilised the aid.</summary>
    public UnionId Union { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the kind of aid.</summary>
    public AidKind Kind { get; }

    /// <summary>Gets the currency of the activity's aid account.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the day the activity was proposed; no entry is dated before it.</summary>
    public LocalDate Proposed { get; }

    /// <summary>Gets the participants with their roles.</summary>
    public IReadOnlyList<Participant> Participants { get; init => field = Guard.Against.NullItems(value, nameof(Participants)); } = [];

    /// <summary>Gets the sector shares; within each vocabulary they sum to 100. Empty when not stated.</summary>
    public IReadOnlyList<SectorShare> Sectors { get; init => field = Guard.Against.NullItems(value, nameof(Sectors)); } = [];

    /// <summary>Gets the policy markers (climate change).</summary>
    public IReadOnlyList<PolicyMarking> PolicyMarkers { get; init => field = Guard.Against.NullItems(value, nameof(PolicyMarkers)); } = [];

    /// <summary>Gets the recipient province, as named in Vietnamese or English (<c>An Giang</c>).</summary>
    /// <exception cref="ArgumentException">On init: the text is blank.</exception>
    public string? RecipientProvince
    {
        get;
        init => field = Texts.Optional(value, nameof(RecipientProvince));
    }

    /// <summary>Gets a value indicating whether the activity may disburse or commit beyond what it received or was
    /// committed (pre-financing), lifting the ledger's limits for it.</summary>
    public bool AllowsOverdraft { get; init; }

    /// <summary>Gets a remark.</summary>
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

    /// <summary>Gets the funding participants' ids, in order.</summary>
    public IEnumerable<PartyId> Funders => Participants.Where(p => p.Role == ParticipantRole.Funding).Select(p => p.Party);

    /// <summary>Tells whether another activity has the same content, lists compared item by item.</summary>
    /// <param name="other">The other activity.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(AidActivity? other) =>
        other is not null
        && Id == other.Id && Union == other.Union && Title == other.Title && Kind == other.Kind && Currency == other.Currency
        && Proposed == other.Proposed && RecipientProvince == other.RecipientProvince && AllowsOverdraft == other.AllowsOverdraft
        && Note == other.Note && Source == other.Source
        && Participants.SequenceEqual(other.Participants) && Sectors.SequenceEqual(other.Sectors) && PolicyMarkers.SequenceEqual(other.PolicyMarkers);

    /// <summary>Gets a hash of the identifying members.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Union, Title, Proposed);

    /// <summary>Returns the title and id.</summary>
    /// <returns><c>Title (id)</c>.</returns>
    public override string ToString() => $"{Title} ({Id})";
}
