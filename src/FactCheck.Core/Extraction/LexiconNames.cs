namespace FactCheck.Extraction;

/// <summary>
/// The names one lexicon file gives to one kind of thing ("killed", "soldiers", "km", "USD"), each
/// with the words the lexicon reads as it ("dead", "troops", "kilometres", "dollars"): what a rule
/// file may name, and what a misspelling is measured against.
/// </summary>
internal sealed record NamedWords(string File, IReadOnlyDictionary<string, IReadOnlyList<string>> WordsByName);

/// <summary>The names a rule file can use from the lexicon, by kind.</summary>
internal sealed record LexiconNames(NamedWords Metrics, NamedWords Subjects, NamedWords Units, NamedWords Currencies, NamedWords Events);
