using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Committees;

/// <summary>
/// What a union's own charter says of its leadership — the bounds of its committees' sizes and how many Vice
/// Presidents it has — turned into catalogue provisions that apply to that union only, for the period the charter is
/// in force. Add them with <see cref="RuleCatalog.With(Rule[])"/>: <c>rules.With(charter.ToRules())</c>.
/// </summary>
/// <param name="Union">The union whose charter it is.</param>
/// <param name="Source">The charter, as it should be cited ("Charter of the Nghe An union, approved 2020-03-01").</param>
public sealed record Charter(UnionId Union, string Source)
{
    /// <summary>Gets the first day the charter applies to, when it has one.</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>Gets the last day the charter applies to, when it has one.</summary>
    public LocalDate? InForceTo { get; init; }

    /// <summary>Gets the bounds of the Executive Committee's size, when the charter sets them.</summary>
    public Bounds<int>? ExecutiveCommitteeSize { get; init; }

    /// <summary>Gets the bounds of the Standing Committee's size, when the charter sets them.</summary>
    public Bounds<int>? StandingCommitteeSize { get; init; }

    /// <summary>Gets the bounds of the Inspection Committee's size, when the charter sets them.</summary>
    public Bounds<int>? InspectionCommitteeSize { get; init; }

    /// <summary>Gets how many Vice Presidents (permanent and cum General Secretary included) the charter allows, when it says.</summary>
    public int? MaxVicePresidents { get; init; }

    /// <summary>Returns the charter's provisions, each scoped to <see cref="Union"/> and dated as the charter is.</summary>
    /// <returns>One provision per thing the charter sets.</returns>
    /// <exception cref="ArgumentException">The union is the default id or the source is blank.</exception>
    public Rule[] ToRules()
    {
        if (Union == default)
        {
            throw new ArgumentException("The union must be set.", nameof(Union));
        }

        Guard.Against.NullOrWhiteSpace(Source);
        var rules = new List<Rule>();
        Add(rules, RuleCodes.CharterExecutiveCommitteeSize, "The Executive Committee's declared size lies within the charter's bounds.", ExecutiveCommitteeSize);
        Add(rules, RuleCodes.CharterStandingCommitteeSize, "The Standing Committee's declared size lies within the charter's bounds.", StandingCommitteeSize);
        Add(rules, RuleCodes.CharterInspectionCommitteeSize, "The Inspection Committee's declared size lies within the charter's bounds.", InspectionCommitteeSize);
        if (MaxVicePresidents is { } most)
        {
            rules.Add(Scoped(RuleCodes.CharterVicePresidents, "The union has no more Vice Presidents (permanent and cum General Secretary included) than its charter allows.") with { Threshold = most, ThresholdUnit = "holders" });
        }

        return [.. rules];
    }

    private void Add(List<Rule> rules, string code, string statement, Bounds<int>? size)
    {
        if (size is { } bounds)
        {
            rules.Add(Scoped(code, statement) with { Minimum = bounds.Min, Threshold = bounds.Max, ThresholdUnit = "seats" });
        }
    }

    private Rule Scoped(string code, string statement) =>
        new(code, statement, Source) { Union = Union, InForceFrom = InForceFrom, InForceTo = InForceTo };
}
