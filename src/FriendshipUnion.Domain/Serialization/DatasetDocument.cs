using System.Text.Json.Serialization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Organizations;
using NodaTime;

namespace FriendshipUnion.Domain.Serialization;

// The wire contract of the dataset format, version 4 (version 1 had no people, bodies or leadership; version 2 no
// documents, programmes or plans; version 3 no exchange rates or aid ledger). These types mirror JSON exactly; the domain types never
// carry serializer attributes. Every document is mapped onto a DatasetDraft and checked by the domain rules on read.

/// <summary>The root of a dataset document.</summary>
internal sealed record DatasetDocument
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; }

    public required int SchemaVersion { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<PersonDocument>? People { get; init; }

    public IReadOnlyList<ProvinceDocument?>? Provinces { get; init; }

    public IReadOnlyList<LegalDocumentDocument>? Documents { get; init; }

    public required IReadOnlyList<UnionDocument> Unions { get; init; }

    public ExchangeRatesDocument? ExchangeRates { get; init; }

    public AidDocument? Aid { get; init; }
}

/// <summary>The exchange rates and the policy for a value date without one (version 4).</summary>
internal sealed record ExchangeRatesDocument
{
    public required int DaysBack { get; init; }

    public required IReadOnlyList<ExchangeRateDocument> Rates { get; init; }
}

/// <summary>One dated rate: 1 unit of <c>from</c> is worth <c>rate</c> units of <c>to</c>.</summary>
internal sealed record ExchangeRateDocument
{
    public required CurrencyCode From { get; init; }

    public required CurrencyCode To { get; init; }

    public required LocalDate Date { get; init; }

    [JsonConverter(typeof(RateJsonConverter))]
    public required decimal Rate { get; init; }

    public string? Source { get; init; }
}

/// <summary>The aid ledger (version 4): parties, activities, entries in posting order, closed periods.</summary>
internal sealed record AidDocument
{
    public IReadOnlyList<PartyDocument>? Parties { get; init; }

    public IReadOnlyList<ActivityDocument>? Activities { get; init; }

    public IReadOnlyList<TransactionDocument>? Transactions { get; init; }

    public IReadOnlyList<ClosedBooksDocument>? ClosedBooks { get; init; }
}

/// <summary>A donor or partner.</summary>
internal sealed record PartyDocument
{
    public required PartyId Id { get; init; }

    public required string Name { get; init; }

    public required PartyKind Kind { get; init; }

    public required CountryCode Country { get; init; }

    public IatiOrganisationType? IatiType { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>An aid activity with its status changes after the proposal.</summary>
internal sealed record ActivityDocument
{
    public required ActivityId Id { get; init; }

    public required UnionId Union { get; init; }

    public required string Title { get; init; }

    public required AidKind Kind { get; init; }

    public required CurrencyCode Currency { get; init; }

    public required LocalDate Proposed { get; init; }

    public IReadOnlyList<StatusChangeDocument>? Statuses { get; init; }

    public IReadOnlyList<ParticipantDocument>? Participants { get; init; }

    public IReadOnlyList<SectorDocument>? Sectors { get; init; }

    public IReadOnlyList<PolicyMarkerDocument>? PolicyMarkers { get; init; }

    public string? RecipientProvince { get; init; }

    public bool? AllowsOverdraft { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>A dated status change.</summary>
internal sealed record StatusChangeDocument
{
    public required ActivityStatus Status { get; init; }

    public required LocalDate Date { get; init; }
}

/// <summary>A participant in a role.</summary>
internal sealed record ParticipantDocument
{
    public required PartyId Party { get; init; }

    public required ParticipantRole Role { get; init; }
}

/// <summary>A sector share.</summary>
internal sealed record SectorDocument
{
    public required SectorVocabulary Vocabulary { get; init; }

    public required string Code { get; init; }

    [JsonConverter(typeof(PercentageJsonConverter))]
    public required decimal Percentage { get; init; }
}

/// <summary>A policy marker.</summary>
internal sealed record PolicyMarkerDocument
{
    public required PolicyMarker Marker { get; init; }

    public required PolicySignificance Significance { get; init; }
}

/// <summary>A ledger entry: of an activity, or a summary entry.</summary>
internal sealed record TransactionDocument
{
    public required TransactionId Id { get; init; }

    public ActivityId? Activity { get; init; }

    public SummaryDocument? Summary { get; init; }

    public required TransactionType Type { get; init; }

    public required LocalDate Date { get; init; }

    public required ValueDocument Value { get; init; }

    public PartyId? Provider { get; init; }

    public PartyId? Receiver { get; init; }

    public TransactionId? Reverses { get; init; }

    public string? Description { get; init; }

    public string? Source { get; init; }
}

/// <summary>What a summary entry stands for.</summary>
internal sealed record SummaryDocument
{
    public required UnionId Union { get; init; }

    public required int FromYear { get; init; }

    public required int ToYear { get; init; }

    public bool? Approximate { get; init; }
}

/// <summary>A value: an amount (a string or number, read without loss), its currency and value date.</summary>
internal sealed record ValueDocument
{
    public required decimal Amount { get; init; }

    public required CurrencyCode Currency { get; init; }

    public required LocalDate ValueDate { get; init; }
}

/// <summary>A union's books closed through a day.</summary>
internal sealed record ClosedBooksDocument
{
    public required UnionId Union { get; init; }

    public required LocalDate Through { get; init; }
}

/// <summary>A directive, resolution, decree or other document.</summary>
internal sealed record LegalDocumentDocument
{
    public required DocumentSymbol Symbol { get; init; }

    public required string IssuedBy { get; init; }

    public PartialDate? Issued { get; init; }

    public LocalDate? InForceFrom { get; init; }

    public LocalDate? InForceTo { get; init; }

    public string? TitleVi { get; init; }

    public string? TitleEn { get; init; }

    public IReadOnlyList<RelationDocument>? Relations { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>A relation from a document to another.</summary>
internal sealed record RelationDocument
{
    public required DocumentRelationKind Kind { get; init; }

    public required DocumentSymbol Target { get; init; }
}

/// <summary>A term's work programme.</summary>
internal sealed record ProgrammeDocument
{
    public required int Term { get; init; }

    public required ProgrammeItemKind ItemKind { get; init; }

    public int? DeclaredCount { get; init; }

    public required IReadOnlyList<KeyTaskDocument> Tasks { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>A numbered key task or area.</summary>
internal sealed record KeyTaskDocument
{
    public required int Number { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<DocumentSymbol>? Carries { get; init; }

    public string? Note { get; init; }
}

/// <summary>An implementation plan; <c>due</c> belongs to a one-off plan, <c>dueEachYear</c> and <c>lastYear</c> to an annual one.</summary>
internal sealed record PlanDocument
{
    public required PlanId Id { get; init; }

    public required int Term { get; init; }

    public required DocumentSymbol Document { get; init; }

    public required PlanRecurrence Recurrence { get; init; }

    public PartialDate? Adopted { get; init; }

    public LocalDate? Starts { get; init; }

    public LocalDate? Due { get; init; }

    public AnnualDate? DueEachYear { get; init; }

    public int? LastYear { get; init; }

    public bool? SpansTerms { get; init; }

    public bool? Historical { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<ReportDocument>? Reports { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>A report against a plan.</summary>
internal sealed record ReportDocument
{
    public required LocalDate Date { get; init; }

    public required ReportKind Kind { get; init; }

    public int? Year { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>A person named in a leadership history.</summary>
internal sealed record PersonDocument
{
    public required PersonId Id { get; init; }

    public required string Name { get; init; }

    public string? AsciiName { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }

    public PartialDate? BirthDate { get; init; }

    public PartialDate? DeathDate { get; init; }

    public IReadOnlyList<PersonNameDocument?>? OtherNames { get; init; }

    public IReadOnlyList<PersonIdentifierDocument?>? Identifiers { get; init; }

    public IReadOnlyList<PersonLinkDocument?>? Links { get; init; }

    public IReadOnlyList<PersonAffiliationDocument?>? Affiliations { get; init; }
}

/// <summary>A person's membership of another organization.</summary>
internal sealed record PersonAffiliationDocument
{
    public required string Organization { get; init; }

    public string? Classification { get; init; }

    public string? Role { get; init; }

    public string? Post { get; init; }

    public string? OnBehalfOf { get; init; }

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }
}

/// <summary>Another name of a person.</summary>
internal sealed record PersonNameDocument
{
    public required string Name { get; init; }

    public string? Language { get; init; }

    public string? Note { get; init; }

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }
}

/// <summary>A person's identifier in another register.</summary>
internal sealed record PersonIdentifierDocument
{
    public required string Identifier { get; init; }

    public string? Scheme { get; init; }
}

/// <summary>A link to a page about a person.</summary>
internal sealed record PersonLinkDocument
{
    public required string Url { get; init; }

    public string? Note { get; init; }
}

/// <summary>A body elected for a term.</summary>
internal sealed record BodyDocument
{
    public required int Term { get; init; }

    public required BodyKind Kind { get; init; }

    public int? DeclaredSize { get; init; }

    public string? Source { get; init; }
}

/// <summary>A change to a term's leadership.</summary>
internal sealed record LeadershipChangeDocument
{
    public required int Term { get; init; }

    public required PartialDate Date { get; init; }

    public required IReadOnlyList<OfficeFactDocument> Facts { get; init; }

    public string? Decision { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>One fact of a leadership change; <c>office</c> is omitted for a death.</summary>
internal sealed record OfficeFactDocument
{
    public required OfficeChangeKind Kind { get; init; }

    public required PersonId Person { get; init; }

    public Office? Office { get; init; }
}

/// <summary>A province as an administrative unit over time (version 6).</summary>
internal sealed record ProvinceDocument
{
    public required ProvinceId Id { get; init; }

    public required string Vi { get; init; }

    public required string En { get; init; }

    public Provinces.ProvinceKind? Kind { get; init; }

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    public string? Centre { get; init; }

    public IReadOnlyList<ProvinceId>? Predecessors { get; init; }

    public string? EstablishedBy { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>The province a union serves from a date (version 6).</summary>
internal sealed record ProvinceServedDocument
{
    public required ProvinceId Province { get; init; }

    public PartialDate? From { get; init; }
}

/// <summary>A date another source gives for a fact.</summary>
internal sealed record ClaimDocument
{
    public required PartialDate Date { get; init; }

    public required string Source { get; init; }

    public string? Link { get; init; }

    public string? Note { get; init; }
}

/// <summary>One union.</summary>
internal sealed record UnionDocument
{
    public required UnionId Id { get; init; }

    public required OrganizationLevel Level { get; init; }

    public UnionId? Parent { get; init; }

    public PartialDate? Founded { get; init; }

    public IReadOnlyList<ClaimDocument?>? FoundedClaims { get; init; }

    public PartialDate? RecordedTo { get; init; }

    public IReadOnlyList<ProvinceServedDocument?>? Provinces { get; init; }

    public LocalDate? TraditionDay { get; init; }

    public required IReadOnlyList<NameDocument> Names { get; init; }

    public IReadOnlyList<AssociationDocument>? Associations { get; init; }

    public IReadOnlyList<MemberCountDocument>? MemberCounts { get; init; }

    public required IReadOnlyList<CongressDocument> Congresses { get; init; }

    public IReadOnlyList<BodyDocument>? Bodies { get; init; }

    public IReadOnlyList<LeadershipChangeDocument>? Leadership { get; init; }

    public IReadOnlyList<ProgrammeDocument>? Programmes { get; init; }

    public IReadOnlyList<PlanDocument>? Plans { get; init; }

    public SuccessionDocument? Succession { get; init; }

    public string? Source { get; init; }
}

/// <summary>A dated name.</summary>
internal sealed record NameDocument
{
    public required string Vi { get; init; }

    public required string En { get; init; }

    public PartialDate? From { get; init; }
}

/// <summary>A member association.</summary>
internal sealed record AssociationDocument
{
    public required UnionId Id { get; init; }

    public required string NameEn { get; init; }

    public string? NameVi { get; init; }

    public required CountryCode PartnerCountry { get; init; }

    public PartialDate? Joined { get; init; }

    public PartialDate? Left { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>A reported member count.</summary>
internal sealed record MemberCountDocument
{
    public required PartialDate AsOf { get; init; }

    public required MemberCountKind Kind { get; init; }

    public required int Count { get; init; }

    public string? Source { get; init; }
}

/// <summary>A congress; <c>held</c> is required but may be null when the date is unknown.</summary>
internal sealed record CongressDocument
{
    public required int Ordinal { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required PartialDate? Held { get; init; }

    public required string TermLabel { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }
}

/// <summary>A merger or dissolution.</summary>
internal sealed record SuccessionDocument
{
    public required SuccessionKind Kind { get; init; }

    public required PartialDate Date { get; init; }

    public UnionId? Successor { get; init; }

    public string? Decision { get; init; }
}
