using FriendshipUnion.Domain.Documents;

namespace FriendshipUnion.Domain.Implementation;

/// <summary>What a work programme's numbered items are called in its source.</summary>
public enum ProgrammeItemKind
{
    /// <summary>Key tasks (nhiệm vụ trọng tâm), as in Nghe An's 2024–2029 programme.</summary>
    KeyTask = 0,

    /// <summary>Areas of work (lĩnh vực), as in Nghe An's 2019–2024 resolution.</summary>
    Area = 1,
}

/// <summary>One numbered key task or area of a work programme, optionally linked to the directives it carries out.</summary>
public sealed record KeyTask
{
    /// <summary>Initializes a task.</summary>
    /// <param name="number">Its number in the programme, from 1.</param>
    /// <param name="text">What it is, as the source words it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public KeyTask(int number, string text)
    {
        Guard.Against.Below(number, 1);
        Number = number;
        Text = Texts.Required(text, nameof(text));
    }

    /// <summary>Gets the number in the programme.</summary>
    public int Number { get; }

    /// <summary>Gets what the task is.</summary>
    public string Text { get; }

    /// <summary>Gets the directives, resolutions or other documents the task carries out.</summary>
    /// <exception cref="ArgumentNullException">On init: the list is null.</exception>
    /// <exception cref="ArgumentException">On init: the list holds a default symbol.</exception>
    public IReadOnlyList<DocumentSymbol> Carries
    {
        get;
        init => field = Symbols.Copy(value, nameof(Carries));
    }

    = [];

    /// <summary>Gets a note, such as why the task is linked to a directive.</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <inheritdoc/>
    public bool Equals(KeyTask? other) =>
        other is not null && Number == other.Number && Text == other.Text && Note == other.Note && Carries.SequenceEqual(other.Carries);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Text);
}

/// <summary>
/// A term's work programme: the numbered key tasks or areas a congress or its executive committee set for the term.
/// A programme may be only partly known — An Giang's 2021–2026 programme has five key tasks whose texts are not
/// recorded — so it can declare how many items it has and record fewer.
/// </summary>
public sealed record WorkProgramme
{
    /// <summary>Initializes a programme.</summary>
    /// <param name="term">The term, by the ordinal of the congress that opened it.</param>
    /// <param name="itemKind">What its items are called.</param>
    /// <param name="tasks">The items recorded, numbered from 1.</param>
    /// <param name="declaredCount">How many items the programme has, when known; may exceed those recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="term"/> or <paramref name="declaredCount"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null or holds null.</exception>
    public WorkProgramme(int term, ProgrammeItemKind itemKind, IReadOnlyList<KeyTask> tasks, int? declaredCount = null)
    {
        Guard.Against.Below(term, 1);
        if (declaredCount is { } count)
        {
            Guard.Against.Below(count, 1, nameof(declaredCount));
        }

        Term = term;
        ItemKind = itemKind;
        Tasks = Guard.Against.NullItems(tasks, nameof(tasks));
        DeclaredCount = declaredCount;
    }

    /// <summary>Gets the term, by the ordinal of the congress that opened it.</summary>
    public int Term { get; }

    /// <summary>Gets what the items are called.</summary>
    public ProgrammeItemKind ItemKind { get; }

    /// <summary>Gets the items recorded.</summary>
    public IReadOnlyList<KeyTask> Tasks { get; }

    /// <summary>Gets how many items the programme has, when known.</summary>
    public int? DeclaredCount { get; }

    /// <summary>Gets the number of items: the declared count, or else the number recorded.</summary>
    public int Count => DeclaredCount ?? Tasks.Count;

    /// <summary>Gets a note.</summary>
    /// <exception cref="ArgumentException">On init: the note is blank.</exception>
    public string? Note
    {
        get;
        init => field = Texts.Optional(value, nameof(Note));
    }

    /// <summary>Gets where the facts come from.</summary>
    /// <exception cref="ArgumentException">On init: the source is blank.</exception>
    public string? Source
    {
        get;
        init => field = Texts.Optional(value, nameof(Source));
    }

    /// <summary>Lists the tasks that carry out a document.</summary>
    /// <param name="document">The document's symbol.</param>
    /// <returns>The tasks, in order.</returns>
    public IReadOnlyList<KeyTask> TasksCarrying(DocumentSymbol document) => Tasks.Where(t => t.Carries.Contains(document)).ToArray();

    /// <inheritdoc/>
    public bool Equals(WorkProgramme? other) =>
        other is not null && Term == other.Term && ItemKind == other.ItemKind && DeclaredCount == other.DeclaredCount
        && Note == other.Note && Source == other.Source && Tasks.SequenceEqual(other.Tasks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Term, ItemKind, DeclaredCount, Tasks.Count);
}

/// <summary>Copies of symbol lists that reject the default symbol.</summary>
internal static class Symbols
{
    internal static System.Collections.ObjectModel.ReadOnlyCollection<DocumentSymbol> Copy(IReadOnlyList<DocumentSymbol> symbols, string paramName)
    {
        Guard.Against.Null(symbols, paramName);
        var copy = symbols.ToArray();
        return copy.Contains(default) ? throw new ArgumentException("A symbol must be set.", paramName) : Array.AsReadOnly(copy);
    }
}
