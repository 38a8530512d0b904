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

    /// <summary>A union's founding, names, associations, member counts and end are not dated after today.</summary>
    public const string UnionNotInFuture = "union.not-in-future";

    /// <summary>Member association ids are unique within a union.</summary>
    public const string AssociationUniqueId = "association.unique-id";

    /// <summary>A change names an association that is a current member of the union.</summary>
    public const string AssociationMember = "association.member";

    /// <summary>An association leaves a union after it joined.</summary>
    public const string AssociationDatesOrder = "association.dates-order";

    /// <summary>A term has at most one body of each kind.</summary>
    public const string CommitteeBodyUnique = "committee.body-unique";

    /// <summary>A body's recorded members never exceed its declared size.</summary>
    public const string CommitteeDeclaredSize = "committee.declared-size";

    /// <summary>The Standing Committee's members are members of the Executive Committee.</summary>
    public const string CommitteeStandingWithinExecutive = "committee.standing-within-executive";

    /// <summary>The President and Vice Presidents are members of the Standing Committee.</summary>
    public const string PostFromStandingCommittee = "post.from-standing-committee";

    /// <summary>A post never has more holders than it allows.</summary>
    public const string PostMaxHolders = "post.max-holders";

    /// <summary>The presidency is never left without a head.</summary>
    public const string PresidencyHead = "presidency.head";

    /// <summary>A membership lies within its term.</summary>
    public const string MembershipWithinTerm = "membership.within-term";

    /// <summary>An ending, suspension or reinstatement names a current holder; an election names someone who does
    /// not already hold the office.</summary>
    public const string LeadershipCurrentHolder = "leadership.current-holder";

    /// <summary>Leadership changes are recorded in time order.</summary>
    public const string LeadershipHistoryOrder = "leadership.history-order";

    /// <summary>A leadership change is not dated after today.</summary>
    public const string LeadershipNotInFuture = "leadership.not-in-future";

    /// <summary>Person ids are unique within a dataset.</summary>
    public const string PersonUniqueId = "person.unique-id";

    /// <summary>A leadership change names a person of the dataset.</summary>
    public const string PersonExists = "person.exists";

    /// <summary>A person does not die before being born.</summary>
    public const string PersonLifetime = "person.lifetime";

    /// <summary>A person's affiliation starts no later than it ends, and within the person's lifetime.</summary>
    public const string PersonAffiliationDates = "person.affiliation-dates";

    /// <summary>A leadership change names a person only between their birth and their death, as far as known.</summary>
    public const string LeadershipWithinLifetime = "leadership.within-lifetime";

    /// <summary>An appointment names the decision that made it.</summary>
    public const string LeadershipAppointmentDecision = "leadership.appointment-decision";

    /// <summary>Leaders are appointed only in the interim before a union's first congress on record (after a merger).</summary>
    public const string LeadershipAppointmentInterim = "leadership.appointment-interim";

    /// <summary>Province ids are unique within a dataset.</summary>
    public const string ProvinceUniqueId = "province.unique-id";

    /// <summary>A province begins no later than it ends.</summary>
    public const string ProvinceDatesOrder = "province.dates-order";

    /// <summary>A province's predecessors are provinces of the dataset that end the day before it begins.</summary>
    public const string ProvincePredecessors = "province.predecessors";

    /// <summary>A union serves provinces of the dataset, in time order, each from a day it exists.</summary>
    public const string UnionProvinces = "union.provinces";

    /// <summary>A union's charter: the Executive Committee's declared size lies within its bounds.</summary>
    public const string CharterExecutiveCommitteeSize = "charter.executive-committee-size";

    /// <summary>A union's charter: the Standing Committee's declared size lies within its bounds.</summary>
    public const string CharterStandingCommitteeSize = "charter.standing-committee-size";

    /// <summary>A union's charter: the Inspection Committee's declared size lies within its bounds.</summary>
    public const string CharterInspectionCommitteeSize = "charter.inspection-committee-size";

    /// <summary>A union's charter: the number of Vice Presidents (permanent and cum General Secretary included).</summary>
    public const string CharterVicePresidents = "charter.vice-presidents";

    /// <summary>Document symbols are unique within a registry.</summary>
    public const string DocumentUniqueSymbol = "document.unique-symbol";

    /// <summary>A document's relation names another document of the registry.</summary>
    public const string DocumentRelationTarget = "document.relation-target";

    /// <summary>Relations between documents never form a cycle.</summary>
    public const string DocumentNoCycle = "document.no-cycle";

    /// <summary>A document enters into force on or after its issue and leaves it after entering it.</summary>
    public const string DocumentDatesOrder = "document.dates-order";

    /// <summary>A programme task or an implementation plan names a document of the dataset's registry.</summary>
    public const string DocumentExists = "document.exists";

    /// <summary>A work programme belongs to a term on record, one programme per term.</summary>
    public const string ProgrammeTerm = "programme.term";

    /// <summary>A work programme's items are numbered 1, 2, 3… without repeats, within its declared count.</summary>
    public const string ProgrammeTasks = "programme.tasks";

    /// <summary>Plan ids are unique within a union.</summary>
    public const string PlanUniqueId = "plan.unique-id";

    /// <summary>A report is recorded against a plan of the union.</summary>
    public const string PlanExists = "plan.exists";

    /// <summary>A plan belongs to a term on record.</summary>
    public const string PlanTerm = "plan.term";

    /// <summary>A plan's document is issued and still in force on the plan's date, unless the plan is historical.</summary>
    public const string PlanDocumentInForce = "plan.document-in-force";

    /// <summary>A plan's deadlines lie within its term, unless the plan spans terms.</summary>
    public const string PlanDeadlineWithinTerm = "plan.deadline-within-term";

    /// <summary>A report cannot predate its plan.</summary>
    public const string PlanReportAfterPlan = "plan.report-after-plan";

    /// <summary>A report cannot be dated after today.</summary>
    public const string PlanReportNotInFuture = "plan.report-not-in-future";

    /// <summary>A report on an annual plan names one of the plan's years; a report on a one-off plan names no year.</summary>
    public const string PlanReportYear = "plan.report-year";

    /// <summary>Party ids are unique within a ledger.</summary>
    public const string PartyUniqueId = "party.unique-id";

    /// <summary>A Vietnamese body is based in Vietnam; a foreign NGO, government or agency is not.</summary>
    public const string PartyCountry = "party.country";

    /// <summary>Activity ids are unique within a ledger.</summary>
    public const string ActivityUniqueId = "activity.unique-id";

    /// <summary>An activity's participants are parties of the ledger.</summary>
    public const string ActivityParticipantExists = "activity.participant-exists";

    /// <summary>An activity's sector shares are well-formed and sum to 100 within each vocabulary.</summary>
    public const string ActivitySectors = "activity.sectors";

    /// <summary>An activity's status changes follow the lifecycle, in order.</summary>
    public const string ActivityTransition = "activity.transition";

    /// <summary>A status change is dated no earlier than the activity's last change and its latest entry.</summary>
    public const string ActivityTransitionDate = "activity.transition-date";

    /// <summary>An approval is revoked only when nothing was implemented within 6 months of it.</summary>
    public const string ActivityRevocation = "activity.revocation";

    /// <summary>Nothing in the aid ledger is dated after today.</summary>
    public const string LedgerNotInFuture = "ledger.not-in-future";

    /// <summary>A transaction id already recorded is never reused for different content.</summary>
    public const string LedgerIdConflict = "ledger.id-conflict";

    /// <summary>An entry or status change names an activity of the ledger.</summary>
    public const string LedgerActivityExists = "ledger.activity-exists";

    /// <summary>An entry's provider and receiver are parties of the ledger.</summary>
    public const string LedgerPartyExists = "ledger.party-exists";

    /// <summary>An entry's value is positive, except in a reversal.</summary>
    public const string LedgerPositiveValue = "ledger.positive-value";

    /// <summary>An entry is in its activity's currency.</summary>
    public const string LedgerActivityCurrency = "ledger.activity-currency";

    /// <summary>No entry is dated before its activity was proposed.</summary>
    public const string LedgerAfterActivity = "ledger.after-activity";

    /// <summary>No entry is dated within a union's closed reporting period.</summary>
    public const string LedgerPeriodClosed = "ledger.period-closed";

    /// <summary>A union's books are closed through later and later days; a closed period never reopens.</summary>
    public const string LedgerBooksOrder = "ledger.books-order";

    /// <summary>An entry is dated while its activity's status allows its type.</summary>
    public const string LedgerLifecycle = "ledger.lifecycle";

    /// <summary>An activity's disbursements and expenditure never exceed the funds it received, unless it allows an overdraft.</summary>
    public const string LedgerDisbursementLimit = "ledger.disbursement-limit";

    /// <summary>An activity's outgoing commitments never exceed its incoming commitments (or funds received, when more), unless it allows an overdraft.</summary>
    public const string LedgerCommitmentLimit = "ledger.commitment-limit";

    /// <summary>A reversal names a recorded entry that is not itself a reversal.</summary>
    public const string LedgerReversalTarget = "ledger.reversal-target";

    /// <summary>An entry is reversed at most once.</summary>
    public const string LedgerReversalOnce = "ledger.reversal-once";

    /// <summary>A reversal negates its entry exactly, and is not dated before it.</summary>
    public const string LedgerReversalMatches = "ledger.reversal-matches";

    /// <summary>An activity or summary entry names a union of the dataset.</summary>
    public const string LedgerUnionExists = "ledger.union-exists";

    /// <summary>A report converts every entry at a rate recorded for its value date.</summary>
    public const string ReportRateAvailable = "report.rate-available";

    /// <summary>Every currency a dataset uses is one of its currency table's.</summary>
    public const string CurrencyKnown = "currency.known";

    /// <summary>An aid ledger's entries stay within the amounts every report can total: each below 10^15 units,
    /// all together at most 10^18.</summary>
    public const string LedgerAmountLimit = "ledger.amount-limit";

    /// <summary>A JSON document is well formed and matches the dataset format.</summary>
    public const string JsonMalformed = "json.malformed";

    /// <summary>A JSON document's <c>schemaVersion</c> is one this library reads.</summary>
    public const string JsonSchemaVersion = "json.schema-version";

    /// <summary>A term label that spans years does not end before it starts.</summary>
    public const string TermLabelOrder = "term.label-order";

    /// <summary>An exchange rate converts between two different currencies.</summary>
    public const string RateCurrencies = "rate.currencies";

    /// <summary>A summary entry's last year is not before its first.</summary>
    public const string LedgerSummaryYears = "ledger.summary-years";

    /// <summary>An amount is a whole number of its currency's minor units.</summary>
    public const string MoneyMinorUnit = "money.minor-unit";

    /// <summary>A JSON document is within the reader's limits of size and nesting.</summary>
    public const string JsonLimit = "json.limit";

    /// <summary>Each value in a JSON document is valid for its type.</summary>
    public const string JsonInvalidValue = "json.invalid-value";
}
