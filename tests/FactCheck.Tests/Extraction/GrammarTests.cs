using System.Text.RegularExpressions;
using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>The closed word classes of rules/lexicon/grammar.json: data the extractor reads, checked when loaded.</summary>
public sealed class GrammarTests
{
    // A real construction (Reuters, 2017): the agency passes on what police told it.
    private const string Cited = "Seven people were killed in the blast, according to Reuters news agency, citing local police.";

    [Test]
    public void Extract_ASourceCitingAnother_GivesTheFigureToTheOneCited()
    {
        Assert.That(Claim(Some.Lexicon).Claimant, Is.EqualTo("local police"));
    }

    [Test]
    public void Extract_WithoutTheCitingVerbInTheGrammar_KeepsTheFirstSource()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        Edit(folder, "\"citingVerbs\": \\[[^\\]]*\\]", "\"citingVerbs\": [\"by way of\"]");

        Assert.That(Claim(Lexicon.Load(folder.Path)).Claimant, Is.EqualTo("Reuters"));
    }

    [Test]
    public void Load_GrammarMissingAList_FailsNamingTheFileAndTheList()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        Edit(folder, "\\s*\"articles\": \\[[^\\]]*\\],", "");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Does.Contain("grammar.json").And.Contain("articles").IgnoreCase);
    }

    [Test]
    public void Load_GrammarListWithAnEmptyWord_FailsNamingTheFileAndWhere()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        Edit(folder, "\"beForms\": \\[", "\"beForms\": [\"\", ");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Does.Contain("grammar.json").And.Contain("line").And.Contain("empty"));
    }

    private static Claim Claim(Lexicon lexicon) => new ClaimExtractor(lexicon).Extract(Some.Document(Cited)).Single(c => c.Low == 7);

    private static void Edit(TemporaryDirectory folder, string pattern, string replacement)
    {
        var grammar = Path.Combine(folder.Path, "lexicon", "grammar.json");
        var text = File.ReadAllText(grammar);
        var edited = Regex.Replace(text, pattern, replacement);
        Assert.That(edited, Is.Not.EqualTo(text), "the edit applies to the shipped grammar.json");
        File.WriteAllText(grammar, edited);
    }
}
