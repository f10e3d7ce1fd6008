using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// An outlet named with who runs it ("State television", "Burma state-run TV") is the source, not "State" or "TV"; "set the death toll at"
/// gives a toll as "put" does, and so do a headline's "lowers" and "raises". Sentences from the reporting of the 2008 Cyclone Nargis, the
/// 2021 Myanmar coup and the 2018 Genoa bridge collapse.
/// </summary>
public sealed class OutletOwnersAndSetTollsTests
{
    // Devdiscourse (Reuters), 19 April 2021; The Irish Times, May 2008.
    [TestCase("State television said seven soldiers and 15 policemen were also killed in the protests.", 15, "State television")]
    [TestCase("Burma state-run TV reported today that the death toll had risen to more than 28,458 with 33,416 people were missing.", 33416, "Burma state-run TV")]
    [TestCase("The official death toll for Burma's cyclone disaster has jumped to almost 78,000 people, with nearly 56,000 missing, according to state TV.", 56000, "state TV")]
    public void AnOutletWithWhoRunsIt_IsTheSource(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));

    // PBS NewsHour (AP), 5 May 2008: the government set the toll, then raised it.
    [Test]
    public void SettingTheTollAtAFigure_GivesIt() =>
        Assert.That(Extracted.Figure("At first, the government set the death toll at 351 before increasing it Monday to 3,939.", 351).Claimant, Is.EqualTo("government"));

    // Written for the test: "set" with no toll, figure or tally after it reports nothing.
    [Test]
    public void SettingUpCheckpoints_ReportsNothing() =>
        Assert.That(Extracted.Figure("Police set up 20 checkpoints at the border.", 20).Claimant, Is.EqualTo("unattributed"));

    // Southern Standard (AP), August 2018; written for the test after it: a headline's present tense gives the toll too.
    [TestCase("Italy lowers confirmed death toll to 38 in Genoa collapse", 38, "Italy")]
    [TestCase("Myanmar raises cyclone death toll to 22,000", 22000, "Myanmar")]
    public void AHeadlineThatLowersOrRaisesAToll_GivesIt(string headline, double figure, string claimant) =>
        Assert.That(Extracted.Figure(headline, figure).Claimant, Is.EqualTo(claimant));
}
