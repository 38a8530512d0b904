using System.Globalization;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Terms;

/// <summary>The rules on a union's congresses and terms, checked on every change and on load.</summary>
internal static class CongressRules
{
    internal static void Check(IReadOnlyList<Congress> congresses, PartialDate? founded, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        PartialDate? lastKnown = null;
        for (var i = 0; i < congresses.Count; i++)
        {
            var congress = congresses[i];
            var path = $"congresses[{i}]";
            var held = congress.Held;
            var on = held?.Earliest;

            if (i > 0 && congress.Ordinal != congresses[i - 1].Ordinal + 1 && rules.Applies(RuleCodes.CongressOrdinalSequence, on))
            {
                sink.Add(new RuleViolation(
                    RuleCodes.CongressOrdinalSequence,
                    $"The congress after the {congresses[i - 1].OrdinalText} must be the {Congress.FormatOrdinal(congresses[i - 1].Ordinal + 1)}.",
                    path + ".ordinal",
                    congress.Ordinal.ToString(CultureInfo.InvariantCulture)));
            }

            if (held is not { } date)
            {
                continue;
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

            lastKnown = date;
        }
    }
}
