using System.Globalization;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Terms;

/// <summary>The rules on a union's congresses and terms, checked on every change and on load.</summary>
internal static class CongressRules
{
    /// <summary>Checks every congress of a union, each against the ones before it.</summary>
    internal static void Check(IReadOnlyList<Congress> congresses, PartialDate? founded, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        PartialDate? lastKnown = null;
        for (var i = 0; i < congresses.Count; i++)
        {
            CheckNext(congresses[i], i, i > 0 ? congresses[i - 1] : null, lastKnown, founded, rules, today, sink);
            lastKnown = congresses[i].Held ?? lastKnown;
        }
    }

    /// <summary>Checks one congress against the one before it and the last one whose date is known: what recording
    /// a congress can break.</summary>
    internal static void CheckNext(Congress congress, int index, Congress? previousCongress, PartialDate? lastKnown, PartialDate? founded, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var path = $"congresses[{index}]";
        var held = congress.Held;
        var on = held?.Earliest;

        if (previousCongress is { } before && congress.Ordinal != before.Ordinal + 1 && rules.Applies(RuleCodes.CongressOrdinalSequence, on))
        {
            sink.Add(new RuleViolation(
                RuleCodes.CongressOrdinalSequence,
                $"The congress after the {before.OrdinalText} must be the {Congress.FormatOrdinal(before.Ordinal + 1)}.",
                path + ".ordinal",
                congress.Ordinal.ToString(CultureInfo.InvariantCulture)));
        }

        if (held is not { } date)
        {
            return;
        }

        if (lastKnown is { } previous && date.Latest <= previous.Earliest && rules.Applies(RuleCodes.TermNoOverlap, on))
        {
            sink.Add(new RuleViolation(
                RuleCodes.TermNoOverlap,
                $"The {congress.OrdinalText} congress must be held after the congress before it ({previous}); otherwise the terms overlap.",
                path + ".held",
                date.ToString()));
        }

        if (congress.TermLabel.NominalYears is { } years && rules.Find(RuleCodes.TermMaxSpan, date.Earliest) is { Threshold: { } max } provision && years > max)
        {
            sink.Add(new RuleViolation(
                RuleCodes.TermMaxSpan,
                $"A term lasts at most {max} years under {provision.Source}; the label spans {years}.",
                path + ".termLabel",
                congress.TermLabel.Text));
        }

        if (today is { } now && date.Earliest > now && rules.Applies(RuleCodes.CongressNotInFuture, now))
        {
            sink.Add(new RuleViolation(
                RuleCodes.CongressNotInFuture,
                $"The {congress.OrdinalText} congress cannot be recorded as held after today ({now:uuuu-MM-dd}).",
                path + ".held",
                date.ToString()));
        }

        if (founded is { } foundedOn && date.Latest < foundedOn.Earliest && rules.Applies(RuleCodes.CongressAfterFounding, on))
        {
            sink.Add(new RuleViolation(
                RuleCodes.CongressAfterFounding,
                $"The {congress.OrdinalText} congress cannot be held before the union was founded ({foundedOn}).",
                path + ".held",
                date.ToString()));
        }
    }
}
