using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

public sealed class LexiconTests
{
    [Test]
    public void Load_ShippedLexicon_HasClaimantsWithFamilies()
    {
        var kremlin = Some.Lexicon.Claimants.Single(c => c.Name == "Kremlin");
        Assert.That(kremlin.Family, Is.EqualTo("Russia"));
    }

    [Test]
    public void Load_UnknownField_FailsNamingTheFile()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var metrics = Path.Combine(folder.Path, "lexicon", "metrics.json");
        File.WriteAllText(metrics, File.ReadAllText(metrics).Replace("\"metrics\":", "\"metricz\": {}, \"metrics\":"));
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Does.Contain("metrics.json").And.Contain("metricz"));
    }

    [Test]
    public void Load_MalformedJson_FailsWithLine()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        File.WriteAllText(Path.Combine(folder.Path, "lexicon", "claimants.json"), "{\n  \"claimants\": [\n    { \"name\": \"NATO\", }\n  ,,]\n}");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Does.Contain("claimants.json").And.Contain("line"));
    }

    [Test]
    public void Load_InvalidPeriodPattern_FailsNamingThePattern()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        File.WriteAllText(Path.Combine(folder.Path, "lexicon", "periods.json"), "{ \"patterns\": [\"in the (past\"] }");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Does.Contain("periods.json").And.Contain("in the (past"));
    }
}
