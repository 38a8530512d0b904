using System.Collections;
using System.Runtime.InteropServices;

namespace FriendshipUnion.Domain.Kernel;

/// <summary>An aggregate that can make, on demand, the event of one of its recorded facts (the ledger: the posting
/// of its entry at an index). Such a fact must never change once recorded.</summary>
internal interface IEventSource
{
    /// <summary>Makes the event of the fact at <paramref name="index"/>.</summary>
    /// <param name="index">The fact's place in the aggregate.</param>
    /// <returns>The event, equal every time it is made.</returns>
    IDomainEvent EventAt(int index);
}

/// <summary>
/// The events an aggregate (or the aggregates of a dataset, sharing one log) recorded since they were last taken, in
/// order. Events are kept as objects, except runs of facts an <see cref="IEventSource"/> can make an event of again
/// (a ledger's consecutive postings), which are kept as a first index and a length and made into events only when
/// read, so that recording a posting allocates nothing. Reading the log twice gives equal events.
/// </summary>
internal sealed class EventLog : IReadOnlyCollection<IDomainEvent>
{
    private readonly List<Entry> entries = [];
    private int version; // changed by every change, so that a reader sees the log change under it

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>Records an event.</summary>
    /// <param name="happened">The event.</param>
    public void Add(IDomainEvent happened)
    {
        entries.Add(new Entry { Event = happened });
        Count++;
        version++;
    }

    /// <summary>Records events, in order.</summary>
    /// <param name="happened">The events.</param>
    public void AddRange(IEnumerable<IDomainEvent> happened)
    {
        foreach (var e in happened)
        {
            Add(e);
        }
    }

    /// <summary>Records the event of the fact at <paramref name="index"/> of <paramref name="source"/>, extending the
    /// last run when it is the fact just after it.</summary>
    /// <param name="source">The aggregate.</param>
    /// <param name="index">The fact's place in it.</param>
    public void AddOf(IEventSource source, int index)
    {
        var span = CollectionsMarshal.AsSpan(entries);
        if (span.Length > 0 && ReferenceEquals(span[^1].Source, source) && span[^1].Start + span[^1].Length == index)
        {
            span[^1].Length++;
        }
        else
        {
            entries.Add(new Entry { Source = source, Start = index, Length = 1 });
        }

        Count++;
        version++;
    }

    /// <summary>Forgets every event.</summary>
    public void Clear()
    {
        entries.Clear();
        Count = 0;
        version++;
    }

    /// <summary>Copies the events, oldest first.</summary>
    /// <returns>The events.</returns>
    public IDomainEvent[] ToArray()
    {
        var all = new IDomainEvent[Count];
        var i = 0;
        foreach (var e in this)
        {
            all[i++] = e;
        }

        return all;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The log changed while it was read, as a list's enumerator refuses.</exception>
    public IEnumerator<IDomainEvent> GetEnumerator()
    {
        var at = version;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            for (var k = 0; k < (entry.Source is null ? 1 : entry.Length); k++)
            {
                var happened = entry.Source is null ? entry.Event! : entry.Source.EventAt(entry.Start + k);
                yield return happened;
                if (version != at)
                {
                    throw new InvalidOperationException("The events changed while they were read.");
                }
            }
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private struct Entry
    {
        public IDomainEvent? Event;
        public IEventSource? Source;
        public int Start;
        public int Length;
    }
}
