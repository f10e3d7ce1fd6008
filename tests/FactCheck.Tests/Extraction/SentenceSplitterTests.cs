using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        new SentenceSplitter(Some.Lexicon.Abbreviations, Some.Lexicon.Time).Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Test]
    public void Split_EndsSentencesAtStopsAndLines_NotAtAbbreviations()
    {
        var sentences = Split("Ukraine's health ministry said 16 troops died. Mr. Avakov said about 20 people were killed.\nMariupol, 9 May");

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "Ukraine's health ministry said 16 troops died.",
            "Mr. Avakov said about 20 people were killed.",
            "Mariupol, 9 May",
        }));
    }

    // The Washington Post, January 2017; The Baltimore Sun, April 2021: "p.m." goes on with its time's day.
    [TestCase("Altenburg and Still also estimated that at about 2 p.m. Saturday, at least 470,000 people were at the women's march in Washington in the areas on and near the mall.", 1)]
    [TestCase("Firefighters were called to the blaze in Carrollton Ridge before 2:30 p.m. Friday. It was not immediately clear how the fire began or whether anyone was hurt or displaced.", 2)]
    public void Split_ClockTimeFollowedByItsDay_DoesNotEndTheSentence(string text, int sentences) =>
        Assert.That(Split(text), Has.Count.EqualTo(sentences));

    [Test]
    public void Split_DoesNotEndASentenceAtInitials()
    {
        var sentences = Split("Another 200 were discharged after receiving treatment Friday night, P.K. Jena, a top official, said. Hundreds more were treated.");

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "Another 200 were discharged after receiving treatment Friday night, P.K. Jena, a top official, said.",
            "Hundreds more were treated.",
        }));
    }

    [Test]
    public void Split_CutsARunOnListAtCommas_SoNoSentenceOutgrowsTheLimit()
    {
        // A pasted table or a dump of figures with no full stop: read as one sentence, every stage that
        // looks around each figure within its sentence would take time growing with its square.
        var text = "Casualty figures by village: " + string.Join(", ", Enumerable.Range(1, 20_000).Select(i => $"{i % 97 + 1} killed")) + ".";

        var sentences = Split(text);

        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Count.GreaterThan(text.Length / SentenceSplitter.MaxSentenceChars));
            Assert.That(sentences.Max(s => s.Length), Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceChars));
            Assert.That(sentences.Skip(1).All(s => char.IsDigit(s[0])), "each piece starts after a comma, at a figure");
            Assert.That(string.Join(" ", sentences), Is.EqualTo(text));
        });
    }
}
