using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Organizations;

/// <summary>
/// The rules on one union's own record — its level and parent, names, associations, member counts, congresses and
/// end — written once, item by item: <see cref="Check"/> runs them over a whole description (on load), and each
/// change of <see cref="Union"/> runs the ones its item can break. Paths are relative to the union.
/// </summary>
internal static class UnionRules
{
    internal static List<RuleViolation> Check(UnionDraft draft, RuleCatalog rules, LocalDate? today)
    {
        var sink = new List<RuleViolation>();
        CheckIdentity(draft.Id, draft.Level, draft.Parent, draft.Founded, rules, today, sink);
        NotInFuture(draft.RecordedTo, "recordedTo", rules, today, sink);
        for (var i = 1; i < draft.Names.Count; i++)
        {
            CheckName(draft.Names[i], i, draft.Names[i - 1], draft.Founded, rules, today, sink);
        }

        for (var i = 0; i < draft.Provinces.Count; i++)
        {
            CheckProvinceServed(draft.Provinces, i, rules, today, sink);
        }

        var ids = new HashSet<UnionId>();
        for (var i = 0; i < draft.Associations.Count; i++)
        {
            CheckAssociation(draft.Associations[i], i, !ids.Add(draft.Associations[i].Id), rules, today, sink);
        }

        for (var i = 0; i < draft.MemberCounts.Count; i++)
        {
            CheckMemberCount(draft.MemberCounts[i], i, rules, today, sink);
        }

        CongressRules.Check(draft.Congresses, draft.Founded, rules, today, sink);
        if (draft.Succession is { } succession)
        {
            CheckSuccession(succession, draft.Id, draft.Founded, LastHeld(draft.Congresses), rules, today, sink);
        }

        return sink;
    }

    // Entries after the first have a start, later than the one before.
    private static void CheckProvinceServed(IReadOnlyList<ProvinceServed> provinces, int i, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var entry = provinces[i];
        var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"provinces[{i}]");
        NotInFuture(entry.From, path + ".from", rules, today, sink);
        if (i > 0 && rules.Applies(RuleCodes.UnionProvinces, null)
            && (entry.From is not { } from || (provinces[i - 1].From is { } before && from.Latest <= before.Earliest)))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionProvinces, $"A union's provinces are in time order, each after the first with a start later than the one before ({provinces[i - 1].From?.ToString() ?? "no start"}).", path + ".from", entry.From?.ToString()));
        }
    }

    /// <summary>The congress date the union's end must follow: the last congress whose date is known.</summary>
    internal static PartialDate? LastHeld(IReadOnlyList<Congress> congresses)
    {
        for (var i = congresses.Count - 1; i >= 0; i--)
        {
            if (congresses[i].Held is { } held)
            {
                return held;
            }
        }

        return null;
    }

    internal static void CheckIdentity(UnionId id, OrganizationLevel level, UnionId? parent, PartialDate? founded, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        if (rules.Applies(RuleCodes.UnionParentLevel, null))
        {
            if (level == OrganizationLevel.Central && parent is { } p)
            {
                sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, "The central union has no parent.", "parent", p.Value));
            }
            else if (level == OrganizationLevel.Provincial && parent is null)
            {
                sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, "A provincial union needs its central union as parent.", "parent"));
            }

            if (parent == id)
            {
                sink.Add(new RuleViolation(RuleCodes.UnionParentLevel, "A union cannot be its own parent.", "parent", id.Value));
            }
        }

        NotInFuture(founded, "founded", rules, today, sink);
    }

    internal static void CheckName(UnionName name, int index, UnionName previous, PartialDate? founded, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        var path = $"names[{index}].from";
        NotInFuture(name.From, path, rules, today, sink);
        if (!rules.Applies(RuleCodes.UnionNameOrder, name.From?.Earliest))
        {
            return;
        }

        if (name.From is not { } from)
        {
            sink.Add(new RuleViolation(RuleCodes.UnionNameOrder, $"The name '{name.Vietnamese}' follows another, so it needs the date it was taken.", path));
        }
        else if (previous.From is { } before && NotAfter(from, before))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionNameOrder, $"The name '{name.Vietnamese}' must be taken after the name before it ({before}).", path, from.ToString()));
        }
        else if (founded is { } foundedOn && NotAfter(from, foundedOn))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionNameOrder, $"The name '{name.Vietnamese}' must be taken after the founding ({foundedOn}).", path, from.ToString()));
        }
    }

    internal static void CheckAssociation(MemberAssociation association, int index, bool idTaken, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        if (idTaken && rules.Applies(RuleCodes.AssociationUniqueId, null))
        {
            sink.Add(new RuleViolation(RuleCodes.AssociationUniqueId, $"The association id '{association.Id}' is used twice in this union.", $"associations[{index}].id", association.Id.Value));
        }

        NotInFuture(association.Joined, $"associations[{index}].joined", rules, today, sink);
        CheckLeft(association, index, rules, today, sink);
    }

    internal static void CheckLeft(MemberAssociation association, int index, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        NotInFuture(association.Left, $"associations[{index}].left", rules, today, sink);
        if (association is { Joined: { } joined, Left: { } left } && NotAfter(left, joined) && rules.Applies(RuleCodes.AssociationDatesOrder, left.Earliest))
        {
            sink.Add(new RuleViolation(RuleCodes.AssociationDatesOrder, $"The association '{association.Id}' must leave after it joined ({joined}).", $"associations[{index}].left", left.ToString()));
        }
    }

    internal static void CheckMemberCount(MemberCount count, int index, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink) =>
        NotInFuture(count.AsOf, $"memberCounts[{index}].asOf", rules, today, sink);

    internal static void CheckSuccession(Succession succession, UnionId id, PartialDate? founded, PartialDate? lastCongress, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        if (succession.Successor == id && rules.Applies(RuleCodes.UnionSuccessorExists, null))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionSuccessorExists, "A union cannot succeed itself.", "succession.successor", id.Value));
        }

        NotInFuture(succession.Date, "succession.date", rules, today, sink);
        if (!rules.Applies(RuleCodes.UnionSuccessionOrder, succession.Date.Earliest))
        {
            return;
        }

        if (founded is { } foundedOn && NotAfter(succession.Date, foundedOn))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionSuccessionOrder, $"The union must be founded ({foundedOn}) before it is merged or dissolved.", "succession.date", succession.Date.ToString()));
        }
        else if (lastCongress is { } last && succession.Date.Latest < last.Earliest)
        {
            sink.Add(new RuleViolation(RuleCodes.UnionSuccessionOrder, $"The union cannot be merged or dissolved before its last congress ({last}).", "succession.date", succession.Date.ToString()));
        }
    }

    /// <summary>Tells whether <paramref name="later"/> is certainly not after <paramref name="earlier"/>.</summary>
    internal static bool NotAfter(PartialDate later, PartialDate earlier) => later.Latest <= earlier.Earliest;

    // The one statement of union.not-in-future: a date certainly after today is refused.
    private static void NotInFuture(PartialDate? date, string path, RuleCatalog rules, LocalDate? today, List<RuleViolation> sink)
    {
        if (date is { } d && today is { } now && d.Earliest > now && rules.Applies(RuleCodes.UnionNotInFuture, now))
        {
            sink.Add(new RuleViolation(RuleCodes.UnionNotInFuture, $"{d} is after today ({now:uuuu-MM-dd}).", path, d.ToString()));
        }
    }
}
