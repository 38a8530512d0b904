using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Rules;
using NodaTime;

namespace FriendshipUnion.Domain.Documents;

/// <summary>
/// The documents a dataset knows, found by symbol however it was typed, with what is in force on a date, chains of
/// replacements (Decree 45/2010/NĐ-CP → 126/2024/NĐ-CP) and everything that implements a directive. A document is
/// in force from its in-force date (or, when that is unknown, from its issue — possibly, within a partial issue
/// date) until its own last day or the day the document replacing it enters into force.
/// </summary>
public sealed class DocumentRegistry
{
    private readonly Dictionary<DocumentSymbol, LegalDocument> bySymbol = [];
    private readonly Dictionary<DocumentSymbol, LegalDocument> replacedBy = [];

    private DocumentRegistry(LegalDocument[] documents)
    {
        Documents = Array.AsReadOnly(documents);
        foreach (var document in documents)
        {
            bySymbol.TryAdd(document.Symbol, document);
        }

        foreach (var document in documents)
        {
            foreach (var relation in document.Relations.Where(r => r.Kind == DocumentRelationKind.Replaces))
            {
                if (!replacedBy.TryGetValue(relation.Target, out var existing) || Start(document).Min < Start(existing).Min)
                {
                    replacedBy[relation.Target] = document;
                }
            }
        }
    }

    /// <summary>Gets a registry with no documents.</summary>
    public static DocumentRegistry Empty { get; } = new([]);

    /// <summary>Gets the documents, in the order given.</summary>
    public ReadOnlyCollection<LegalDocument> Documents { get; }

    /// <summary>Creates a registry, checking its rules.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="rules">The catalogue; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null or holds null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; every violation is listed with a path such as <c>documents[3].relations[0]</c>.</exception>
    public static DocumentRegistry Create(IEnumerable<LegalDocument> documents, RuleCatalog? rules = null)
    {
        Guard.Against.Null(documents);
        var array = documents.ToArray();
        var violations = Validate(array, rules);
        return violations.Count > 0 ? throw new RuleViolationException(violations) : new DocumentRegistry(array);
    }

    /// <summary>Creates a registry from documents already checked.</summary>
    internal static DocumentRegistry CreateUnchecked(IEnumerable<LegalDocument> documents) => new(documents.ToArray());

    /// <summary>Checks documents against the registry's rules without creating anything: symbols are unique,
    /// relations name documents of the registry and never form a cycle, and dates are in order.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="rules">The catalogue; <see cref="RuleCatalog.Default"/> when null.</param>
    /// <returns>Every violation; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null or holds null.</exception>
    public static IReadOnlyList<RuleViolation> Validate(IReadOnlyList<LegalDocument> documents, RuleCatalog? rules = null)
    {
        Guard.Against.Null(documents);
        rules ??= RuleCatalog.Default;
        var sink = new List<RuleViolation>();
        var index = new Dictionary<DocumentSymbol, int>();
        for (var i = 0; i < documents.Count; i++)
        {
            Guard.Against.Null(documents[i], nameof(documents));
            if (!index.TryAdd(documents[i].Symbol, i) && rules.Applies(RuleCodes.DocumentUniqueSymbol, null))
            {
                sink.Add(new RuleViolation(RuleCodes.DocumentUniqueSymbol, $"The symbol {documents[i].Symbol} is used twice.", $"documents[{i}].symbol", documents[i].Symbol.ToString()));
            }
        }

        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            if (document is { Issued: { } issued, InForceFrom: { } from } && from < issued.Earliest && rules.Applies(RuleCodes.DocumentDatesOrder, from))
            {
                sink.Add(new RuleViolation(RuleCodes.DocumentDatesOrder, $"{document.Symbol} cannot enter into force before it was issued ({issued}).", $"documents[{i}].inForceFrom", from.ToString("uuuu-MM-dd", null)));
            }

            if (document is { InForceFrom: { } start, InForceTo: { } end } && end < start && rules.Applies(RuleCodes.DocumentDatesOrder, end))
            {
                sink.Add(new RuleViolation(RuleCodes.DocumentDatesOrder, $"{document.Symbol} cannot leave force before it entered it ({start:uuuu-MM-dd}).", $"documents[{i}].inForceTo", end.ToString("uuuu-MM-dd", null)));
            }
            else if (document is { InForceFrom: null, Issued: { } issuedOn, InForceTo: { } lapse } && lapse < issuedOn.Earliest && rules.Applies(RuleCodes.DocumentDatesOrder, lapse))
            {
                sink.Add(new RuleViolation(RuleCodes.DocumentDatesOrder, $"{document.Symbol} cannot leave force before it was issued ({issuedOn}).", $"documents[{i}].inForceTo", lapse.ToString("uuuu-MM-dd", null)));
            }

            for (var j = 0; j < document.Relations.Count; j++)
            {
                var target = document.Relations[j].Target;
                if ((!index.ContainsKey(target) || target == document.Symbol) && rules.Applies(RuleCodes.DocumentRelationTarget, null))
                {
                    sink.Add(new RuleViolation(RuleCodes.DocumentRelationTarget, target == document.Symbol ? $"{document.Symbol} cannot relate to itself." : $"{target} is not a document of the registry.", $"documents[{i}].relations[{j}].target", target.ToString()));
                }
            }
        }

        if (rules.Applies(RuleCodes.DocumentNoCycle, null) && FindCycle(documents, index) is { } cycle)
        {
            sink.Add(new RuleViolation(RuleCodes.DocumentNoCycle, $"The relations form a cycle: {string.Join(" → ", cycle.Select(i => documents[i].Symbol))}.", $"documents[{cycle[0]}].relations", documents[cycle[0]].Symbol.ToString()));
        }

        return sink;
    }

    /// <summary>Finds a document by symbol.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    public LegalDocument? Find(DocumentSymbol symbol) => bySymbol.GetValueOrDefault(symbol);

    /// <summary>Finds a document by its symbol however it was typed ("80/2020/ND-CP", "Số: 12-ct/tw").</summary>
    /// <param name="typed">The text.</param>
    /// <returns>The document, or <see langword="null"/> when the text is not a symbol or names no document here.</returns>
    public LegalDocument? Find(ReadOnlySpan<char> typed) => DocumentSymbol.Parse(typed).TryGetValue(out var symbol) ? Find(symbol) : null;

    /// <summary>Tells whether a document was in force on a date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="date">The date.</param>
    /// <returns>Yes, no, or possibly when a partial or unknown date leaves it open.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public Answer InForceOn(LegalDocument document, LocalDate date) => InForceDuring(document, date, date);

    /// <summary>Tells whether a document was in force on the days of a period — for a date known only to the month
    /// or year.</summary>
    /// <param name="document">The document.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>Yes when certainly in force on every day, no when certainly on none, otherwise possibly.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public Answer InForceDuring(LegalDocument document, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(document);
        Guard.Against.Below(to, from);
        var start = Start(document);
        var end = End(document);
        if (to < start.Min || (end is { } e && from >= e.Max))
        {
            return Answer.No;
        }

        return from >= start.Max && (end is not { } certain || to < certain.Min) ? Answer.Yes : Answer.Possibly;
    }

    /// <summary>Lists the documents in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The documents certainly or possibly in force, in registry order.</returns>
    public IReadOnlyList<AsOf<LegalDocument>> InForceOn(LocalDate date)
    {
        var result = new List<AsOf<LegalDocument>>();
        foreach (var document in Documents)
        {
            var answer = InForceOn(document, date);
            if (answer != Answer.No)
            {
                result.Add(new AsOf<LegalDocument>(document, answer == Answer.Yes ? Answer.Yes : Answer.Possibly));
            }
        }

        return result;
    }

    /// <summary>Finds the document that replaced another, if any.</summary>
    /// <param name="symbol">The replaced document's symbol.</param>
    /// <returns>The replacing document, or <see langword="null"/>.</returns>
    public LegalDocument? ReplacedBy(DocumentSymbol symbol) => replacedBy.GetValueOrDefault(symbol);

    /// <summary>Follows replacements from a document: 45/2010/NĐ-CP → 126/2024/NĐ-CP.</summary>
    /// <param name="symbol">The first document's symbol.</param>
    /// <returns>The document and each that replaced the one before it; empty when the symbol is not here.</returns>
    public IReadOnlyList<LegalDocument> ReplacementChain(DocumentSymbol symbol)
    {
        var chain = new List<LegalDocument>();
        for (var document = Find(symbol); document is not null; document = ReplacedBy(document.Symbol))
        {
            chain.Add(document);
        }

        return chain;
    }

    /// <summary>Lists everything that implements a document: the documents that guide it, and those that guide them.</summary>
    /// <param name="symbol">The directive's or resolution's symbol.</param>
    /// <returns>The implementing documents, nearest first.</returns>
    public IReadOnlyList<LegalDocument> Implementing(DocumentSymbol symbol)
    {
        var found = new List<LegalDocument>();
        var seen = new HashSet<DocumentSymbol> { symbol };
        var queue = new Queue<DocumentSymbol>([symbol]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var document in Documents)
            {
                if (document.Relations.Any(r => r.Kind == DocumentRelationKind.Guides && r.Target == current) && seen.Add(document.Symbol))
                {
                    found.Add(document);
                    queue.Enqueue(document.Symbol);
                }
            }
        }

        return found;
    }

    // The earliest and latest first day in force.
    private static Bounds<LocalDate> Start(LegalDocument document) =>
        document.InForceFrom is { } from ? new(from, from)
        : document.Issued is { } issued ? new(issued.Earliest, issued.Latest)
        : new(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    // The earliest and latest first day out of force — its own last day or its successor's first, whichever comes
    // first — or null while in force.
    private Bounds<LocalDate>? End(LegalDocument document)
    {
        // In force to the calendar's last day ("until further notice" written as 9999-12-31) is never out of force.
        Bounds<LocalDate>? lapse = document.InForceTo is { } to && CalendarMath.PlusDays(to, 1) is { } after ? new Bounds<LocalDate>(after, after) : null;
        Bounds<LocalDate>? replaced = ReplacedBy(document.Symbol) is { } successor ? Start(successor) : null;
        return (lapse, replaced) switch
        {
            ({ } a, { } b) => new Bounds<LocalDate>(LocalDate.Min(a.Min, b.Min), LocalDate.Min(a.Max, b.Max)),
            _ => lapse ?? replaced,
        };
    }

    // Depth-first search with an explicit stack, so that a long chain of relations cannot overflow the call stack.
    private static int[]? FindCycle(IReadOnlyList<LegalDocument> documents, Dictionary<DocumentSymbol, int> index)
    {
        var state = new byte[documents.Count]; // 0 unvisited, 1 on the path, 2 done
        var path = new List<int>();
        var next = new List<int>(); // for each document on the path, the next relation to follow
        for (var root = 0; root < documents.Count; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            state[root] = 1;
            path.Add(root);
            next.Add(0);
            while (path.Count > 0)
            {
                var top = path.Count - 1;
                var i = path[top];
                var relations = documents[i].Relations;
                if (next[top] == relations.Count)
                {
                    state[i] = 2;
                    path.RemoveAt(top);
                    next.RemoveAt(top);
                    continue;
                }

                var target = relations[next[top]++].Target;
                if (!index.TryGetValue(target, out var j) || j == i || state[j] == 2)
                {
                    continue;
                }

                if (state[j] == 1)
                {
                    return [.. path.Skip(path.IndexOf(j)), j];
                }

                state[j] = 1;
                path.Add(j);
                next.Add(0);
            }
        }

        return null;
    }
}
