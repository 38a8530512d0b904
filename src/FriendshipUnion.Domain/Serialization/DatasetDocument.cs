using System.Text.Json.Serialization;
using FriendshipUnion.Domain.Calendar;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Organizations;
using NodaTime;

namespace FriendshipUnion.Domain.Serialization;

// The wire contract of the dataset format, version 3 (version 1 had no people, bodies or leadership; version 2 no
// documents, programmes or plans). These types mirror JSON exactly; the domain types never
// carry serializer attributes. Every document is mapped onto UnionDraft and checked by the domain rules on read.

/// <summary>The root of a dataset document.</summary>
internal sealed record DatasetDocument
{
    public required int SchemaVersion { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<PersonDocument>? People { get; init; }

    public IReadOnlyList<LegalDocumentDocument>? Documents { get; init; }

    public required IReadOnlyList<UnionDocument> Unions { get; init; }
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

/// <summary>One union.</summary>
internal sealed record UnionDocument
{
    public required UnionId Id { get; init; }

    public required OrganizationLevel Level { get; init; }

    public UnionId? Parent { get; init; }

    public PartialDate? Founded { get; init; }

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
}
