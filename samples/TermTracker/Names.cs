using FriendshipUnion.Domain.Documents;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>The names the reports print, in the chosen language: unions, offices, bodies, document kinds.</summary>
internal static class Names
{
    internal static string Of(UnionName name) => Vietnamese ? name.Vietnamese : name.English;

    internal static string Of(Union union, LocalDate? on = null) => Of(on is { } day ? union.NameOn(day).Value ?? union.Name : union.Name);

    internal static string Of(Office office) => Vietnamese ? N(office) : Offices.Title(office);

    internal static string Of(BodyKind body) => Vietnamese ? N(body) : Offices.Title(body);

    internal static string Of(DocumentKind? kind) => kind?.NameIn(Culture) ?? T("Document");

    internal static string Of(FriendshipUnion.Domain.Provinces.Province province) => Vietnamese ? province.Vietnamese : province.English;

    /// <summary>A term as "the 6th congress's term, 2024–2029" in the chosen language.</summary>
    internal static string Of(Term term) => F("{0} congress, term {1}", O(term.Congress.Ordinal), term.Label.Text);

    /// <summary>A partial date, or the text for an unknown one.</summary>
    internal static string Of(PartialDate? date, string unknown) => date is { } d ? D(d) : T(unknown);
}
