using System.Collections;
using System.Text.Json;
using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>
/// A stored flag's conditions, parsed from their JSON on first use: listing, counting and reporting
/// flags rarely looks at them, and they are most of what a flag stores.
/// </summary>
internal sealed class StoredConditions(string json) : IReadOnlyList<Condition>
{
    private List<Condition>? _parsed;

    private List<Condition> Parsed => _parsed ??= JsonSerializer.Deserialize<List<Condition>>(json) ?? [];

    public Condition this[int index] => Parsed[index];

    public int Count => Parsed.Count;

    public IEnumerator<Condition> GetEnumerator() => Parsed.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
