using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Where a source spoke ("told Reuters in Bangkok") and where a body is based ("an unlawful organisation based in neighbouring Thailand") are
/// no figure's place and set no later sentence there; nor is where the reporter filed a government's national toll's. Sentences from the
/// reporting of the 2008 Cyclone Nargis, the 2021 Myanmar coup, the 2019 Sri Lanka bombings and the 2020 Thai protests.
/// </summary>
public sealed class WhereSourcesSpokeOrAreBasedTests
{
    // Reuters, 5 May 2008.
    [Test]
    public void APlaceAfterWhomASourceTold_IsWhereItSpoke() =>
        Assert.That(Extracted.Figure("Myanmar believes 13,000 dead, missing from cyclone\n\n“The basic message was that they believe the provisional death toll was " +
                                     "about 10,000 with 3,000 missing,” a Yangon-based diplomat told Reuters in Bangkok.", 3000).Location, Is.Not.EqualTo("Bangkok"));

    // Reuters, November 2017 (reuters-2017 row 937): "told Congress in August" is when, and takes nothing from the place after it.
    [Test]
    public void AMonthAfterWhomASourceTold_LeavesTheSentencesPlace() =>
        Assert.That(Extracted.Figure("General Paul Selva, vice chairman of the Joint Chiefs of Staff, told Congress in August he believed Moscow was already two-thirds " +
                                     "of the way through its nuclear modernization process.", 66.7).Location, Is.EqualTo("Moscow"));

    // Devdiscourse (Reuters), 19 April 2021: where the monitoring group is based is not where the next sentence's deaths were.
    [Test]
    public void WhereABodyIsBased_SetsNoLaterSentenceThere() =>
        Assert.That(Extracted.Figure("State television said the AAPP was an unlawful organisation based in neighbouring Thailand that was unable to provide the actual " +
                                     "number of deaths. Three protesters were killed when they fired at each other, it said.", 3).Location, Is.Not.EqualTo("Thailand"));

    // Gulf News (AFP), 25 April 2019; Deseret News (AP), 24 June 2008: a government's toll under a dateline, the sentence naming no place,
    // is its country's.
    [TestCase("COLOMBO: Sri Lankan authorities on Thursday revised the toll from Easter bombings down to 253, from the previous figure of 359.", 253, "Sri Lanka")]
    [TestCase("YANGON, Myanmar — Myanmar said Tuesday that 84,500 people perished in last month's cyclone.", 84500, "Myanmar")]
    public void AGovernmentsTollUnderADateline_IsItsCountrys(string sentence, double figure, string country) =>
        Assert.That(Extracted.Figure(sentence, figure).Location, Is.EqualTo(country));

    // Khaosod English, 2020: an organisation named for the country still counts where the reporter is, when nothing else says where.
    [Test]
    public void AnOrganisationsCountUnderADateline_StaysThere() =>
        Assert.That(Extracted.Figure("BANGKOK — At least 20 people were arrested by police shortly after 4am, the Thai Lawyers for Human Rights said.", 20).Location,
            Is.EqualTo("Bangkok"));
}
