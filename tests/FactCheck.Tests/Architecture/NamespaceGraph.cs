using Mono.Cecil;

namespace FactCheck.Tests.Architecture;

/// <summary>
/// Which namespaces of one assembly use which, read from its compiled IL (signatures, attributes and
/// method bodies), each edge with the first type pair that causes it, so a failure can name the code.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph() { }

    public IEnumerable<string> Namespaces => _edges.Keys;

    /// <summary>Namespace from -> namespace to -> "FromType uses ToType".</summary>
    public IReadOnlyDictionary<string, string> DependenciesOf(string ns) =>
        _edges.TryGetValue(ns, out var targets) ? targets : new SortedDictionary<string, string>();

    public static NamespaceGraph Of(System.Reflection.Assembly assembly, string namespacePrefix)
    {
        var graph = new NamespaceGraph();
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        var types = definition.MainModule.GetTypes()
            .Where(t => OwnNamespace(t).StartsWith(namespacePrefix, StringComparison.Ordinal))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            var from = OwnNamespace(type);
            graph._edges.TryAdd(from, new SortedDictionary<string, string>(StringComparer.Ordinal));
            foreach (var used in TypeUsages.Of(type))
            {
                var to = OwnNamespace(used);
                if (to == from || !to.StartsWith(namespacePrefix, StringComparison.Ordinal)) continue;
                graph._edges[from].TryAdd(to, $"{OuterName(type)} uses {OuterName(used)}");
            }
        }
        return graph;
    }

    /// <summary>
    /// Every cycle that runs through each namespace of a strongly connected group, shortest first,
    /// each written "A -> B -> A" with one type per edge; empty when the graph has no cycle.
    /// </summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in _edges.Keys)
        {
            var path = ShortestPathBack(start);
            if (path is null) continue;
            var key = string.Join(" ", path.Skip(1).OrderBy(n => n, StringComparer.Ordinal));
            if (!seen.Add(key)) continue;
            var edges = path.Zip(path.Skip(1), (a, b) => $"    {a} -> {b}: {_edges[a][b]}");
            cycles.Add(string.Join(" -> ", path) + Environment.NewLine + string.Join(Environment.NewLine, edges));
        }
        return cycles;
    }

    // Breadth-first from start's neighbours until start is reached again: the shortest cycle through it.
    private List<string>? ShortestPathBack(string start)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in DependenciesOf(node).Keys)
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = cameFrom[at]) path.Insert(1, at);
                    path.Add(start);
                    return path;
                }
                if (cameFrom.TryAdd(next, node)) queue.Enqueue(next);
            }
        }
        return null;
    }

    // A nested type (closures, state machines, inner records) belongs to its outermost type's namespace.
    private static string OwnNamespace(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.Namespace;
    }

    private static string OuterName(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.FullName;
    }
}
