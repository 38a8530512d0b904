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

    private static readonly LocalDate Decree45InForce = new(2010, 7, 1);
    private static readonly LocalDate Decree45Lapsed = new(2024, 11, 25);
    private static readonly LocalDate Decree126InForce = new(2024, 11, 26);

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
        new(RuleCodes.AssociationUniqueId, "Member association ids are unique within a union.", Integrity),
        new(RuleCodes.AssociationMember, "A change to a member association names a current member of the union.", Integrity),
        new(RuleCodes.AssociationDatesOrder, "An association leaves a union after it joined.", Integrity),
        new(RuleCodes.JsonMalformed, "A document is well-formed JSON of the dataset format: no duplicate keys, no unknown members, every required member present, no null where a value is required.", Format),
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
    /// <exception cref="ArgumentException">Two provisions of one code would be in force on the same day.</exception>
    public RuleCatalog With(params Rule[] additional)
    {
        ArgumentNullException.ThrowIfNull(additional);
        foreach (var rule in additional)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(additional));
        }

        var combined = rules.Concat(additional).ToArray();
        foreach (var group in combined.GroupBy(r => r.Code, StringComparer.Ordinal))
        {
            var provisions = group.ToArray();
            for (var i = 0; i < provisions.Length; i++)
            {
                for (var j = i + 1; j < provisions.Length; j++)
                {
                    if (Overlap(provisions[i], provisions[j]))
                    {
                        throw new ArgumentException($"Two provisions of '{group.Key}' would be in force on the same day.", nameof(additional));
                    }
                }
            }
        }

        return new RuleCatalog(combined);
    }

    /// <summary>Gets the provision of <paramref name="code"/> in force on <paramref name="date"/>.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="date">The date of the change or fact being checked.</param>
    /// <returns>The provision, or <see langword="null"/> when none of that code is in force then.</returns>
    public Rule? Find(string code, LocalDate date)
    {
        foreach (var rule in rules)
        {
            if (rule.Code == code && rule.IsInForceOn(date))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Tells whether a rule applies: a provision of <paramref name="code"/> is in force on
    /// <paramref name="date"/> or, for facts without a date, exists at all.</summary>
    internal bool Applies(string code, LocalDate? date)
    {
        foreach (var rule in rules)
        {
            if (rule.Code == code && (date is not { } d || rule.IsInForceOn(d)))
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

    /// <summary>Lists the provisions in force on <paramref name="date"/>, one per code at most.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The provisions in force, in catalogue order.</returns>
    public IReadOnlyList<Rule> InForceOn(LocalDate date) => rules.Where(r => r.IsInForceOn(date)).ToArray();

    private static bool Overlap(Rule a, Rule b) =>
        (a.InForceFrom is not { } aFrom || b.InForceTo is not { } bTo || aFrom <= bTo)
        && (b.InForceFrom is not { } bFrom || a.InForceTo is not { } aTo || bFrom <= aTo);
}
