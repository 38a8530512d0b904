using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Datasets;

/// <summary>What a dataset is checked against: the rule catalogue and the currency table. A dataset keeps the options
/// it was made with, and reading a dataset back takes the same options.</summary>
public sealed record DatasetOptions
{
    /// <summary>Gets the library's defaults: <see cref="RuleCatalog.Default"/> and <see cref="CurrencyTable.Default"/>.</summary>
    public static DatasetOptions Default { get; } = new();

    /// <summary>Gets the catalogue every rule is read from.</summary>
    /// <exception cref="ArgumentNullException">On init: the catalogue is null.</exception>
    public RuleCatalog Rules
    {
        get;
        init => field = Guard.Against.Null(value);
    }

    = RuleCatalog.Default;

    /// <summary>The largest document a reader takes by default: 64 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>Gets the largest document read, in bytes (64 MiB by default): a larger one is refused
    /// (<c>json.limit</c>) without being read whole. Raise it to read a trusted large file (a ledger of millions of
    /// entries); the limit guards a service against a document sent to exhaust its memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the limit is below 1 byte or above the largest array
    /// .NET allocates, less one.</exception>
    public int MaxDocumentBytes
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(MaxDocumentBytes), 1, Array.MaxLength - 1);
    }

    = DefaultMaxDocumentBytes;

    /// <summary>Gets the currencies the dataset may use, with their minor units.</summary>
    /// <exception cref="ArgumentNullException">On init: the table is null.</exception>
    public CurrencyTable Currencies
    {
        get;
        init => field = Guard.Against.Null(value);
    }

    = CurrencyTable.Default;
}
