using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using FriendshipUnion.Domain.Datasets;

namespace FriendshipUnion.Domain.Tests;

/// <summary>
/// The layers point one way. The namespace graph is read from the library's IL (method bodies included), and every
/// dependency must point down the table below: a concept depends only on the kernel, the rules and the concepts
/// below it, never up or sideways; nothing forms a cycle.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ArchitectureTests
{
    private const string Root = "FriendshipUnion.Domain";

    /// <summary>Each layer with its rank: a namespace may depend only on namespaces of a lower rank.</summary>
    internal static readonly IReadOnlyDictionary<string, int> Ranks = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [$"{Root}.Kernel"] = 0,
        [$"{Root}.Rules"] = 1,
        [$"{Root}.Terms"] = 2,
        [$"{Root}.Documents"] = 2,
        [$"{Root}.Currencies"] = 2,
        [$"{Root}.Provinces"] = 2,
        [$"{Root}.Committees"] = 3,
        [$"{Root}.Implementation"] = 3,
        [$"{Root}.Aid"] = 3,
        [$"{Root}.Organizations"] = 4,
        [$"{Root}.Datasets"] = 5,
        [$"{Root}.Serialization"] = 6,
        [$"{Root}.Data"] = 7,
    };

    private static readonly Dictionary<(string From, string To), string> Examples = [];

    private static readonly Lazy<Dictionary<string, IReadOnlySet<string>>> Graph = new(ReadGraph);

    [Fact]
    public void Every_namespace_of_the_library_is_a_layer()
    {
        var unknown = Graph.Value.Keys.Where(n => !Ranks.ContainsKey(n)).ToArray();

        Assert.True(unknown.Length == 0, $"Namespaces without a layer: {string.Join(", ", unknown)}");
        Assert.Equal(Ranks.Count, Graph.Value.Count);
    }

    [Fact]
    public void Every_dependency_points_down_the_layers()
    {
        var violations = Violations(Graph.Value, Ranks);
        Assert.True(violations.Length == 0, $"Dependencies that point up or sideways: {string.Join("; ", violations.Select(v => $"{v} ({Examples.GetValueOrDefault(Edge(v))})"))}");
    }

    [Fact]
    public void The_namespaces_form_no_cycle() =>
        Assert.Null(FindCycle(Graph.Value));

    [Fact]
    public void The_check_fails_on_a_dependency_that_points_up_or_sideways_or_round()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>
        {
            [$"{Root}.Kernel"] = new HashSet<string> { $"{Root}.Rules" },
            [$"{Root}.Rules"] = new HashSet<string> { $"{Root}.Kernel" },
            [$"{Root}.Aid"] = new HashSet<string> { $"{Root}.Committees", $"{Root}.Currencies" },
            [$"{Root}.Committees"] = new HashSet<string>(),
        };

        Assert.Equal([$"{Root}.Kernel -> {Root}.Rules", $"{Root}.Aid -> {Root}.Committees"], Violations(graph, Ranks));
        Assert.NotNull(FindCycle(graph));
        Assert.Null(FindCycle(new Dictionary<string, IReadOnlySet<string>> { ["a"] = new HashSet<string> { "b" }, ["b"] = new HashSet<string>() }));
    }

    internal static string[] Violations(IReadOnlyDictionary<string, IReadOnlySet<string>> graph, IReadOnlyDictionary<string, int> ranks) =>
        graph.SelectMany(node => node.Value.Select(target => (From: node.Key, To: target)))
            .Where(edge => !ranks.TryGetValue(edge.From, out var from) || !ranks.TryGetValue(edge.To, out var to) || to >= from)
            .Select(edge => $"{edge.From} -> {edge.To}")
            .ToArray();

    /// <summary>Finds a cycle by depth-first search with an explicit stack.</summary>
    /// <returns>The namespaces of a cycle, or <see langword="null"/>.</returns>
    internal static string[]? FindCycle(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        foreach (var start in graph.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new List<string> { start };
            var stack = new Stack<IEnumerator<string>>();
            state[start] = 1;
            stack.Push(Next(start).GetEnumerator());
            while (stack.Count > 0)
            {
                if (!stack.Peek().MoveNext())
                {
                    stack.Pop();
                    state[path[^1]] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                var target = stack.Peek().Current;
                if (state.GetValueOrDefault(target) == 1)
                {
                    return [.. path.Skip(path.IndexOf(target)), target];
                }

                if (!state.ContainsKey(target))
                {
                    state[target] = 1;
                    path.Add(target);
                    stack.Push(Next(target).GetEnumerator());
                }
            }
        }

        return null;

        IEnumerable<string> Next(string node) => graph.TryGetValue(node, out var targets) ? targets : [];
    }

    private static (string, string) Edge(string violation)
    {
        var parts = violation.Split(" -> ");
        return (parts[0], parts[1]);
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadGraph()
    {
        var architecture = new ArchLoader().LoadAssemblies(typeof(UnionDataset).Assembly).Build();
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (IType type in architecture.Types)
        {
            var from = type.Namespace?.FullName ?? string.Empty;
            if (!from.StartsWith(Root + ".", StringComparison.Ordinal))
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var targets))
            {
                targets = new HashSet<string>(StringComparer.Ordinal);
                graph[from] = targets;
            }

            // A generic parameter is no dependency (the loader may name it after the method that declares a like-named one).
            foreach (var dependency in type.Dependencies.Where(d => d.Target is not GenericParameter))
            {
                var to = dependency.Target?.Namespace?.FullName ?? string.Empty;
                if (to != from && to.StartsWith(Root + ".", StringComparison.Ordinal))
                {
                    targets.Add(to);
                    Examples.TryAdd((from, to), $"{type.FullName} uses {dependency.Target!.FullName}");
                }
            }
        }

        return graph.ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Value, StringComparer.Ordinal);
    }
}
