using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Sources read through what stands between them and their verb: a relative clause, an aside, an ampersand, a possessive
/// before a document. Sentences from real news.
/// </summary>
public sealed class SourceAsidesTests
{
    private static Claim Figure(string text, double low) => Extracted.Figure(text, low);

    // The Straits Times, November 2018: the figure in a "who" clause set off after the source is the source's.
    [TestCase("Chief Minister Edappadi Palaniswami, who has announced compensation of US$14,000 (S$19,200) each to the families of victims, said most deaths were caused by flooding.", 14000, "Edappadi Palaniswami")]
    // Insurance Journal, October 2024; Reuters, 2017: an aside whose words "and" joins, an ampersand inside the name.
    [TestCase("CoreLogic, a real estate information and analytics firm based in Irvine, has estimated that real estate property damages stemming from Hurricane Helene will fall between $30.5 billion to $47.5 billion.", 30.5e9, "CoreLogic")]
    [TestCase("Modeling and analytics firm Karen Clark & Co. on Wednesday said privately insured losses from Hurricane Helene will be about $6.4 billion from wind, storm surge and inland flooding in nine states.", 6.4e9, "Karen Clark & Co")]
    [TestCase("Elsewhere, farm machinery maker Deere & Co (DE.N) announced that it spent $305 million to buy precision weed-killing robot maker Blue River Technology.", 305e6, "Deere & Co")]
    // KEYT (CNN), September 2024: a name's possessive before the document it wrote.
    [TestCase("(CNN) — The death toll from Helene has risen to at least 232 people across six states, according to CNN’s tally, after more deaths were announced over the weekend.", 232, "CNN")]
    // NewsHub, March 2025: a participle ending an aside's noun is no verb of the sentence, even a reporting one.
    [TestCase("However, the Public Assembly Archive, an unofficial organisation estimating the number of protesters in Serbia, said between 275,000 and 325,000 people took part in the Belgrade demonstration.", 275000, "Public Assembly Archive")]
    // News Today, September 2023: where the source said it, set off between the source and its verb.
    [TestCase("But the OCHA, in its previous report, said at least 11,300 people had died in Derna.", 11300, "OCHA")]
    // Mint, September 2023: a time between the source and its verb, and an organisation's name with two links.
    [TestCase("The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) over the weekend announced 11,300 dead and 10,100 missing in Derna.", 10100, "United Nations Office for the Coordination of Humanitarian Affairs")]
    // Otago Daily Times (Reuters), June 2023: a name's initials, each with its stop.
    [TestCase("The death toll has reached 288, said K. S. Anand, chief public relations officer of the South Eastern Railway.", 288, "K. S. Anand")]
    // Zero Ready, September 2023: "put the death toll as high as" reports as "put the death toll at" does.
    [TestCase("Meanwhile, the director of the medical centre of the eastern town of Al-Bayda, Abdul Rahim Mazeq, put the death toll from the floods as high as 20,000.", 20000, "Abdul Rahim Mazeq")]
    // Glob News, March 2025: an age's number and hyphens inside an aside; a source in "what the government says" speaks of what it names.
    [TestCase("Dragana, a 21-year-old Beograd student, insisted that “there were easily over 500,000 protestors, despite what the government says”.", 500000, "Dragana")]
    // Breaking Latest News and Daily Maverick, February 2023: the agent after "as", a participle and "by"; firefighters are a source.
    [TestCase("Gradually they began to recover the bodies pushed by the tide onto the shoreline, first about twenty, then more and more until, at present, there are " +
              "59 victims, including 12 children and 33 women, as announced by the Prefecture of Croton.", 59, "Prefecture")]
    [TestCase("About forty people survived the accident, Italian firefighters added.", 40, "Italian firefighters")]
    // MENAFN, March 2024: a source "with" brings in, updating a toll, gives that toll.
    [TestCase("(MENAFN) The aftermath of Friday's terrorist attack at a concert hall in Moscow continues to unfold, with Russia's Investigative Committee updating " +
              "the death toll to at least 137 lives lost.", 137, "Russia")]
    // The Guardian, February 2003: an adverb between the source and its verb inside a which-clause.
    [TestCase("The London demonstration, which organisers currently estimate to be 1.5m people strong, began ahead of its scheduled starting time.", 1.5e6, "organisers")]
    // Asian Voice, December 2019; LA Times, September 2013: who a statement was made to, and a participle's aside with "as", stand between.
    [TestCase("The U.S. State Department, in a statement to Reuters, said it estimates that many hundreds of Iranians were killed, and has seen reports that number could be over 1,000.", 1000, "United States")]
    [TestCase("The Syrian Observatory for Human Rights, generally regarded as one of the most reliable sources of information on casualty figures in Syria, says it has confirmed " +
              "502 deaths, including 80 children and 137 women.", 502, "Syrian Observatory for Human Rights")]
    public void SourceBeyondAnAsideOrInsideAName_GivesTheFigure(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Reuters, November 2017: "put in ... measures" is no "put ... as high as": a cue's two words stand together.
    // Adapted from MENAFN, March 2024: a source "with" brings in after the figure says its own figure, not this one.
    [TestCase("The attack killed 133 people, with Russia's Investigative Committee updating the death toll to at least 137.", 133)]
    [TestCase("Republicans put in anti-abuse measures to ensure owners of bona fide business operations claim the 20 percent deduction and prevent high earners from seeking to recategorize their income.", 20)]
    // The Straits Times (AP), August 2022: a source inside a relative clause closed before the figure says nothing of it.
    [TestCase("The flooding, which experts say is made worse by climate change, has killed 1,719 people and affected 33 million since mid-June.", 1719)]
    // Reuters, November 2017: a verb in a "who" clause after the figure speaks of the clause's own subject.
    [TestCase("In a day of harsh recriminations over Tuesday’s attack that killed eight people in America’s largest city, Trump appeared to assign some blame for an incident that authorities have labeled as terrorism to top Senate Democrat Chuck Schumer, who accused Trump of politicizing a national tragedy.", 8)]
    // HuffPost UK, June 2017: "reports" a past verb takes is its object, no verb of its own; what they said is nobody's here.
    [TestCase("On Monday, police denied reports that hundreds of people were still missing.", 200)]
    public void VerbInARelativeClauseOrANounAfterADenial_ReportsNoFigure(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(Claim.Unattributed));

    // Reuters, November 2017: a name, its title, then an aside on the title's organisation.
    [Test]
    public void NameBeforeATitleAndAnAsideOnItsOrganisation_IsTheSpeaker()
    {
        var claims = Extracted.Claims("“The principles outlined in this federal tax reform effort will provide pro-growth tax rate reductions, while adding fairness and simplicity to the tax code,” " +
                                      "Jonathan Williams, chief economist at the American Legislative Exchange Council, an organization of conservative state legislators, said in an email.");
        Assert.That(claims.Single(c => c.Metric == "quote").Claimant, Is.EqualTo("Jonathan Williams"));
    }

    // ZeroHedge quoting the BBC, March 2025: inside a quotation, each figure is the nearest source's before it; "if not more" forecasts nothing.
    [Test]
    public void InsideAQuotation_EachFigureIsTheNearestSourcesBeforeIt()
    {
        const string sentence = "BBC for exampled observed, \"While the government put attendance at 107,000 across Belgrade, an independent monitor said 325,000 - if not more - had gathered, making it Serbia's largest protest ever.\"";
        var monitor = Figure(sentence, 325000);
        Assert.That((Figure(sentence, 107000).Claimant, monitor.Claimant, monitor.Modality), Is.EqualTo(("government", "independent monitor", Modality.Asserted)));
    }
}
