namespace FactCheck.Rules.QuoteVariance;

/// <summary>
/// "quote-variance": the same speaker quoted twice in different words for evidently the same
/// statement: similar (FuzzySharp partial ratio between two thresholds) but not the same words.
/// </summary>
internal sealed class QuoteVarianceKind : IRuleKind
{
    public static readonly string[] Placeholders = ["speaker", "differences", "similarity", "a.document", "b.document", "a.date", "b.date"];

    public const string KindName = "quote-variance";

    public string Name => KindName;

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var minimum = (int)settings.Number("minSimilarity", 70, min: 0, max: 100);
        var maximum = (int)settings.Number("maxSimilarity", 98, min: 0, max: 100);
        if (minimum >= maximum) throw settings.Error($"'minSimilarity' ({minimum}) must be below 'maxSimilarity' ({maximum})", "minSimilarity");
        var lowBelow = (int)settings.Number("lowBelow", 85, min: 0, max: 100);
        // Only pairs from minSimilarity up to maxSimilarity are flagged: a threshold outside them grades every flag alike.
        if (lowBelow <= minimum || lowBelow >= maximum)
            throw settings.Error($"'lowBelow' ({lowBelow}) must lie between 'minSimilarity' ({minimum}) and 'maxSimilarity' ({maximum}), or every flag gets the same severity", "lowBelow");
        var message = new MessageTemplate(definition.Message, Placeholders, settings);
        settings.RejectUnknownFields();
        return new QuoteVarianceRule(definition, minimum, maximum, lowBelow, message, UnitSpellings.Load(definition.File));
    }
}
