using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Datasets;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>Content equality of aggregates, read through their public members only.</summary>
internal static class Same
{
    /// <summary>Tells whether two ledgers hold the same parties, activities with the same histories, entries in the
    /// same order and closings.</summary>
    internal static bool Ledger(AidLedger a, AidLedger b) =>
        a.Parties.SequenceEqual(b.Parties)
        && a.Activities.SequenceEqual(b.Activities)
        && a.Activities.All(x => a.HistoryOf(x.Id).SequenceEqual(b.HistoryOf(x.Id)))
        && a.Transactions.SequenceEqual(b.Transactions)
        && a.ClosedThrough.Count == b.ClosedThrough.Count
        && a.ClosedThrough.All(c => b.ClosedThrough.TryGetValue(c.Key, out var d) && d == c.Value);

    /// <summary>Tells whether two datasets hold the same people, documents, unions (with their leadership and work),
    /// ledger and rates.</summary>
    internal static bool Dataset(UnionDataset a, UnionDataset b) =>
        a.ToDraft() == b.ToDraft()
        && Ledger(a.Aid, b.Aid)
        && a.Rates.Policy == b.Rates.Policy && a.Rates.Rates.SequenceEqual(b.Rates.Rates);
}
