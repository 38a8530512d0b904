namespace FriendshipUnion.Domain.Popolo;

/// <summary>A name of a person or organization in a language, for a period (<c>other_names</c>).</summary>
/// <param name="Name">The name.</param>
public sealed record PopoloName(string Name)
{
    /// <summary>Gets the language (<c>lang</c>, an EveryPolitician extension), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the note (<c>multilingual</c>, <c>ASCII</c>, <c>Birth name</c>), or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the first day the name was used, or <see langword="null"/>.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Gets the last day the name was used (a former name), or <see langword="null"/>.</summary>
    public PartialDate? To { get; init; }
}

/// <summary>An identifier in a scheme (<c>identifiers</c>: <c>wikidata</c> <c>Q123</c>).</summary>
/// <param name="Scheme">The scheme, or <see langword="null"/>.</param>
/// <param name="Identifier">The identifier.</param>
public sealed record PopoloIdentifier(string? Scheme, string Identifier);

/// <summary>A link (<c>links</c>, <c>sources</c>), kept as written (an IRI may hold non-ASCII characters).</summary>
/// <param name="Url">The URL.</param>
/// <param name="Note">The note, or <see langword="null"/>.</param>
public sealed record PopoloLink(string Url, string? Note);

/// <summary>A person as a Popolo file states them.</summary>
/// <param name="Id">The person's id in the file.</param>
/// <param name="Name">The name.</param>
public sealed record PopoloPerson(string Id, string Name)
{
    /// <summary>Gets every other name, in every language given.</summary>
    public IReadOnlyList<PopoloName> OtherNames { get; init; } = [];

    /// <summary>Gets the identifiers.</summary>
    public IReadOnlyList<PopoloIdentifier> Identifiers { get; init; } = [];

    /// <summary>Gets the links.</summary>
    public IReadOnlyList<PopoloLink> Links { get; init; } = [];

    /// <summary>Gets the sources.</summary>
    public IReadOnlyList<PopoloLink> Sources { get; init; } = [];

    /// <summary>Gets the birth date at the precision given (<c>1956</c>), or <see langword="null"/>.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>Gets the death date at the precision given, or <see langword="null"/>.</summary>
    public PartialDate? DeathDate { get; init; }

    /// <summary>Gets the gender as given, or <see langword="null"/>.</summary>
    public string? Gender { get; init; }

    /// <summary>Gets the summary, or <see langword="null"/>.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the scalar members of the item's <c>extras</c> object (Open Civic Data's free-form member), as
    /// text: this package writes there what Popolo has no member for.</summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = PopoloExtras.None;

    /// <summary>Gets the JSON path of the person in the file (<c>$.persons[3]</c>).</summary>
    public string Path { get; init; } = "$";
}

/// <summary>An organization as a Popolo file states it.</summary>
/// <param name="Id">The organization's id in the file.</param>
/// <param name="Name">The name.</param>
public sealed record PopoloOrganization(string Id, string Name)
{
    /// <summary>Gets the classification (<c>legislature</c>, <c>party</c>, <c>friendship union</c>), or
    /// <see langword="null"/>.</summary>
    public string? Classification { get; init; }

    /// <summary>Gets the parent's id, or <see langword="null"/>.</summary>
    public string? ParentId { get; init; }

    /// <summary>Gets the founding date, or <see langword="null"/>.</summary>
    public PartialDate? FoundingDate { get; init; }

    /// <summary>Gets the dissolution date, or <see langword="null"/>.</summary>
    public PartialDate? DissolutionDate { get; init; }

    /// <summary>Gets every other name.</summary>
    public IReadOnlyList<PopoloName> OtherNames { get; init; } = [];

    /// <summary>Gets the identifiers.</summary>
    public IReadOnlyList<PopoloIdentifier> Identifiers { get; init; } = [];

    /// <summary>Gets the sources.</summary>
    public IReadOnlyList<PopoloLink> Sources { get; init; } = [];

    /// <summary>Gets the number of seats of a body (this package's <c>seats</c>), or <see langword="null"/>.</summary>
    public int? Seats { get; init; }

    /// <summary>Gets the scalar members of the item's <c>extras</c> object (Open Civic Data's free-form member), as
    /// text: this package writes there what Popolo has no member for.</summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = PopoloExtras.None;

    /// <summary>Gets the JSON path of the organization in the file.</summary>
    public string Path { get; init; } = "$";
}

/// <summary>A post as a Popolo file states it.</summary>
/// <param name="Id">The post's id in the file.</param>
/// <param name="Label">The label.</param>
public sealed record PopoloPost(string Id, string? Label)
{
    /// <summary>Gets the role, or <see langword="null"/>.</summary>
    public string? Role { get; init; }

    /// <summary>Gets the organization's id, or <see langword="null"/>.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Gets the number of people who may hold the post at once (Open Civic Data's
    /// <c>maximum_memberships</c>), or <see langword="null"/>.</summary>
    public int? MaximumMemberships { get; init; }

    /// <summary>Gets the JSON path of the post in the file.</summary>
    public string Path { get; init; } = "$";
}

/// <summary>A membership as a Popolo file states it.</summary>
public sealed record PopoloMembership
{
    /// <summary>Gets the membership's id, or <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the person's id, or <see langword="null"/>.</summary>
    public string? PersonId { get; init; }

    /// <summary>Gets the organization's id, or <see langword="null"/>.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Gets the post's id, or <see langword="null"/>.</summary>
    public string? PostId { get; init; }

    /// <summary>Gets the id of the organization the person is a member on behalf of (a party), or
    /// <see langword="null"/>.</summary>
    public string? OnBehalfOfId { get; init; }

    /// <summary>Gets the role, or <see langword="null"/>.</summary>
    public string? Role { get; init; }

    /// <summary>Gets the start date, or <see langword="null"/>.</summary>
    public PartialDate? StartDate { get; init; }

    /// <summary>Gets the end date, or <see langword="null"/>.</summary>
    public PartialDate? EndDate { get; init; }

    /// <summary>Gets the term or legislative period's event id (<c>legislative_period_id</c>), or
    /// <see langword="null"/>.</summary>
    public string? LegislativePeriodId { get; init; }

    /// <summary>Gets the id of the event (a congress) that elected the member (<c>elected_at_id</c>), or
    /// <see langword="null"/>.</summary>
    public string? ElectedAtId { get; init; }

    /// <summary>Gets the periods the member was suspended (<c>extras.suspensions</c>).</summary>
    public IReadOnlyList<PopoloPeriod> Suspensions { get; init; } = [];

    /// <summary>Gets the scalar members of the item's <c>extras</c> object (Open Civic Data's free-form member), as
    /// text: this package writes there what Popolo has no member for.</summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = PopoloExtras.None;

    /// <summary>Gets the JSON path of the membership in the file.</summary>
    public string Path { get; init; } = "$";
}

/// <summary>An event as a Popolo file states it (a congress, a term, a legislative period, an election).</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Name">The name, or <see langword="null"/>.</param>
public sealed record PopoloEvent(string Id, string? Name)
{
    /// <summary>Gets the classification, or <see langword="null"/>.</summary>
    public string? Classification { get; init; }

    /// <summary>Gets the organization's id, or <see langword="null"/>.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Gets the start date, or <see langword="null"/>.</summary>
    public PartialDate? StartDate { get; init; }

    /// <summary>Gets the end date, or <see langword="null"/>.</summary>
    public PartialDate? EndDate { get; init; }

    /// <summary>Gets the description, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources.</summary>
    public IReadOnlyList<PopoloLink> Sources { get; init; } = [];

    /// <summary>Gets the JSON path of the event in the file.</summary>
    public string Path { get; init; } = "$";

    /// <summary>Gets the scalar members of the item's <c>extras</c> object (Open Civic Data's free-form member), as
    /// text: this package writes there what Popolo has no member for.</summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = PopoloExtras.None;
}

/// <summary>A period with a first day and, when it has ended, a last day.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, or <see langword="null"/> while it goes on.</param>
public sealed record PopoloPeriod(PartialDate From, PartialDate? To)
{
    /// <summary>Gets the number of the change of the union's history that began the period (this package's
    /// <c>start_change</c>), or <see langword="null"/>.</summary>
    public int? StartChange { get; init; }

    /// <summary>Gets the number of the change that ended it (<c>end_change</c>), or <see langword="null"/>.</summary>
    public int? EndChange { get; init; }
}

/// <summary>A problem in a Popolo file, or a rule its content breaks: a code, a message and a JSON path.</summary>
/// <param name="Code">The code (<c>popolo.json</c>, <c>popolo.date</c>, <c>popolo.membership-dates</c>,
/// <c>post.max-holders</c>).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Path">The JSON path (<c>$.memberships[4].start_date</c>).</param>
public sealed record PopoloViolation(string Code, string Message, string Path)
{
    /// <summary>Returns <c>path: code: message</c>.</summary>
    /// <returns>The violation as one line.</returns>
    public override string ToString() => $"{Path}: {Code}: {Message}";

    /// <summary>Returns the violation as one line in a culture: in English as <see cref="ToString"/>; in Vietnamese
    /// "Vi phạm quy tắc:" and the rule's statement (the core's, or this package's
    /// <see cref="FriendshipUnion.Domain.Rules.Rule.StatementVi"/>).</summary>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The violation as one line.</returns>
    public string DescribeIn(System.Globalization.CultureInfo? culture) =>
        $"{Path}: {Code}: {new FriendshipUnion.Domain.Rules.RuleViolation(Code, Message).MessageIn(culture, PopoloRules.Catalog)}";
}

/// <summary>A Popolo file read: its items, what could not be read, and what the model does not hold.</summary>
public sealed record PopoloFile
{
    /// <summary>Gets the persons.</summary>
    public IReadOnlyList<PopoloPerson> Persons { get; init; } = [];

    /// <summary>Gets the organizations.</summary>
    public IReadOnlyList<PopoloOrganization> Organizations { get; init; } = [];

    /// <summary>Gets the posts.</summary>
    public IReadOnlyList<PopoloPost> Posts { get; init; } = [];

    /// <summary>Gets the memberships.</summary>
    public IReadOnlyList<PopoloMembership> Memberships { get; init; } = [];

    /// <summary>Gets the events.</summary>
    public IReadOnlyList<PopoloEvent> Events { get; init; } = [];

    /// <summary>Gets what could not be read or breaks a rule, with JSON paths.</summary>
    public IReadOnlyList<PopoloViolation> Violations { get; init; } = [];

    /// <summary>Gets what the file holds that the model does not: property path (<c>persons[].images</c>) and
    /// count.</summary>
    public IReadOnlyDictionary<string, int> NotHeld { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets a value indicating whether the file is a JSON object that could be read.</summary>
    public bool IsReadable { get; init; }
}

/// <summary>What an item's extras hold when it has none, and the source an item names.</summary>
internal static class PopoloExtras
{
    /// <summary>No extras.</summary>
    internal static readonly IReadOnlyDictionary<string, string> None = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>The first link's url, else the text of <c>extras.source</c>, else <see langword="null"/>.</summary>
    internal static string? SourceOf(IReadOnlyList<PopoloLink> links, IReadOnlyDictionary<string, string> extras) =>
        links.Count > 0 ? links[0].Url : extras.GetValueOrDefault("source");
}
