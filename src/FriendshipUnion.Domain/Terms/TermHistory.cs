using System.Collections;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Terms;

/// <summary>How a term is bounded: the congress that opened it and what closed it — the next congress or, after the
/// last congress, the union's end. <see cref="Closes"/> is false for the term still open; <see cref="Closed"/> is
/// null when the closing date is unknown.</summary>
internal readonly record struct TermSpan(PartialDate? Opened, PartialDate? Closed, bool Closes, bool ByUnionEnd);

/// <summary>
/// A union's congresses, the terms they open and the union's end, as one immutable snapshot: what the leadership and
/// the implementation work of a union are checked against. Recording a congress or an end makes a new snapshot. The
/// snapshots of one union share their lists, which only ever grow, so that a new congress costs what it adds, not
/// what is already there: each snapshot reads the first entries up to its own count.
/// </summary>
internal sealed class TermHistory
{
    private readonly Shared shared;
    private readonly int count;
    private readonly Term? open;
    private Timeline? timeline;

    private TermHistory(UnionId union, Shared shared, int count, Term? open, PartialDate? end, RuleCatalog rules)
    {
        Union = union;
        this.shared = shared;
        this.count = count;
        this.open = open;
        End = end;
        Rules = rules;
        Congresses = new Prefix<Congress>(shared.Congresses, count);
        Terms = new TermList(shared.Closed, count, open);
    }

    internal UnionId Union { get; }

    internal IReadOnlyList<Congress> Congresses { get; }

    internal IReadOnlyList<Term> Terms { get; }

    /// <summary>Gets when the union ended (merged or dissolved), if it did.</summary>
    internal PartialDate? End { get; }

    internal RuleCatalog Rules { get; }

    internal static TermHistory Create(UnionId union, IReadOnlyList<Congress> congresses, PartialDate? end, RuleCatalog rules)
    {
        var history = new TermHistory(union, new Shared(), 0, null, end, rules);
        foreach (var congress in congresses)
        {
            history = history.WithCongress(congress);
        }

        return history;
    }

    /// <summary>Returns the history with one more congress: the open term is closed by it, and it opens a new one.</summary>
    internal TermHistory WithCongress(Congress congress)
    {
        // The shared lists hold more than this snapshot when a later one was made from it (a proposal refused, say):
        // then this one starts lists of its own.
        var lists = shared.Congresses.Count == count ? shared : shared.Copy(count);
        lists.Congresses.Add(congress);
        lists.FirstIndex.TryAdd(congress.Ordinal, count);
        if (open is not null)
        {
            lists.Closed.Add(new Term(Union, open.Congress, congress, open.Schedule));
        }

        var opened = new Term(Union, congress, null, CongressSchedule.For(congress.TermLabel, Rules));
        return new TermHistory(Union, lists, count + 1, opened, End, Rules);
    }

    /// <summary>Returns the history with the union's end.</summary>
    internal TermHistory WithEnd(PartialDate end) => new(Union, shared, count, open, end, Rules);

    /// <summary>The term number of the interim: the period before the first congress on record (leaders appointed
    /// after a merger, or a holder a source attests where no congress is on record).</summary>
    internal const int Interim = 0;

    /// <summary>Gets the span of the interim: open at the start, closed by the first congress on record or else by the
    /// union's end.</summary>
    internal TermSpan InterimSpan => count > 0 ? new(null, Congresses[0].Held, true, false)
        : End is { } ending ? new(null, ending, true, true)
        : new(null, null, false, false);

    /// <summary>Gets the span of a term by its number, the interim included; <see langword="null"/> when no congress
    /// of that number is on record.</summary>
    internal TermSpan? SpanOfTerm(int ordinal) => ordinal == Interim ? InterimSpan : IndexOf(ordinal) is >= 0 and var index ? SpanOf(index) : null;

    /// <summary>Finds the index of the (first) congress of an ordinal, or -1.</summary>
    internal int IndexOf(int ordinal) => shared.FirstIndex.TryGetValue(ordinal, out var index) && index < count ? index : -1;

    /// <summary>Gets the span of the term opened by the congress at <paramref name="index"/>.</summary>
    internal TermSpan SpanOf(int index)
    {
        var opened = Congresses[index].Held;
        return index + 1 < count ? new(opened, Congresses[index + 1].Held, true, false)
            : End is { } ending ? new(opened, ending, true, true)
            : new(opened, null, false, false);
    }

    /// <summary>Finds the term in force on a date: the last one whose congress may have been held by then.
    /// Allocates nothing once the first lookup has built the timeline.</summary>
    internal AsOf<Term> TermOn(LocalDate date)
    {
        timeline ??= BuildTimeline();
        var i = timeline.Find(date, out var certain);
        return i < 0 ? default : AsOf<Term>.Of(Terms[i], certain);
    }

    private Timeline BuildTimeline()
    {
        var starts = new (LocalDate, LocalDate)[count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = Congresses[i].Held is { } held ? (held.Earliest, held.Latest) : Timeline.Unknown;
        }

        return new Timeline(starts);
    }

    /// <summary>The lists the snapshots of one union share: they only ever grow.</summary>
    private sealed class Shared
    {
        public List<Congress> Congresses { get; } = [];

        /// <summary>Gets the terms already closed, in order: the term at index i is closed by congress i + 1.</summary>
        public List<Term> Closed { get; } = [];

        public Dictionary<int, int> FirstIndex { get; } = [];

        public Shared Copy(int count)
        {
            var copy = new Shared();
            for (var i = 0; i < count; i++)
            {
                copy.Congresses.Add(Congresses[i]);
                copy.FirstIndex.TryAdd(Congresses[i].Ordinal, i);
            }

            for (var i = 0; i < count - 1; i++)
            {
                copy.Closed.Add(Closed[i]);
            }

            return copy;
        }
    }

    /// <summary>The first entries of a shared list.</summary>
    private sealed class Prefix<T>(List<T> items, int count) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => index >= 0 && index < count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The terms of a snapshot: the closed ones it shares, then its own open one.</summary>
    private sealed class TermList(List<Term> closed, int count, Term? open) : IReadOnlyList<Term>
    {
        public int Count => count;

        public Term this[int index] => index < 0 || index >= count ? throw new ArgumentOutOfRangeException(nameof(index))
            : index == count - 1 ? open! : closed[index];

        public IEnumerator<Term> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
