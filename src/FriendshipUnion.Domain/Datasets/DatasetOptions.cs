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

    /// <summary>Gets the currencies the dataset may use, with their minor units.</summary>
    /// <exception cref="ArgumentNullException">On init: the table is null.</exception>
    public CurrencyTable Currencies
    {
        get;
        init => field = Guard.Against.Null(value);
    }

    = CurrencyTable.Default;
}
