using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Periods written day first ("since 7 October", "Between 7 October 2023 and 12:30 on 1 March 2024"), figures added to a toll named after
/// them ("adding to the already staggering toll"), and airlines named after a place ("Air India", "Jeju Air"). Sentences from real news.
/// </summary>
public sealed class SpansAdditionsAndAirlinesTests
{
    // UN OCHA Flash Update, 1 March 2024; TheJournal.ie, 2 March 2024: a war-long total and a day's count are counts over different periods.
    [TestCase("Between 7 October 2023 and 12:30 on 1 March 2024, at least 30,228 Palestinians were killed in Gaza and 71,377 Palestinians were injured, according to MoH in Gaza.",
        30228, "Between 7 October 2023 and 12:30 on 1 March 2024")]
    [TestCase("Between the afternoon of 29 February and 12:30 on 1 March, according to the Ministry of Health (MoH) in Gaza, 193 Palestinians were killed, and 920 Palestinians were injured.",
        193, "Between the afternoon of 29 February and 12:30 on 1 March")]
    [TestCase("The aid convoy deaths pushed the death toll in Gaza since 7 October to 30,228, according to Gaza’s health ministry.", 30228, "since 7 October")]
    public void APeriodWrittenDayFirst_IsTheFiguresPeriod(string sentence, double figure, string period) =>
        Assert.That(Extracted.Figure(sentence, figure).Period, Is.EqualTo(period));

    // Hindustan Times, 15 June 2025; Türkiye Today, February 2024: what is added to a toll is part of it, not a rival toll.
    [Test]
    public void BodiesAddingToTheToll_AreAPartOfIt() =>
        Assert.That(Extracted.Figure("Officials said they pulled out three bodies from the debris on Saturday, adding to the already staggering toll from the Thursday afternoon crash " +
                                     "of the London-bound Air India 171 flight just outside Ahmedabad airport.", 3).PartOfGroup, Is.True);

    [Test]
    public void FatalitiesAddedToTheTally_AreAPart_TheTollStaysWhole()
    {
        var claims = Extracted.Claims("Marisol Prado, head of the Chilean Forensic Medical Service, said the death toll was now up to 122, with 10 new fatalities added to the tally on Monday afternoon.");
        Assert.That((claims.Single(c => c.Low == 10).PartOfGroup, claims.Single(c => c.Low == 122).PartOfGroup), Is.EqualTo((true, false)));
    }

    // Lancashire Evening Post, 12 June 2025; Malay Mail (Bernama), 30 December 2024: an airline named after a place is the airline, no place.
    [Test]
    public void AnAirlineNamedAfterACountry_IsTheAirline() =>
        Assert.That(Extracted.Figure("Air India confirmed 241 of the 242 people aboard flight AI171 have died in the crash in Ahmedabad, with British passenger " +
                                     "Vishwash Kumar Ramesh, 40, the sole survivor.", 241).Claimant, Is.EqualTo("Air India"));

    [Test]
    public void AnAirlineNamedAfterARegion_BeforeItsCrash_IsNoPlace() =>
        Assert.That(Extracted.Figure("MUAN (South Korea), Dec 30 — The remains of 141 of the 179 people killed in this week’s Jeju Air plane crash have tentatively been identified, " +
                                     "the land ministry said today.", 179).Location, Is.Not.EqualTo("Jeju"));

    // South China Morning Post, 14 November 2016: a rank after an air force's word is a title, not part of the name.
    [Test]
    public void AnAirCommodore_IsThePersonNamedAfterTheRank() =>
        Assert.That(Extracted.Claims("“From all directions, Kaikoura has essentially been isolated,” Air Commodore Darryn Webb, the Acting Commander of New Zealand’s Joint Forces, said.")
            .Single(c => c.Metric == "quote").Claimant, Is.EqualTo("Darryn Webb"));
}
