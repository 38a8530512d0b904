using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FriendshipUnion.Domain.Serialization;

/// <summary>The source-generated serializer contract of the dataset format, with the Strict defaults: duplicate
/// keys, unknown members, missing required members and nulls in non-nullable members are rejected.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(PartialDateJsonConverter),
        typeof(LocalDateJsonConverter),
        typeof(SlugIdJsonConverter<UnionId>),
        typeof(SlugIdJsonConverter<PersonId>),
        typeof(CountryCodeJsonConverter),
        typeof(SlugIdJsonConverter<PlanId>),
        typeof(AnnualDateJsonConverter),
        typeof(DocumentSymbolJsonConverter),
        typeof(SlugIdJsonConverter<PartyId>),
        typeof(SlugIdJsonConverter<ActivityId>),
        typeof(TransactionIdJsonConverter),
        typeof(CurrencyCodeJsonConverter),
        typeof(AmountJsonConverter),
        typeof(CamelCaseEnumConverter<OrganizationLevel>),
        typeof(CamelCaseEnumConverter<Organizations.MemberCountKind>),
        typeof(CamelCaseEnumConverter<Organizations.SuccessionKind>),
        typeof(CamelCaseEnumConverter<Committees.BodyKind>),
        typeof(CamelCaseEnumConverter<Committees.Office>),
        typeof(CamelCaseEnumConverter<Committees.OfficeChangeKind>),
        typeof(CamelCaseEnumConverter<Documents.DocumentRelationKind>),
        typeof(CamelCaseEnumConverter<Implementation.ProgrammeItemKind>),
        typeof(CamelCaseEnumConverter<Implementation.PlanRecurrence>),
        typeof(CamelCaseEnumConverter<Implementation.ReportKind>),
        typeof(CamelCaseEnumConverter<Aid.PartyKind>),
        typeof(CamelCaseEnumConverter<Aid.IatiOrganisationType>),
        typeof(CamelCaseEnumConverter<Aid.AidKind>),
        typeof(CamelCaseEnumConverter<Aid.ActivityStatus>),
        typeof(CamelCaseEnumConverter<Aid.ParticipantRole>),
        typeof(CamelCaseEnumConverter<Aid.SectorVocabulary>),
        typeof(CamelCaseEnumConverter<Aid.PolicyMarker>),
        typeof(CamelCaseEnumConverter<Aid.PolicySignificance>),
        typeof(CamelCaseEnumConverter<Aid.TransactionType>),
    ])]
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context used to read and write: the generated one, writing Vietnamese text as itself
    /// instead of \u escapes. Documents are data files, never embedded in HTML, so the relaxed encoder is safe.</summary>
    internal static DatasetJsonContext Files => FilesContext.Instance;

    private static class FilesContext
    {
        internal static readonly DatasetJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
