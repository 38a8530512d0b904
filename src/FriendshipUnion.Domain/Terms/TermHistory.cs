using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Terms;

/// <summary>How a term is bounded: the congress that opened it and what closed it — the next congress or, after the
/// last congress, the union's end. <see cref="Closes"/> is false for the term still open; <see cref="Closed"/> is
/// null when the closing date is unknown.</summary>
internal readonly record struct TermSpan(PartialDate? Opened, PartialDate? Closed, bool Closes, bool ByUnionEnd);

/// <summary>
/// A union's congresses, the terms they open and the union's end, as one immutable snapshot: what the leadership and
/// the implementation work of a union are checked against. Recording a congress or an end makes a new snapshot.
/// </summary>
internal sealed class TermHistory
{
    private readonly Term[] terms;
    private readonly Dictionary<int, int> byOrdinal;
    private Timeline? timeline;

    private TermHistory(UnionId union, Congress[] congresses, Term[] terms, PartialDate? end, RuleCatalog rules)
    {
        Union = union;
        Congresses = Array.AsReadOnly(congresses);
        this.terms = terms;
        Terms = Array.AsReadOnly(terms);
        End = end;
        Rules = rules;
        byOrdinal = new Dictionary<int, int>(congresses.Length);
        for (var i = 0; i < congresses.Length; i++)
        {
            byOrdinal.TryAdd(congresses[i].Ordinal, i);
        }
    }

    internal UnionId Union { get; }

    internal IReadOnlyList<Congress> Congresses { get; }

    internal IReadOnlyList<Term> Terms { get; }

    /// <summary>Gets when the union ended (merged or dissolved), if it did.</summary>
    internal PartialDate? End { get; }

    internal RuleCatalog Rules { get; }

    internal static TermHistory Create(UnionId union, IReadOnlyList<Congress> congresses, PartialDate? end, RuleCatalog rules)
    {
        var array = congresses.ToArray();
        var terms = new Term[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            terms[i] = new Term(union, array[i], i + 1 < array.Length ? array[i + 1] : null, CongressSchedule.For(array[i].TermLabel, rules));
        }

        return new TermHistory(union, array, terms, end, rules);
    }

    /// <summary>Returns the history with one more congress: the open term is closed by it, and it opens a new one.</summary>
    internal TermHistory WithCongress(Congress congress)
    {
        var congresses = new Congress[terms.Length + 1];
        var next = new Term[terms.Length + 1];
        for (var i = 0; i < terms.Length; i++)
        {
            congresses[i] = terms[i].Congress;
            next[i] = terms[i];
        }

        congresses[^1] = congress;
        if (terms.Length > 0)
        {
            var open = terms[^1];
            next[terms.Length - 1] = new Term(Union, open.Congress, congress, open.Schedule);
        }

        next[^1] = new Term(Union, congress, null, CongressSchedule.For(congress.TermLabel, Rules));
        return new TermHistory(Union, congresses, next, End, Rules);
    }

    /// <summary>Returns the history with the union's end.</summary>
    internal TermHistory WithEnd(PartialDate end) => new(Union, [.. Congresses], terms, end, Rules);

    /// <summary>Finds the index of the congress of an ordinal, or -1.</summary>
    internal int IndexOf(int ordinal) => byOrdinal.TryGetValue(ordinal, out var index) ? index : -1;

    /// <summary>Gets the span of the term opened by the congress at <paramref name="index"/>.</summary>
    internal TermSpan SpanOf(int index)
    {
        var opened = Congresses[index].Held;
        return index + 1 < Congresses.Count ? new(opened, Congresses[index + 1].Held, true, false)
            : End is { } ending ? new(opened, ending, true, true)
            : new(opened, null, false, false);
    }

    /// <summary>Finds the term in force on a date: the last one whose congress may have been held by then.
    /// Allocates nothing once the first lookup has built the timeline.</summary>
    internal AsOf<Term> TermOn(LocalDate date)
    {
        timeline ??= BuildTimeline();
        var i = timeline.Find(date, out var certain);
        return i < 0 ? default : AsOf<Term>.Of(terms[i], certain);
    }

    private Timeline BuildTimeline()
    {
        var starts = new (LocalDate, LocalDate)[terms.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = Congresses[i].Held is { } held ? (held.Earliest, held.Latest) : Timeline.Unknown;
        }

        return new Timeline(starts);
    }
}
