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
        typeof(SlugIdJsonConverter<ProvinceId>),
        typeof(CountryCodeJsonConverter),
        typeof(SlugIdJsonConverter<PlanId>),
        typeof(AnnualDateJsonConverter),
        typeof(DocumentSymbolJsonConverter),
        typeof(SlugIdJsonConverter<PartyId>),
        typeof(SlugIdJsonConverter<ActivityId>),
        typeof(TransactionIdJsonConverter),
        typeof(CurrencyCodeJsonConverter),
        typeof(AmountJsonConverter),
        typeof(StrictInt32Converter),
        typeof(StrictEnumConverter<OrganizationLevel>),
        typeof(StrictEnumConverter<Organizations.MemberCountKind>),
        typeof(StrictEnumConverter<Organizations.SuccessionKind>),
        typeof(StrictEnumConverter<Provinces.ProvinceKind>),
        typeof(StrictEnumConverter<Committees.BodyKind>),
        typeof(StrictEnumConverter<Committees.Office>),
        typeof(StrictEnumConverter<Committees.OfficeChangeKind>),
        typeof(StrictEnumConverter<Documents.DocumentRelationKind>),
        typeof(StrictEnumConverter<Implementation.ProgrammeItemKind>),
        typeof(StrictEnumConverter<Implementation.PlanRecurrence>),
        typeof(StrictEnumConverter<Implementation.ReportKind>),
        typeof(StrictEnumConverter<Aid.PartyKind>),
        typeof(StrictEnumConverter<Aid.IatiOrganisationType>),
        typeof(StrictEnumConverter<Aid.AidKind>),
        typeof(StrictEnumConverter<Aid.ActivityStatus>),
        typeof(StrictEnumConverter<Aid.ParticipantRole>),
        typeof(StrictEnumConverter<Aid.SectorVocabulary>),
        typeof(StrictEnumConverter<Aid.PolicyMarker>),
        typeof(StrictEnumConverter<Aid.PolicySignificance>),
        typeof(StrictEnumConverter<Aid.TransactionType>),
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
