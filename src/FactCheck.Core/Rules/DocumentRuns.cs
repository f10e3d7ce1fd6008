using FactCheck.Extraction;

namespace FactCheck.Rules;

/// <summary>
/// Groups claims by their document and a key within it, as Enumerable.GroupBy would (groups in order
/// of first appearance, members in input order), one document at a time when the claims come one
/// document at a time, as the store gives them. A single table over every group of a large corpus
/// outgrew the processor's caches: at 543,480 claims grouping took three times as long as at half.
/// </summary>
internal static class DocumentRuns
{
    public static List<List<Claim>> Group<TKey>(IReadOnlyList<Claim> claims, Func<Claim, TKey> keyWithinDocument) where TKey : notnull
    {
        var groups = new List<List<Claim>>();
        var current = new Dictionary<TKey, List<Claim>>();
        var finished = new HashSet<string>(StringComparer.Ordinal);
        string? document = null;
        foreach (var claim in claims)
        {
            if (!ReferenceEquals(claim.Document, document) && claim.Document != document)
            {
                // A document seen before comes back: the claims are not in runs, so group them in one table.
                if (!finished.Add(claim.Document))
                    return claims.GroupBy(c => (c.Document, keyWithinDocument(c))).Select(g => g.ToList()).ToList();
                current.Clear();
                document = claim.Document;
            }
            var key = keyWithinDocument(claim);
            if (!current.TryGetValue(key, out var group))
            {
                current[key] = group = [];
                groups.Add(group);
            }
            group.Add(claim);
        }
        return groups;
    }
}
