using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Datasets;

namespace FriendshipUnion.Domain.Iati;

/// <summary>Whose point of view an IATI file's transactions are recorded from.</summary>
public enum IatiPerspective
{
    /// <summary>The Vietnamese partner's (the union's): a publisher's outgoing commitment, disbursement or pledge is the
    /// union's incoming commitment, incoming funds or incoming pledge; the publisher's own incoming money and
    /// spending are not the union's and are left out (listed in the report).</summary>
    Recipient = 0,

    /// <summary>The publisher's: transaction types are recorded as the file states them (a file the union published,
    /// such as this library's export).</summary>
    Publisher = 1,
}

/// <summary>What a recipient-country percentage does to the amounts.</summary>
public enum CountryShareHandling
{
    /// <summary>The percentage is recorded (in the activity as read) and the amounts are imported whole.</summary>
    Record = 0,

    /// <summary>The amounts are scaled by the country's percentage (rounded half to even to the currency's minor
    /// unit); an activity that lists recipient countries but not this one is refused.</summary>
    Apply = 1,
}

/// <summary>The mapping an import applies, chosen by the caller and stated in its result.</summary>
public sealed record IatiImportOptions
{
    /// <summary>Initializes the options for a union.</summary>
    /// <param name="union">The union whose ledger receives the activities.</param>
    /// <exception cref="ArgumentException"><paramref name="union"/> is the default.</exception>
    public IatiImportOptions(UnionId union)
    {
        if (union == default)
        {
            throw new ArgumentException("An import needs a union.", nameof(union));
        }

        Union = union;
    }

    /// <summary>Gets the union the activities belong to.</summary>
    public UnionId Union { get; }

    /// <summary>Gets whose point of view the transactions are recorded from; <see cref="IatiPerspective.Recipient"/> by
    /// default.</summary>
    public IatiPerspective Perspective { get; init; } = IatiPerspective.Recipient;

    /// <summary>Gets what the recipient country's percentage does; <see cref="CountryShareHandling.Record"/> by
    /// default.</summary>
    public CountryShareHandling CountryShare { get; init; } = CountryShareHandling.Record;

    /// <summary>Gets the recipient country whose share counts (ISO 3166-1 alpha-2); <c>VN</c> by default.</summary>
    public CountryCode Country { get; init; } = IatiXml.VietNam;

    /// <summary>Gets the languages preferred for the one text the ledger keeps of a title or name, in order;
    /// Vietnamese, then English, by default. The first narrative is taken when none of them is given.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null or holds null.</exception>
    public IReadOnlyList<string> Languages
    {
        get;
        init => field = value is null || value.Any(l => l is null) ? throw new ArgumentNullException(nameof(Languages), "The languages are a list of language codes, without null.") : value.ToArray();
    }

    = ["vi", "en"];

    /// <summary>Returns the mapping in words, as the samples print it.</summary>
    /// <returns>One line.</returns>
    public override string ToString() =>
        $"union {Union}; {(Perspective == IatiPerspective.Recipient ? "recipient's perspective" : "publisher's perspective")}; {Country} share {(CountryShare == CountryShareHandling.Apply ? "applied to amounts" : "recorded only")}; languages {string.Join(", ", Languages)}";
}

/// <summary>One file to import: its bytes and its name (for positions in the report).</summary>
/// <param name="Stream">The file's bytes; read once, not closed.</param>
/// <param name="Name">The file's name as it should appear in positions, or <see langword="null"/>.</param>
public sealed record IatiSource(Stream Stream, string? Name = null);

/// <summary>The result of an import: the dataset with the activities applied (the input dataset is not changed), what
/// was imported, what was refused with the rules broken and where, and what was not held or not imported.</summary>
public sealed class IatiImport
{
    internal IatiImport(
        UnionDataset dataset,
        IatiImportOptions options,
        IReadOnlyList<IatiViolation> violations,
        IReadOnlyDictionary<string, int> notHeld,
        IReadOnlyDictionary<string, int> notImported,
        IReadOnlyList<ActivityId> imported,
        IReadOnlyList<ActivityId> unchanged,
        IReadOnlyList<string> refused,
        IReadOnlyList<AidTransaction> posted,
        int read)
    {
        Dataset = dataset;
        Options = options;
        Violations = violations;
        NotHeld = notHeld;
        NotImported = notImported;
        Imported = imported;
        Unchanged = unchanged;
        Refused = refused;
        Posted = posted;
        ActivitiesRead = read;
    }

    /// <summary>Gets the dataset after the import: a new instance when anything was applied, else the input.</summary>
    public UnionDataset Dataset { get; }

    /// <summary>Gets the mapping that was applied.</summary>
    public IatiImportOptions Options { get; }

    /// <summary>Gets the number of activities read from the files.</summary>
    public int ActivitiesRead { get; }

    /// <summary>Gets the activities added to the ledger or brought up to date (new status changes or entries).</summary>
    public IReadOnlyList<ActivityId> Imported { get; }

    /// <summary>Gets the activities that the ledger already held exactly as the files state them.</summary>
    public IReadOnlyList<ActivityId> Unchanged { get; }

    /// <summary>Gets the IATI identifiers of the activities refused (each with its violations).</summary>
    public IReadOnlyList<string> Refused { get; }

    /// <summary>Gets the entries the import posted (not those already recorded), in posting order.</summary>
    public IReadOnlyList<AidTransaction> Posted { get; }

    /// <summary>Gets the rules broken, element by element, with file, line, column and location.</summary>
    public IReadOnlyList<IatiViolation> Violations { get; }

    /// <summary>Gets what the files hold that the model does not (element name and count), never silently
    /// dropped.</summary>
    public IReadOnlyDictionary<string, int> NotHeld { get; }

    /// <summary>Gets what the model read but the ledger does not take, with why (<c>transaction type 4 Expenditure:
    /// the publisher's own spending</c>), and how many.</summary>
    public IReadOnlyDictionary<string, int> NotImported { get; }

    /// <summary>Gets a value indicating whether every activity read was imported or already held.</summary>
    public bool IsComplete => Violations.Count == 0;

    internal static IReadOnlyDictionary<string, int> Frozen(SortedDictionary<string, int> counts) => new ReadOnlyDictionary<string, int>(counts);
}
