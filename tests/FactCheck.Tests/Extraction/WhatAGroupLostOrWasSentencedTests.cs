using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// What happened to a group when its verb says what it lost ("lost vision", "lost power"), when it was sentenced, and when a death is one
/// person's ("Since her death, thousands have been demonstrating"). Sentences from the reporting of the 2019 Chile protests, the 2021
/// Myanmar coup, the 2022 Iran protests and the 2011 England riots.
/// </summary>
public sealed class WhatAGroupLostOrWasSentencedTests
{
    // News4Jax (AP), 29 November 2019; Bloomberg, November 2019: sight lost is an injury, not a death.
    [TestCase("At least 232 people have lost vision during five weeks of protest in Chile against deep inequality and calling for better social services and pensions.", 232)]
    [TestCase("At least 26 have completely lost vision in one eye, according to the Salvador Hospital ophthalmology unit in Santiago.", 26)]
    public void LostVision_IsAnInjury(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Metric, Is.EqualTo("wounded"));

    // Written for the test: a group that lost something it had was not lost itself; a group lost was ("Russia lost 15,000 troops").
    [TestCase("About 5,000 people lost power after the storm.", 5000, "killed", false)]
    [TestCase("Some 3,000 workers lost their jobs.", 3000, "killed", false)]
    [TestCase("Russia lost 15,000 troops in the war.", 15000, "killed", true)]
    public void WhatAGroupLost_IsNotItsDeath(string sentence, double figure, string metric, bool expected) =>
        Assert.That(Extracted.Figure(sentence, figure).Metric == metric, Is.EqualTo(expected));

    // AAPP daily briefing, 20 April 2021; Channel 4 News, August 2011: a sentence, even to death, is no death.
    [TestCase("1020 have been issued arrest warrants; of them 20 were sentenced to death and 14 to three years imprisonment with hard labour, who are evading arrest.", 20)]
    [TestCase("Of those, 618 people have been sentenced with 255 jailed.", 618)]
    public void ASentence_IsCountedAsOne(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Metric, Is.EqualTo("sentenced"));

    // A News, 11 November 2022: one person's death opening the sentence says nothing of what the crowd did.
    [Test]
    public void OnePersonsDeathBeforeACrowd_LeavesItACrowd() =>
        Assert.That(Extracted.Figure("Since her death, thousands have been demonstrating across the country against the repressive course of the government " +
                                     "and the Islamic system of rule.", 2000).Metric, Is.EqualTo("participated"));

    // Irish Examiner, August 2011: a death that is the sentence's subject still tells of the deaths it is set beside.
    [Test]
    public void ADeathAsTheSubject_KeepsTheOthersDeaths() =>
        Assert.That(Extracted.Figure("His death follows those of three friends who were run down by a car as they attempted to protect their community from looters " +
                                     "in Birmingham.", 3).Metric, Is.EqualTo("killed"));
}
