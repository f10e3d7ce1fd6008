using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A shipwreck's figures: the drowned, the survivors brought ashore, the bodies recovered and how many the boat carried. Sentences from the
/// reporting of the June 2023 Pylos shipwreck.
/// </summary>
public sealed class ShipwreckFiguresTests
{
    // AP via KTVZ, 17 June 2023.
    private const string Recovered = "The coast guard has recovered 104 survivors and 78 bodies from the trawler, which carried as many as 750 passengers.";

    [TestCase(Recovered, 104, "rescued")]
    [TestCase(Recovered, 78, "killed")]
    [TestCase(Recovered, 750, "aboard")]
    // Warsaw Point (Reuters), 15 June 2023; The Straits Times, 15 June 2023.
    [TestCase("At least 79 migrants drowned early on Wednesday and hundreds more were missing and likely dead after their overloaded boat capsized " +
              "and sank in open seas off Greece.", 79, "killed")]
    [TestCase("Greek authorities said 104 survivors had been brought ashore.", 104, "rescued")]
    public void EachFigureOfTheWreck_CountsWhatItsWordsSay(string sentence, double figure, string metric) =>
        Assert.That(Extracted.Claims(sentence).First(c => c.Low == figure || c.High == figure).Metric, Is.EqualTo(metric));
}
