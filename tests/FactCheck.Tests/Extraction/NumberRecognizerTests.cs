using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

public sealed class NumberRecognizerTests
{
    private static NumberMention Single(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, 0, text.Length);
        var mentions = new NumberRecognizer(Some.Lexicon).Find(tokens);
        Assert.That(mentions, Has.Count.EqualTo(1), text);
        return mentions[0];
    }

    [TestCase("in the town about 150 kilometers (90 miles) from the Russian border", 85.5, 94.5, "about")]
    [TestCase("The Russian army has retreated more than 30 kilometres (18 miles) east of Kyiv", 18, 18, "exact")]
    public void Conversion_InParentheses_IsAsApproximateAsWhatItConverts_ButTakesNoBound(string text, double low, double high, string qualifier)
    {
        var tokens = Tokenizer.Tokenize(text, 0, 0, text.Length);
        var conversion = new NumberRecognizer(Some.Lexicon).Find(tokens)[^1];
        Assert.That((conversion.Low, conversion.High, conversion.Qualifier), Is.EqualTo((low, high, qualifier)));
    }

    [TestCase("A group of up to a 100 civilians stood in front of the building", 0, 100, "up to")]
    [TestCase("7,000 to 15,000 soldiers", 7000, 15000, "range")]
    [TestCase("7,000-15,000 soldiers", 7000, 15000, "range")]
    [TestCase("between 400 and 500 people", 400, 500, "range")]
    [TestCase("70-100,000 people", 70000, 100000, "range")]
    [TestCase("3 to 4 million people", 3000000, 4000000, "range")]
    [TestCase("498 soldiers", 498, 498, "exact")]
    [TestCase("3.6 million refugees", 3600000, 3600000, "exact")]
    [TestCase("close to 200k people", 190000, 200000, "nearly")]
    [TestCase("$12.5bln in damage", 12500000000, 12500000000, "exact")]
    // Daily Asian Age (AFP), August 2020: the symbol in letters before both ends.
    [TestCase("the estimated cost of the damage from Tuesday's explosion was between US$3 billion and US$5 billion dollars", 3e9, 5e9, "range")]
    [TestCase("ten million people", 10000000, 10000000, "exact")]
    [TestCase("twenty-five people", 25, 25, "exact")]
    [TestCase("a dozen injured", 12, 12, "exact")]
    [TestCase("destroyed 2 200 structures", 2200, 2200, "exact")]
    [TestCase("A total of 1 418 people were at emergency shelters", 1418, 1418, "exact")]
    [TestCase("about 1,300 servicemen", 1235, 1365, "about")]
    [TestCase("nearly 9,000 soldiers", 8550, 9000, "nearly")]
    // CNN, June 2019: a figure set against a higher one is about that much.
    [TestCase("Hong Kong Police estimated the number of protesters closer to 240,000.", 228000, 252000, "about")]
    [TestCase("close to 7 million people", 6650000, 7000000, "nearly")]
    [TestCase("up to 500 people", 0, 500, "up to")]
    [TestCase("tens of thousands of troops", 20000, 99999, "vague")]
    [TestCase("Hundreds if not thousands of civilians", 200, 9999, "vague")]
    [TestCase("several dozen militia fighters", 24, 99, "vague")]
    [TestCase("interviewed three dozen people who knew Ryan", 36, 36, "exact")]
    [TestCase("Several thousand people", 2000, 9999, "vague")]
    // Carbonated.TV, January 2011: a comparative bounds the figure below.
    [TestCase("official death toll in flash flooding higher than 750", 750, double.PositiveInfinity, "more than")]
    // DW, August 2018: an approximator before a vague quantity widens nothing.
    [TestCase("the estimated tens of thousands of people who remain trapped", 20000, 99999, "vague")]
    public void Find_ReadsTheIntervalTheWordsAllow(string text, double low, double high, string qualifier)
    {
        var mention = Single(text);
        Assert.Multiple(() =>
        {
            Assert.That(mention.Low, Is.EqualTo(low).Within(0.5));
            Assert.That(mention.High, Is.EqualTo(high).Within(0.5));
            Assert.That(mention.Qualifier, Is.EqualTo(qualifier));
        });
    }

    [TestCase("more than 3.5 million refugees", 3500000, "more than")]
    [TestCase("at least 21 people", 21, "at least")]
    [TestCase("over three million Ukrainians", 3000000, "more than")]
    // Verbs of exceeding, headline English: "Karachi heatwave death toll crosses 400", "death toll in Derna surges past 11,300".
    [TestCase("Karachi heatwave death toll crosses 400", 400, "more than")]
    [TestCase("death toll in Derna surges past 11,300", 11300, "more than")]
    [TestCase("Bangladesh building collapse death toll passes 500", 500, "more than")]
    [TestCase("The death toll continued to rise Sunday, surpassing 600", 600, "more than")]
    [TestCase("Death Toll In Mexico Earthquake Rises Above 200", 200, "more than")]
    [TestCase("1,300+: Missing persons", 1300, "at least")]
    [TestCase("people who make $1 million or more a year", 1e6, "at least")]
    public void Find_LowerBoundsAreUnbounded(string text, double low, string qualifier)
    {
        var mention = Single(text);
        Assert.That(mention.Low, Is.EqualTo(low));
        Assert.That(double.IsPositiveInfinity(mention.High));
        Assert.That(mention.Qualifier, Is.EqualTo(qualifier));
    }

    [TestCase("Number of Ebola Cases Nears 16,000", 15200, 16000, "nearly")]
    [TestCase("Statistical error does not exceed 2.2%", 0, 2.2, "up to")]
    [TestCase("interest on home mortgages of $500,000 or less", 0, 500000, "up to")]
    [TestCase("a further 70 or so people will be sent", 66.5, 73.5, "about")]
    // Reuters, October 2017; Reuters, September 2017: "as high as" and "as much as" bound a figure above, as "as many as" does.
    [TestCase("Private sector estimates of total damage from Maria have ranged as high as $95 billion.", 0, 95e9, "up to")]
    [TestCase("President Trump said the dossier had cost as much as $12 million, without providing evidence.", 0, 12e6, "up to")]
    public void Find_ApproachingOrNotExceeding_IsBoundedAbove(string text, double low, double high, string qualifier)
    {
        var mention = Single(text);
        Assert.That((mention.Low, mention.High, mention.Qualifier), Is.EqualTo((low, high, qualifier)));
    }

    [Test]
    public void Find_APlusSignSetOffBySpaces_IsASum_NotALowerBound()
    {
        var tokens = Tokenizer.Tokenize("The call costs 5 + 3 dollars.", 0, 0, 29);
        var first = new NumberRecognizer(Some.Lexicon).Find(tokens)[0];
        Assert.That((first.Low, first.High, first.Qualifier), Is.EqualTo((5.0, 5.0, "exact")));
    }

    [TestCase("£25 million in aid", 25000000, "GBP")]
    [TestCase("$33 million", 33000000, "USD")]
    [TestCase("30 million euros", 30000000, "EUR")]
    [TestCase("$1.5 trillion", 1.5e12, "USD")]
    [TestCase("compensated amounting to around Rs 15.6 crores", 1.482e8, "INR")]
    [TestCase("an ex gratia of Rs. 2 lakh for the families", 200000, "INR")]
    [TestCase("₹50,000 for the injured", 50000, "INR")]
    [TestCase("compensation of US$14,000 each", 14000, "USD")]
    // The Straits Times, November 2018 and August 2022; Reuters, 2017: other dollars by their letters, touching the sign; an article
    // before a sign is no letter of it.
    [TestCase("compensation of S$19,200 each", 19200, "SGD")]
    [TestCase("A $10 million unsecured bond “will more than suffice to assure his appearance as required”", 1e7, "USD")]
    [TestCase("The deal is worth A$1.2 billion", 1.2e9, "AUD")]
    [TestCase("the country has a $35-billion debt that needs to be paid", 35e9, "USD")]
    [TestCase("generated tens of millions of dollars of income from Ukraine work", 2e7, "USD")]
    [TestCase("could total tens of billions of dollars", 2e10, "USD")]
    [TestCase("30 kilometres east", 30, "km")]
    [TestCase("18 miles", 18, "miles")]
    [TestCase("55 percent of its gas", 55, "percent")]
    [TestCase("15% of capacity", 15, "percent")]
    [TestCase("one in three of them", 33.3, "percent")]
    [TestCase("Moscow was already two-thirds of the way through its modernization", 66.7, "percent")]
    [TestCase("with about a half-dozen Republicans viewed as potential no votes", 5.7, "")]
    public void Find_KeepsUnitsAndCurrencies(string text, double value, string unit)
    {
        var mention = Single(text);
        Assert.That(mention.Low, Is.EqualTo(value).Within(0.1));
        Assert.That(mention.Unit, Is.EqualTo(unit));
    }

    [Test]
    public void Find_ReadsParentheticalConversionsAsSeparateFigures()
    {
        const string text = "£25 million ($33 million, 30 million euros)";
        var mentions = new NumberRecognizer(Some.Lexicon).Find(Tokenizer.Tokenize(text, 0, 0, text.Length));
        Assert.That(mentions.Select(m => m.Unit), Is.EqualTo(new[] { "GBP", "USD", "EUR" }));
    }

    [Test]
    public void Find_ADescendingPairOfShares_IsTwoShares_NotATally()
    {
        // Reuters, 10 December 2017: a poll's split, where "a vote of 231 to 198" stays one tally.
        const string text = "Moore was leading Democrat Doug Jones 49 to 43 percent among voters likely to cast ballots, CBS said.";
        var mentions = new NumberRecognizer(Some.Lexicon).Find(Tokenizer.Tokenize(text, 0, 0, text.Length));
        Assert.That(mentions.Select(m => (m.Low, m.Unit, m.IsTally)), Is.EqualTo(new[] { (49.0, "percent", false), (43.0, "percent", false) }));
        const string vote = "On a vote of 231 to 198, the Republican-led House approved the act.";
        Assert.That(new NumberRecognizer(Some.Lexicon).Find(Tokenizer.Tokenize(vote, 0, 0, vote.Length)).Single().IsTally, Is.True);
    }

    // CBC News, 9 July 2013: a count brought up to a level is that level, "up" the verb's particle, no ceiling.
    [Test]
    public void CountBroughtUpToALevel_IsThatLevel()
    {
        var text = "Two more bodies have been recovered in Lac-Mégantic, bringing the total body count up to 15 after a derailment.";
        var mention = new NumberRecognizer(Some.Lexicon).Find(Tokenizer.Tokenize(text, 0, 0, text.Length)).Single(m => m.Low == 15);
        Assert.That((mention.Low, mention.High), Is.EqualTo((15d, 15d)));
    }

    // Leaders MENA, November 2022: "no less than" is a floor, not a ceiling.
    [Test]
    public void NoLessThan_IsAFloor()
    {
        var mention = Single("In addition, security forces arrested no less than 540 students.");
        Assert.That((mention.Low, mention.High, mention.Qualifier), Is.EqualTo((540d, double.PositiveInfinity, "at least")));
    }

    // People Daily (KNCHR), July 2025: digits in brackets after a number in words restate it; one figure, its noun right after.
    [Test]
    public void DigitsInBracketsAfterANumberInWords_AreTheSameFigure()
    {
        const string text = "As of 1830hrs today, the Commission had documented ten (10) fatalities, twenty-nine (29) injuries, and two (2) cases of abductions.";
        var mentions = new NumberRecognizer(Some.Lexicon).Find(Tokenizer.Tokenize(text, 0, 0, text.Length));
        Assert.That(mentions.Where(m => m.Low < 1000).Select(m => m.Low), Is.EqualTo(new[] { 10d, 29d, 2d }));
    }
}
