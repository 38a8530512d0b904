using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>The rules on one union, checked on every change and on load. Paths are relative to the union.</summary>
internal static class UnionRules
{
    internal static List<RuleViolation> Check(UnionDraft draft, RuleCatalog rules, LocalDate? today)
    {
        var sink = new List<RuleViolation>();
        CheckParent(draft, rules, sink);
        CheckNames(draft, rules, sink);
        CheckAssociations(draft, rules, sink);
        CongressRules.Check(draft.Congresses, draft.Founded, rules, today, sink);
        CheckSuccession(draft, rules, sink);
        LeadershipReplay.Check(draft, rules, today, sink);
        Implementation.ImplementationRules.Check(draft, rules, today, sink);
        return sink;
    }

    /// <summary>Tells whether <paramref name="later"/> is certainly not after <paramref name="earlier"/>.</summary>
    internal static bool NotAfter(PartialDate later, PartialDate earlier) => later.Latest <= earlier.Earliest;

    private static void CheckParent(UnionDraft draft, RuleCatalog rules, List<RuleViolation> sink)
    {
        if (!rules.Applies(RuleCodes.UnionParentLevel, null))
        {
            return;
        }

        if (draft.Level == OrganizationLevel.Central && draft.Parent is { } parent)
        {
            sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, "The central union has no parent.", "parent", parent.Value));
        }
        else if (draft.Level == OrganizationLevel.Provincial && draft.Parent is null)
        {
            sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, "A provincial union needs its central union as parent.", "parent"));
        }

        if (draft.Parent == draft.Id)
        {
            sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, "A union cannot be its own parent.", "parent", draft.Id.Value));
        }
    }

    private static void CheckNames(UnionDraft draft, RuleCatalog rules, List<RuleViolation> sink)
    {
        for (var i = 1; i < draft.Names.Count; i++)
        {
            var name = draft.Names[i];
            var path = $"names[{i}].from";
            if (!rules.Applies(RuleCodes.UnionNameOrder, name.From?.Earliest))
            {
                continue;
            }

            if (name.From is not { } from)
            {
                sink.Add(new RuleViolation(RuleCodes.UnionNameOrder, $"The name '{name.Vietnamese}' follows another, so it needs the date it was taken.", path));
            }
            else if (draft.Names[i - 1].From is { } previous && NotAfter(from, previous))
            {
                sink.Add(new RuleViolation(RuleCodes.UnionNameOrder, $"The name '{name.Vietnamese}' must be taken after the name before it ({previous}).", path, from.ToString()));
            }
            else if (draft.Founded is { } founded && NotAfter(from, founded))
            {
                sink.Add(new RuleViolation(RuleCodes.UnionNameOrder, $"The name '{name.Vietnamese}' must be taken after the founding ({founded}).", path, from.ToString()));
            }
        }
    }

    private static void CheckAssociations(UnionDraft draft, RuleCatalog rules, List<RuleViolation> sink)
    {
        var seen = new HashSet<UnionId>();
        for (var i = 0; i < draft.Associations.Count; i++)
        {
            var association = draft.Associations[i];
            if (!seen.Add(association.Id) && rules.Applies(RuleCodes.AssociationUniqueId, null))
            {
                sink.Add(new RuleViolation(RuleCodes.AssociationUniqueId, $"The association id '{association.Id}' is used twice in this union.", $"associations[{i}].id", association.Id.Value));
            }

            if (association is { Joined: { } joined, Left: { } left } && NotAfter(left, joined) && rules.Applies(RuleCodes.AssociationDatesOrder, left.Earliest))
            {
                sink.Add(new RuleViolation(RuleCodes.AssociationDatesOrder, $"The association '{association.Id}' must leave after it joined ({joined}).", $"associations[{i}].left", left.ToString()));
            }
        }
    }

    private static void CheckSuccession(UnionDraft draft, RuleCatalog rules, List<RuleViolation> sink)
    {
        if (draft.Succession is not { } succession)
        {
            return;
        }

        if (succession.Successor == draft.Id && rules.Applies(RuleCodes.UnionSuccessorExists, null))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionSuccessorExists, "A union cannot succeed itself.", "succession.successor", draft.Id.Value));
        }

        if (!rules.Applies(RuleCodes.UnionSuccessionOrder, succession.Date.Earliest))
        {
            return;
        }

        var lastCongress = draft.Congresses.LastOrDefault(c => c.Held is not null)?.Held;
        if (draft.Founded is { } founded && NotAfter(succession.Date, founded))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionSuccessionOrder, $"The union must be founded ({founded}) before it is merged or dissolved.", "succession.date", succession.Date.ToString()));
        }
        else if (lastCongress is { } last && succession.Date.Latest < last.Earliest)
        {
            sink.Add(new RuleViolation(RuleCodes.UnionSuccessionOrder, $"The union cannot be merged or dissolved before its last congress ({last}).", "succession.date", succession.Date.ToString()));
        }
    }
}
