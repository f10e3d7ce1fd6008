using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction.Evaluation;

public sealed class GoldFileTests
{
    private const string Text = "At 19:31, police said 300 people marched; organisers said 3,000 people marched on Saturday.";

    private static GoldFile Load(string json, string? text = Text)
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("march.gold.json"), json);
        return GoldFile.Load(directory.File("march.gold.json"), text);
    }

    [Test]
    public void Load_ReadsPlaceDateModalityAndNotClaimsOfTheSharedFormat()
    {
        var gold = Load("""
            {
              "$comment": "a march",
              "document": "march.txt",
              "claims": [
                {"text": "300 people", "occurrence": 0, "metric": "count", "subject": "people", "low": 300, "high": 300, "qualifier": "exact",
                 "claimant": "police", "location": null, "date": null, "note": "turnout"},
                {"text": "people marched", "occurrence": 1, "metric": "count", "subject": "people", "low": 3000, "high": 3000, "qualifier": "exact",
                 "claimant": "organisers", "location": "Paris", "date": "on Saturday", "modality": "projection"}
              ],
              "not_claims": [{"text": "19:31", "occurrence": 0, "why": "clock time"}]
            }
            """);
        Assert.That(gold.Claims.Select(c => (c.Location, c.Date, c.Modality)),
            Is.EqualTo(new (string?, string?, Modality)[] { (null, null, Modality.Asserted), ("Paris", "on Saturday", Modality.Projection) }));
        Assert.That(gold.Claims[1].Start, Is.EqualTo(Text.LastIndexOf("people marched", StringComparison.Ordinal)));
        var notClaim = gold.NotClaims.Single();
        Assert.That((notClaim.Why, notClaim.Start, notClaim.End), Is.EqualTo(("clock time", 3, 8)));
    }

    [Test]
    public void Load_ReadsTheSeedFormatWithoutPlaceDateOrNotClaims()
    {
        var gold = Load("""
            {"document": "march.txt", "claims": [
              {"text": "3,000", "metric": "count", "subject": "people", "low": 3000, "high": 3000, "qualifier": "exact", "claimant": "organisers", "period": null}
            ]}
            """);
        Assert.That((gold.Claims.Single().Location, gold.Claims.Single().Date, gold.Claims.Single().Modality), Is.EqualTo(((string?)null, (string?)null, Modality.Asserted)));
        Assert.That(gold.NotClaims, Is.Empty);
    }

    [Test]
    public void Load_EverySeedGoldFileStillLoads()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "FactCheck.Tests", "Gold"), "*.gold.json");
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
            Assert.That(GoldFile.Load(file, documentText: null).Claims, Is.Not.Empty, file);
    }

    [TestCase("locaton", "\"Paris\"")]
    [TestCase("modality", "\"forecast\"")]
    public void Load_AMisspeltFieldOrUnknownModalityIsAnErrorNamingTheFile(string field, string value)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load($$"""
            {"document": "march.txt", "claims": [
              {"text": "3,000", "metric": "count", "subject": "people", "low": 3000, "high": 3000, "qualifier": "exact", "claimant": "organisers", "{{field}}": {{value}}}
            ]}
            """));
        Assert.That(error!.Message, Does.Contain("march.gold.json"));
    }

    [Test]
    public void Load_ANotClaimMissingFromTheTextIsAnError()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            {"document": "march.txt", "claims": [], "not_claims": [{"text": "19:31", "occurrence": 1, "why": "clock time"}]}
            """));
        Assert.That(error!.Message, Does.Contain("'19:31' (occurrence 1) is not in march.txt"));
    }

    [Test]
    public void Load_CountsOccurrencesFromOneCharacterAfterThePreviousMatch()
    {
        var gold = Load("""
            {"document": "aaa.txt", "claims": [], "not_claims": [{"text": "aa", "occurrence": 1, "why": "overlapping"}]}
            """, "aaa");
        Assert.That(gold.NotClaims.Single().Start, Is.EqualTo(1));
    }
}
