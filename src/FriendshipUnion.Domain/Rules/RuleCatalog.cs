using System.Collections.ObjectModel;
using NodaTime;

namespace FriendshipUnion.Domain.Rules;

/// <summary>
/// The rules as data: every provision with its code, statement, source and period in force. Validators read their
/// thresholds from here, so that other teams can list, explain and apply the same rules. A catalogue is immutable;
/// <see cref="With(Rule[])"/> returns a catalogue with more provisions (for example a union's own charter).
/// </summary>
public sealed class RuleCatalog
{
    private const string Integrity = "FriendshipUnion.Domain data integrity";
    private const string Format = "FriendshipUnion.Domain dataset format";
    private const string Decree45 = "Decree 45/2010/NĐ-CP on associations";
    private const string Decree126 = "Decree 126/2024/NĐ-CP on associations";
    private const string Assumed = "Assumed from Decree 126/2024/NĐ-CP, Art. 22";
    private const string Decree80 = "Decree 80/2020/NĐ-CP on foreign non-governmental aid";
    private const string Decree313 = "Decree 313/2025/NĐ-CP on foreign non-governmental aid";
    private const string Iati = "IATI Standard 2.03";
    private const string Mergers = "Practice after Resolution 202/2025/QH15 (decisions of the merged provinces' People's Committees)";
    private const string Ledger = "FriendshipUnion.Domain aid ledger (append-only, idempotent posting)";

    private static readonly LocalDate Decree45InForce = new(2010, 7, 1);
    private static readonly LocalDate Decree45Lapsed = new(2024, 11, 25);
    private static readonly LocalDate Decree126InForce = new(2024, 11, 26);
    private static readonly LocalDate Decree80Lapsed = new(2025, 12, 7);
    private static readonly LocalDate Decree313InForce = new(2025, 12, 8);

    private readonly Rule[] rules;

    private RuleCatalog(Rule[] rules)
    {
        this.rules = rules;
        Rules = new ReadOnlyCollection<Rule>(rules);
    }

    /// <summary>Gets the library's catalogue: the rules of DESIGN.md with their legal sources.</summary>
    public static RuleCatalog Default { get; } = new(
    [
        new(RuleCodes.CongressOrdinalSequence, "Congress ordinals rise by one from each congress on record to the next.", Integrity)
        {
            Remarks = "History may start at a later congress: the first congress on record need not be the 1st.",
        },
        new(RuleCodes.TermNoOverlap, "A union's congresses are held in time order, so its terms (each from its congress to the next) never overlap.", Integrity)
        {
            Remarks = "Partial dates are compared honestly: a congress is refused only when it is certainly not after the one before it.",
        },
        new(RuleCodes.TermMaxSpan, "A term's nominal span (the years of its label) is at most five years.", Decree45)
        {
            InForceFrom = Decree45InForce,
            InForceTo = Decree45Lapsed,
            Threshold = 5,
            ThresholdUnit = "years",
            Remarks = "Applies to terms opened by congresses held while the decree was in force.",
        },
        new(RuleCodes.TermMaxSpan, "A term's nominal span (the years of its label) is at most five years.", Decree126)
        {
            InForceFrom = Decree126InForce,
            Threshold = 5,
            ThresholdUnit = "years",
            Remarks = "Applies to terms opened by congresses held while the decree is in force.",
        },
        new(RuleCodes.CongressNotInFuture, "A congress cannot be recorded as held after today (the caller's clock, Asia/Ho_Chi_Minh).", Integrity),
        new(RuleCodes.CongressAfterFounding, "A congress is not held before its union was founded.", Integrity),
        new(RuleCodes.CongressDue, "The next congress falls due at the nominal end of the term.", Decree45 + ", Art. 20")
        {
            Severity = RuleSeverity.Advisory,
            Threshold = 0,
            ThresholdUnit = "months",
            Remarks = "A term labelled 2024–2029 ends nominally in 2029; the library counts the congress as due from the first day of that year.",
        },
        new(RuleCodes.CongressOverdue, "A congress not held within 12 months of the term's nominal end is overdue.", Decree45 + ", Art. 20")
        {
            Severity = RuleSeverity.Advisory,
            Threshold = 12,
            ThresholdUnit = "months",
            Remarks = "Counted from the day the congress fell due; the library keeps applying it after the decree lapsed (2024-11-25) until a successor provision is catalogued.",
        },
        new(RuleCodes.CongressEscalated, "A congress still not held 6 months after the authority's demand is escalated.", Decree45 + ", Art. 20")
        {
            Severity = RuleSeverity.Advisory,
            Threshold = 18,
            ThresholdUnit = "months",
            Remarks = "The authority's demand is taken to come when the congress becomes overdue, so escalation is counted as 18 months after the congress fell due.",
        },
        new(RuleCodes.UnionUniqueId, "Union ids are unique within a dataset.", Integrity),
        new(RuleCodes.UnionParentExists, "A union's parent is a union of the same dataset.", Integrity),
        new(RuleCodes.UnionParentLevel, "A provincial union has a central union as its parent; the central union has no parent.", Integrity),
        new(RuleCodes.UnionSuccessorExists, "A union's successor is another union of the same dataset.", Integrity),
        new(RuleCodes.UnionNameOrder, "A union's names are in time order: each later name is taken after the one before it and after the founding.", Integrity),
        new(RuleCodes.UnionSuccessionOrder, "A union is merged or dissolved after its founding and after its last congress.", Integrity),
        new(RuleCodes.UnionNotInFuture, "A union's founding, names, member associations' dates, member counts, end and the latest day of its record are not dated after today (the caller's clock, Asia/Ho_Chi_Minh).", Integrity)
        {
            Remarks = "Partial dates are compared honestly: a date is refused only when it is certainly after today.",
        },
        new(RuleCodes.AssociationUniqueId, "Member association ids are unique within a union.", Integrity),
        new(RuleCodes.AssociationMember, "A change to a member association names a current member of the union.", Integrity),
        new(RuleCodes.AssociationDatesOrder, "An association leaves a union after it joined.", Integrity),
        new(RuleCodes.CommitteeBodyUnique, "A term has at most one body of each kind (one Executive Committee, one Standing Committee, one Inspection Committee, one Presidium), declared for a congress on record.", Integrity),
        new(RuleCodes.CommitteeDeclaredSize, "A body's recorded members never exceed its declared size.", Integrity)
        {
            Remarks = "A body may be only partly known: a declared size of 37 with one recorded member is valid.",
        },
        new(RuleCodes.CommitteeStandingWithinExecutive, "The Standing Committee's members are members of the Executive Committee.", Assumed)
        {
            Remarks = "Checked on the change that elects a Standing Committee member and on the change that ends an Executive Committee membership.",
        },
        new(RuleCodes.PostFromStandingCommittee, "The President and the Vice Presidents are elected from the members of the Standing Committee and remain its members.", Decree126 + ", Art. 22")
        {
            InForceFrom = Decree126InForce,
            Remarks = "Applies to changes dated from the day the decree took effect; the catalogue holds no such provision for earlier changes. Leaders appointed by decision (after a merger) are not elected, and are not held to it.",
        },
        new(RuleCodes.PostMaxHolders, "A post never has more holders than it allows: one President, one Permanent Vice President, one Vice President cum General Secretary and one acting head; the Presidium and the post of Vice President cum General Secretary exist at central level only.", Assumed)
        {
            Remarks = "The Permanent Vice President and the Vice President cum General Secretary are Vice Presidents; how many Vice Presidents a union has is for its charter (charter.vice-presidents).",
        },
        new(RuleCodes.PresidencyHead, "The presidency is never left without a head: a change that ends or suspends the President's tenure names a successor or an acting head; during a suspension the Permanent Vice President acts; an acting head is appointed only while the presidency is vacant or its holder suspended.", Decree126 + ", Art. 22")
        {
            InForceFrom = Decree126InForce,
            Remarks = "Applies to changes dated from the day the decree took effect; the catalogue holds no such provision for earlier changes.",
        },
        new(RuleCodes.MembershipWithinTerm, "A membership lies within its term: elected at the term's congress, elected or by-elected after it and before the next congress; a by-election comes strictly after the congress.", Integrity)
        {
            Remarks = "Partial dates are compared honestly: a change is refused only when it certainly lies outside its term.",
        },
        new(RuleCodes.LeadershipCurrentHolder, "A resignation, dismissal, death, suspension or reinstatement names a current holder (a reinstatement, a suspended one); an election names someone who does not already hold the office.", Integrity),
        new(RuleCodes.LeadershipHistoryOrder, "A union's leadership changes are recorded in time order; a correction is a new change, never an edit.", Integrity),
        new(RuleCodes.LeadershipNotInFuture, "A leadership change cannot be dated after today (the caller's clock, Asia/Ho_Chi_Minh).", Integrity),
        new(RuleCodes.PersonUniqueId, "Person ids are unique within a dataset.", Integrity),
        new(RuleCodes.PersonExists, "A leadership change names a person of the same dataset.", Integrity),
        new(RuleCodes.PersonLifetime, "A person does not die before being born (dates known to the year or month may overlap).", Integrity),
        new(RuleCodes.PersonAffiliationDates, "A person's affiliation (a legislature, a party) starts no later than it ends, and within the person's lifetime.", Integrity),
        new(RuleCodes.LeadershipWithinLifetime, "A leadership change names a person only between their birth and their death, as far as the dates are known.", Integrity),
        new(RuleCodes.LeadershipAppointmentDecision, "An appointment names the decision that made it.", Mergers)
        {
            Remarks = "After the 2025 mergers a merged union's leaders were appointed by decision of the merged province's People's Committee (seen for Cà Mau and Bạc Liêu).",
        },
        new(RuleCodes.LeadershipAppointmentInterim, "Leaders are appointed, not elected, only in term 0: the interim before a union's first congress on record, as after a merger; a congress elects them after that.", Mergers)
        {
            Remarks = "Term 0 also holds a leader a source attests where no congress of the union is on record.",
        },
        new(RuleCodes.ProvinceUniqueId, "Province ids are unique within a dataset.", Integrity),
        new(RuleCodes.ProvinceDatesOrder, "A province begins no later than it ends.", Integrity),
        new(RuleCodes.ProvincePredecessors, "A province's predecessors are other provinces of the dataset, each ending the day before it begins.", Integrity)
        {
            Remarks = "Under Resolution 202/2025/QH15 the merged provinces ended on 2025-06-30 and the new ones began on 2025-07-01.",
        },
        new(RuleCodes.UnionProvinces, "A union serves provinces of the dataset, in time order, each from a day that province exists.", Integrity),
        new(RuleCodes.DocumentUniqueSymbol, "Document symbols are unique within a registry.", Integrity),
        new(RuleCodes.DocumentRelationTarget, "A document's relation (replaces, amends, guides) names another document of the same registry.", Integrity),
        new(RuleCodes.DocumentNoCycle, "Relations between documents never form a cycle: no document replaces, amends or guides itself through others.", Integrity),
        new(RuleCodes.DocumentDatesOrder, "A document enters into force no earlier than it was issued, and leaves force no earlier than it entered it.", Integrity)
        {
            Remarks = "A date known only to the year or month is compared by its earliest day.",
        },
        new(RuleCodes.DocumentExists, "A work programme's task and an implementation plan name documents of the dataset's registry.", Integrity),
        new(RuleCodes.ProgrammeTerm, "A work programme belongs to a term on record; a term has one programme.", Integrity),
        new(RuleCodes.ProgrammeTasks, "A work programme's key tasks or areas are numbered 1, 2, 3… without repeats, and no more are recorded than it declares.", Integrity),
        new(RuleCodes.PlanUniqueId, "Implementation plan ids are unique within a union.", Integrity),
        new(RuleCodes.PlanExists, "A report is recorded against an implementation plan of the same union.", Integrity),
        new(RuleCodes.PlanTerm, "An implementation plan belongs to a term on record, and is not adopted before that term began.", Integrity),
        new(RuleCodes.PlanDocumentInForce, "A plan cannot implement a document that was not yet issued, or no longer in force, on the plan's date — unless the plan is marked historical.", Integrity)
        {
            Remarks = "A document is in force from its in-force date (or its issue) until its own last day or the day a replacing document enters into force. A partial plan date is refused only when the document is out of force on every day it could mean; a plan whose date is unknown is not checked.",
        },
        new(RuleCodes.PlanDeadlineWithinTerm, "A plan's deadlines — a one-off plan's due date, an annual plan's last cycle — lie within its term, unless the plan says it spans terms; an annual plan's last year is never before its first.", Integrity)
        {
            Remarks = "A term runs to the end of its label's last year (31 December 2029 for 2024–2029), or to the day before the next congress when that is later, so recording a congress never puts an existing deadline outside its term. An annual plan without a last year runs with its term and is not checked; a last year whose day is not recorded is judged by the whole year.",
        },
        new(RuleCodes.PlanReportAfterPlan, "A report cannot predate its plan: it is dated no earlier than the first possible day of the plan's adoption (or, when that is unknown, its start).", Integrity),
        new(RuleCodes.PlanReportNotInFuture, "A report cannot be dated after today (the caller's clock, Asia/Ho_Chi_Minh).", Integrity),
        new(RuleCodes.PlanReportYear, "A report on an annual plan names the year it covers, one of the plan's years (from its first to its last) and not after the report; a report on a one-off plan names no year.", Integrity),
        new(RuleCodes.PartyUniqueId, "Party ids are unique within a ledger.", Integrity),
        new(RuleCodes.PartyCountry, "A Vietnamese body is based in Vietnam (VN); a foreign NGO, foreign government or foreign agency is not.", Integrity),
        new(RuleCodes.ActivityUniqueId, "Activity ids are unique within a ledger.", Integrity),
        new(RuleCodes.ActivityParticipantExists, "An activity's participants are parties registered in the ledger.", Integrity),
        new(RuleCodes.ActivitySectors, "An activity's sector codes have the shape of their vocabulary (five-digit DAC purpose codes, three-digit DAC sectors), appear once each, carry a share above 0 and at most 100 with at most two decimals, and the shares of each vocabulary used sum to exactly 100.", Iati)
        {
            Verification = RuleVerification.Verified,
        },
        new(RuleCodes.ActivityTransition, "An activity moves proposed → appraised → approved → implementing → closed; it may be cancelled while proposed or appraised, and its approval revoked while approved; nothing follows closed, revoked or cancelled.", Decree80 + " (to 2025-12-07), then " + Decree313)
        {
            Remarks = "Decree 313/2025/NĐ-CP is assumed to keep Decree 80/2020/NĐ-CP's steps of appraisal, approval and revocation.",
        },
        new(RuleCodes.ActivityTransitionDate, "A status change is dated no earlier than the activity's last status change, nor before the latest entry of the activity, so that an entry already recorded never falls into a status that forbids it.", Integrity),
        new(RuleCodes.ActivityRevocation, "An approval may be revoked when the aid was not implemented within 6 months of it: a revocation is dated at least 6 months after the approval, and the activity never started implementing.", Decree80)
        {
            InForceTo = Decree80Lapsed,
            Threshold = 6,
            ThresholdUnit = "months",
            Verification = RuleVerification.Verified,
            Remarks = "Decree 313/2025/NĐ-CP, which replaced Decree 80/2020/NĐ-CP on 2025-12-08, was not found to state a revocation period: none is catalogued from that day, and 80/2020's six months are not carried over.",
        },
        new(RuleCodes.LedgerNotInFuture, "Nothing in the aid ledger — an entry, a proposal, a status change, a closing of the books — is dated after today (the caller's clock, Asia/Ho_Chi_Minh).", Integrity),
        new(RuleCodes.LedgerIdConflict, "Posting an id already recorded with the same content is reported as already recorded and changes nothing; with different content it is refused.", Ledger),
        new(RuleCodes.LedgerActivityExists, "An entry or a status change names an activity of the ledger.", Integrity),
        new(RuleCodes.LedgerPartyExists, "An entry's provider and receiver, when given, are parties registered in the ledger.", Integrity),
        new(RuleCodes.LedgerPositiveValue, "An entry's value is above zero; only a reversal carries a negative value.", Ledger),
        new(RuleCodes.LedgerActivityCurrency, "An entry of an activity is in the currency of the activity's aid account.", Decree80 + " (spending through an aid account)")
        {
            Verification = RuleVerification.Verified,
        },
        new(RuleCodes.LedgerAfterActivity, "No entry is dated before its activity was proposed.", Integrity),
        new(RuleCodes.LedgerPeriodClosed, "No entry is dated on or before the last day of its union's closed reporting period.", Decree80 + " (periodic reports)"),
        new(RuleCodes.LedgerBooksOrder, "A union's books are closed through a later day each time; a closed period never reopens.", Ledger),
        new(RuleCodes.LedgerLifecycle, "An entry is dated while its activity's status allows it: pledges from proposal to implementation, commitments and incoming funds once approved, disbursements and expenditure only while implementing.", Decree80 + " (aid is received and spent only once approved)")
        {
            Remarks = "Reversals are corrections and are not gated by the lifecycle; every other rule applies to them. On a day the status changed, any status the activity held that day allows an entry, so that an entry and a status change of the same day are accepted in either order.",
        },
        new(RuleCodes.LedgerDisbursementLimit, "An activity's disbursements and expenditure together never exceed the incoming funds it received, unless the activity allows an overdraft.", Ledger),
        new(RuleCodes.LedgerCommitmentLimit, "An activity's outgoing commitments never exceed its incoming commitments, or the funds it received when those are more, unless the activity allows an overdraft.", Ledger),
        new(RuleCodes.LedgerReversalTarget, "A reversal names an entry already recorded (or earlier in the same batch) that is not itself a reversal.", Ledger),
        new(RuleCodes.LedgerReversalOnce, "An entry is reversed at most once.", Ledger),
        new(RuleCodes.LedgerReversalMatches, "A reversal has its entry's activity or summary, type and value date, the value negated exactly, and is not dated before it.", Ledger),
        new(RuleCodes.LedgerUnionExists, "An activity, a summary entry and a closing of the books name a union of the dataset.", Integrity),
        new(RuleCodes.ReportRateAvailable, "A report converts each entry at the rate for its value date, under the table's stated policy; an entry without one is named, never skipped.", Iati + " (value dates)")
        {
            Verification = RuleVerification.Verified,
        },
        new(RuleCodes.LedgerAmountLimit, "An entry's value is below 10^15 units of its currency, and the values of a ledger's entries add up, in absolute value and whatever their currencies, to at most 10^18, so that every total and conversion of a report can be computed exactly.", Ledger),
        new(RuleCodes.TermLabelOrder, "A term label that is a span of years (2024–2029) does not end before it starts.", Integrity),
        new(RuleCodes.RateCurrencies, "An exchange rate converts between two different currencies.", "ISO 4217")
        {
            Verification = RuleVerification.Verified,
        },
        new(RuleCodes.LedgerSummaryYears, "A summary entry covers whole years that run forward: its last year is not before its first.", Ledger),
        new(RuleCodes.MoneyMinorUnit, "An amount is a whole number of its currency's minor units (VND has none, USD two); rounding is done deliberately, never on read.", "ISO 4217")
        {
            Verification = RuleVerification.Verified,
        },
        new(RuleCodes.CurrencyKnown, "Every currency a dataset uses — an activity's account, an entry's value, an exchange rate — is one of the dataset's currency table, which gives its minor unit.", "ISO 4217")
        {
            Verification = RuleVerification.Verified,
        },
        new(RuleCodes.JsonMalformed, "A document is well-formed JSON of the dataset format: no duplicate keys, no unknown members, every required member present, no null where a value is required.", Format),
        new(RuleCodes.JsonLimit, "A document is at most 64 MiB (unless the reader's options allow more or less) and nests objects and arrays at most 64 levels deep.", Format),
        new(RuleCodes.JsonSchemaVersion, "A document's schemaVersion is one this version of the library reads.", Format),
        new(RuleCodes.JsonInvalidValue, "Each value is valid for its type: ids are slugs, countries are ISO 3166-1 alpha-2 codes, dates are ISO dates, ordinals are positive.", Format),
    ]);

    /// <summary>Gets a catalogue with no rules, to build one of a caller's own with <see cref="With(Rule[])"/>.</summary>
    public static RuleCatalog Empty { get; } = new([]);

    /// <summary>Gets every provision, in catalogue order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Gets the distinct codes, in catalogue order.</summary>
    public IEnumerable<string> Codes => rules.Select(r => r.Code).Distinct(StringComparer.Ordinal);

    /// <summary>Returns a catalogue with more provisions, such as a union's own charter rules.</summary>
    /// <param name="additional">The provisions to add.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="additional"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">Two provisions of one code and one scope (every union, or the same union)
    /// would be in force on the same day.</exception>
    public RuleCatalog With(params Rule[] additional)
    {
        Guard.Against.Null(additional);
        foreach (var rule in additional)
        {
            Guard.Against.Null(rule, nameof(additional));
        }

        var combined = rules.Concat(additional).ToArray();
        foreach (var group in combined.GroupBy(r => (r.Code, r.Union)))
        {
            var provisions = group.ToArray();
            for (var i = 0; i < provisions.Length; i++)
            {
                for (var j = i + 1; j < provisions.Length; j++)
                {
                    if (Overlap(provisions[i], provisions[j]))
                    {
                        var scope = group.Key.Union is { } union ? $" for '{union}'" : string.Empty;
                        throw new ArgumentException($"Two provisions of '{group.Key.Code}'{scope} would be in force on the same day.", nameof(additional));
                    }
                }
            }
        }

        return new RuleCatalog(combined);
    }

    /// <summary>Gets the general provision of <paramref name="code"/> (one that applies to every union) in force on
    /// <paramref name="date"/>.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="date">The date of the change or fact being checked.</param>
    /// <returns>The provision, or <see langword="null"/> when none of that code is in force then.</returns>
    public Rule? Find(string code, LocalDate date) => Find(code, date, null);

    /// <summary>Gets the provision of <paramref name="code"/> in force on <paramref name="date"/> for
    /// <paramref name="union"/>: the union's own provision when it has one, otherwise the general one.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="date">The date of the change or fact being checked.</param>
    /// <param name="union">The union; <see langword="null"/> for general provisions only.</param>
    /// <returns>The provision, or <see langword="null"/> when none of that code is in force then.</returns>
    public Rule? Find(string code, LocalDate date, UnionId? union)
    {
        Rule? general = null;
        foreach (var rule in rules)
        {
            if (rule.Code != code || !rule.IsInForceOn(date))
            {
                continue;
            }

            if (rule.Union is null)
            {
                general ??= rule;
            }
            else if (union is { } u && rule.Union == u)
            {
                return rule;
            }
        }

        return general;
    }

    /// <summary>Tells whether a general rule applies: a provision of <paramref name="code"/> is in force on
    /// <paramref name="date"/> or, for facts without a date, exists at all.</summary>
    internal bool Applies(string code, LocalDate? date)
    {
        foreach (var rule in rules)
        {
            if (rule.Code == code && rule.Union is null && (date is not { } d || rule.IsInForceOn(d)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets every provision of <paramref name="code"/>, in catalogue order.</summary>
    /// <param name="code">The rule code.</param>
    /// <returns>The provisions; empty when the code is unknown.</returns>
    public IReadOnlyList<Rule> Describe(string code) => rules.Where(r => r.Code == code).ToArray();

    /// <summary>Lists the provisions in force on <paramref name="date"/>: the general ones and every union's own.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The provisions in force, in catalogue order.</returns>
    public IReadOnlyList<Rule> InForceOn(LocalDate date) => rules.Where(r => r.IsInForceOn(date)).ToArray();

    /// <summary>Lists the provisions that apply to <paramref name="union"/> on <paramref name="date"/>, one per code:
    /// its own charter's where it has them, the general ones otherwise.</summary>
    /// <param name="date">The date.</param>
    /// <param name="union">The union.</param>
    /// <returns>The provisions in force for the union, in catalogue order.</returns>
    public IReadOnlyList<Rule> InForceOn(LocalDate date, UnionId union) =>
        rules.Where(r => r.IsInForceOn(date) && (r.Union == union || (r.Union is null && !rules.Any(o => o.Code == r.Code && o.Union == union && o.IsInForceOn(date))))).ToArray();

    private static bool Overlap(Rule a, Rule b) =>
        (a.InForceFrom is not { } aFrom || b.InForceTo is not { } bTo || aFrom <= bTo)
        && (b.InForceFrom is not { } bFrom || a.InForceTo is not { } aTo || bFrom <= aTo);
}
