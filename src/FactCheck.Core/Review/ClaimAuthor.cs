using FactCheck.Extraction;

namespace FactCheck.Review;

/// <summary>
/// Who made a claim, typed as schema.org lets a ClaimReview name a claim's author: a Person or an
/// Organization. A person only when the lexicon says so (its claimants' "person"), or when the name
/// is a personal name as attribution reads one (capitalised words, none an organisation's head or a
/// source noun: "Arsen Avakov"); a state, ministry, agency or a group such as "police" is an
/// Organization. Country is a Place, not an author; GovernmentOrganization would need the lexicon to
/// tell governments from agencies and NGOs, which it does not, so every body is an Organization.
/// </summary>
public sealed class ClaimAuthor(Lexicon lexicon)
{
    public const string Person = "Person", Organization = "Organization";

    private readonly Dictionary<string, ClaimantEntry> _claimants = lexicon.Claimants
        .SelectMany(c => c.Aliases.Prepend(c.Name).Select(alias => (alias, c)))
        .DistinctBy(p => p.alias, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(p => p.alias, p => p.c, StringComparer.OrdinalIgnoreCase);

    /// <summary>"Person" or "Organization" for a claimant's name as stored.</summary>
    public string TypeOf(string name)
    {
        if (_claimants.TryGetValue(name, out var entry)) return entry.Person ? Person : Organization;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sources = lexicon.Sources;
        var named = words.Length >= 2 && words.All(w => char.IsUpper(w[0]))
                    && !words.Any(w => sources.OrganisationHeads.Contains(w) || sources.Nouns.Contains(w) || lexicon.UnnamedSources.Contains(w));
        return named ? Person : Organization;
    }
}
