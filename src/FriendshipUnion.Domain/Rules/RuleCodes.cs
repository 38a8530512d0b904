namespace FriendshipUnion.Domain.Rules;

/// <summary>The stable codes of the rules in <see cref="RuleCatalog.Default"/>. Codes never change meaning; a
/// retired rule's code is not reused.</summary>
public static class RuleCodes
{
    /// <summary>Congress ordinals rise by one from each congress on record to the next.</summary>
    public const string CongressOrdinalSequence = "congress.ordinal-sequence";

    /// <summary>Congresses are in time order, so terms never overlap.</summary>
    public const string TermNoOverlap = "term.no-overlap";

    /// <summary>A term's nominal span (its label) is at most the maximum in force.</summary>
    public const string TermMaxSpan = "term.max-span";

    /// <summary>A congress is not recorded as held after today.</summary>
    public const string CongressNotInFuture = "congress.not-in-future";

    /// <summary>A congress is not held before its union was founded.</summary>
    public const string CongressAfterFounding = "congress.after-founding";

    /// <summary>Advisory: a congress falls due at the nominal end of the term.</summary>
    public const string CongressDue = "congress.due";

    /// <summary>Advisory: a congress not held 12 months after it fell due is overdue.</summary>
    public const string CongressOverdue = "congress.overdue";

    /// <summary>Advisory: a congress still not held 6 months after the authority's demand is escalated.</summary>
    public const string CongressEscalated = "congress.escalated";

    /// <summary>Union ids are unique within a dataset.</summary>
    public const string UnionUniqueId = "union.unique-id";

    /// <summary>A union's parent is in the dataset.</summary>
    public const string UnionParentExists = "union.parent-exists";

    /// <summary>A provincial union has a parent; a central union has none.</summary>
    public const string UnionParentLevel = "union.parent-level";

    /// <summary>A union's successor is another union in the dataset.</summary>
    public const string UnionSuccessorExists = "union.successor-exists";

    /// <summary>A union's names are in time order, each taken after the one before.</summary>
    public const string UnionNameOrder = "union.name-order";

    /// <summary>A union's succession (merger or dissolution) comes after its founding and its last congress.</summary>
    public const string UnionSuccessionOrder = "union.succession-order";

    /// <summary>Member association ids are unique within a union.</summary>
    public const string AssociationUniqueId = "association.unique-id";

    /// <summary>A change names an association that is a current member of the union.</summary>
    public const string AssociationMember = "association.member";

    /// <summary>An association leaves a union after it joined.</summary>
    public const string AssociationDatesOrder = "association.dates-order";

    /// <summary>A JSON document is well formed and matches the dataset format.</summary>
    public const string JsonMalformed = "json.malformed";

    /// <summary>A JSON document's <c>schemaVersion</c> is one this library reads.</summary>
    public const string JsonSchemaVersion = "json.schema-version";

    /// <summary>Each value in a JSON document is valid for its type.</summary>
    public const string JsonInvalidValue = "json.invalid-value";
}
