namespace FriendshipUnion.Domain.Aid;

/// <summary>
/// The ledger's index of entries by id: an open-addressed table of 8-byte slots, each the id's hash and the entry's
/// place in the ledger, probed linearly and kept at most three quarters full. An id is compared with the entry it
/// points at only when the hashes agree. It takes less than half the memory of a
/// <see cref="Dictionary{TKey, TValue}"/> of ids, which matters to a ledger of millions of entries.
/// </summary>
internal sealed class TransactionIndex
{
    private long[] slots = new long[16]; // 0: empty; else the hash in the high half and the place + 1 in the low half
    private int count;

    /// <summary>Finds an entry's place by its id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="entries">The ledger's entries, which the places point into.</param>
    /// <returns>The place, or -1.</returns>
    public int Find(TransactionId id, List<AidTransaction> entries)
    {
        var hash = id.GetHashCode();
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var value = slots[i];
            if (value == 0)
            {
                return -1;
            }

            if (HashOf(value) == hash && entries[PlaceOf(value)].Id == id)
            {
                return PlaceOf(value);
            }
        }
    }

    /// <summary>Adds an id that is not in the index.</summary>
    /// <param name="id">The id.</param>
    /// <param name="place">The entry's place in the ledger.</param>
    /// <param name="entries">The ledger's entries.</param>
    /// <param name="knownAbsent">Whether the caller has just found the id absent, so that it is not compared again.</param>
    /// <exception cref="ArgumentException">The id is already in the index.</exception>
    public void Add(TransactionId id, int place, List<AidTransaction> entries, bool knownAbsent)
    {
        if (!knownAbsent && Find(id, entries) >= 0)
        {
            throw new ArgumentException($"Entry '{id}' is already in the ledger.", nameof(id));
        }

        var hash = id.GetHashCode();
        var mask = slots.Length - 1;
        var slot = hash & mask;
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = Slot(hash, place);
        if (++count > slots.Length / 4 * 3)
        {
            Grow();
        }
    }

    private static long Slot(int hash, int place) => unchecked(((long)hash << 32) | (uint)(place + 1));

    private static int HashOf(long slot) => unchecked((int)(slot >> 32));

    private static int PlaceOf(long slot) => unchecked((int)(uint)slot) - 1;

    private void Grow()
    {
        var old = slots;
        slots = new long[checked(old.Length * 2)];
        var mask = slots.Length - 1;
        foreach (var value in old)
        {
            if (value == 0)
            {
                continue;
            }

            var i = HashOf(value) & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = value;
        }
    }
}
