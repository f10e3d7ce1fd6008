using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction.Extractor;

public sealed class ClaimExtractorTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static IReadOnlyList<Claim> Extract(string text, DateOnly? published = null) =>
        Extractor.Extract(Some.Document(text, published: published));

    [Test]
    public void Extract_RangeWithSpeechVerb_GivesTheWholeFrame()
    {
        var claim = Extract("NATO estimated on Wednesday that 7,000 to 15,000 Russian soldiers have been killed in four weeks of war in Ukraine.",
            new DateOnly(2022, 3, 24)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.Metric, Is.EqualTo("killed"));
            Assert.That(claim.Subject, Is.EqualTo("soldiers"));
            Assert.That(claim.Side, Is.EqualTo("Russian"));
            Assert.That((claim.Low, claim.High), Is.EqualTo((7000d, 15000d)));
            Assert.That(claim.Qualifier, Is.EqualTo("range"));
            Assert.That(claim.Claimant, Is.EqualTo("NATO"));
            Assert.That(claim.AssertedOn, Is.EqualTo(new DateOnly(2022, 3, 23)), "'on Wednesday' within a Thursday entry");
            Assert.That(claim.Period, Is.EqualTo("in four weeks of war"));
            Assert.That(claim.Location, Is.EqualTo("Ukraine"));
        });
    }

    [Test]
    public void Extract_PronounAttribution_ResolvesToTheLastNamedClaimant()
    {
        var claims = Extract("Ukrainian President Volodymyr Zelensky said he admires the residents. " +
                             "According to him, nearly 9,000 Russian soldiers have been killed in the past week.");
        var claim = claims.Single();
        Assert.That(claim.Claimant, Is.EqualTo("Zelensky"));
        Assert.That(claim.High, Is.EqualTo(9000));
        Assert.That(claim.Low, Is.LessThan(9000));
        Assert.That(claim.Period, Is.EqualTo("in the past week"));
    }

    [Test]
    public void Extract_PossessiveSubject_TakesTheSideOfTheClaimant()
    {
        var claims = Extract("Moscow for its part revealed on Wednesday its first toll, announcing the death of 498 of its soldiers " +
                             "and specifying that 1,597 others were injured there.");
        Assert.That(claims.Select(c => (c.Metric, c.Subject, c.Side, c.Low, c.Claimant)), Is.EqualTo(new[]
        {
            ("killed", "soldiers", (string?)"Russian", 498d, "Russia"),
            ("wounded", "soldiers", (string?)"Russian", 1597d, "Russia"),
        }));
    }

    [Test]
    public void Extract_KremlinAndDefenceMinistry_AreOneFamilyKeepingTheBody()
    {
        var claim = Extract("Russia's defence ministry said 1,351 Russian soldiers had been killed.").Single();
        Assert.That(claim.Claimant, Is.EqualTo("Russia"));
        Assert.That(claim.ClaimantBody, Is.EqualTo("Russian Defence Ministry"));
    }

    [Test]
    public void Extract_SpellingVariantOfAName_MatchesTheClaimant()
    {
        var claim = Extract("President Zelenskky said 1,300 Ukrainian servicemen had been killed.").Single();
        Assert.That(claim.Claimant, Is.EqualTo("Zelensky"));
        Assert.That(claim.Side, Is.EqualTo("Ukrainian"));
    }

    [Test]
    public void Extract_ComparisonFigure_IsMarkedAsComparison()
    {
        var claim = Extract("By way of comparison, Russia lost about 15,000 troops over 10 years in Afghanistan.").Single();
        Assert.That(claim.Modality, Is.EqualTo(Modality.Comparison));
        Assert.That(claim.Location, Is.EqualTo("Afghanistan"));
        Assert.That(claim.Period, Is.EqualTo("over 10 years"));
    }

    [Test]
    public void Extract_Projection_IsNotAnAssertion()
    {
        var claim = Extract("Officials said the death toll could top 20,000 people.").Single();
        Assert.That(claim.Modality, Is.EqualTo(Modality.Projection));
    }

    [TestCase("The sister of the Uzbek immigrant accused of killing eight people in New York said her brother might have been brainwashed.", 8, Modality.Asserted)]
    [TestCase("A tax bill faced potential opposition on Monday from two Republican lawmakers who could prevent the legislation from reaching the Senate floor.", 2, Modality.Asserted)]
    [TestCase("The CBO said the number of Americans with health insurance would fall by 13 million by 2027 under the bill.", 13000000, Modality.Projection)]
    [TestCase("Officials in the affected states say millions of residents, not just high-earners, would suffer because of lost tax breaks.", 2000000, Modality.Projection)]
    [TestCase("Prime Minister Boris Johnson said that Britain would send 6,000 missiles, consisting of anti-tank weapons, and £25 million in financial aid.", 25000000, Modality.Asserted)]
    // Los Angeles Times, 23 February 2011; Libya Update, September 2023; AP, 30 October 2022; Reuters, 2017.
    [TestCase("The death count from New Zealand's massive earthquake was expected to climb past 75 with 300 people still missing.", 300, Modality.Asserted)]
    [TestCase("Thousands are still unaccounted for amid the wreckage, leading to fears the death toll could rise significantly.", 2000, Modality.Asserted)]
    [TestCase("The ministry said the death count could further rise as 37 of the injured people were in serious condition.", 37, Modality.Asserted)]
    [TestCase("U.S. companies announced deals that could be worth as much as $250 billion during Trump's visit to Beijing.", 250e9, Modality.Projection)]
    // Reuters, 5 January 2019: 'compared with' frames what follows it; 'By comparison' opening the sentence frames all.
    [TestCase("The interior ministry put the number of protesters who took to the streets on Saturday at 50,000, compared with 32,000 on December 29.", 50000, Modality.Asserted)]
    [TestCase("The interior ministry put the number of protesters who took to the streets on Saturday at 50,000, compared with 32,000 on December 29.", 32000, Modality.Comparison)]
    [TestCase("By comparison, 20,000 people marched a year earlier.", 20000, Modality.Comparison)]
    // Business Today, 6 June 2023; LA Times, 23 February 2011: a hedge is the figure's own, not a figure's before it.
    [TestCase("Around 40 bodies recovered from the Coromandel Express had no visible injury marks and are believed to have died of electrocution.", 38, Modality.Projection)]
    [TestCase("Authorities said 22 people had been rescued from the Pyne Gould Guinness Building and another 22 are believed to still be trapped.", 22, Modality.Asserted)]
    [TestCase("Republicans have a 52-48 majority in the chamber, meaning they can afford to lose only two Republican votes and would need Pence.", 52, Modality.Asserted)]
    // AP via 1News, September 2019; New Zealand Police, 27 February 2011: a second predicate's forecast is of what comes next.
    [TestCase("More than a week after Dorian smashed thousands of homes on the country's Grand Bahama and Abaco islands, the death toll stood at 50 and was expected to rise.", 50, Modality.Asserted)]
    [TestCase("The confirmed death toll from the earthquake remains at 147 but this number is still expected to rise.", 147, Modality.Asserted)]
    // Reuters, 2017: the value a forecast moves from is the present one.
    [TestCase("The Senate bill would raise the child tax credit to $1,650 from $1,000 currently.", 1000, Modality.Asserted)]
    [TestCase("Highest-earning Americans would pay 37 percent, down from 39.6 percent.", 39.6, Modality.Asserted)]
    // Reuters, 2017: a definite description names what exists; the forecast is of what it describes or what it does.
    [TestCase("JCT had earlier estimated the tax bill would balloon the $20 trillion national debt by $1.4 trillion over 10 years.", 20e12, Modality.Asserted)]
    [TestCase("JCT had earlier estimated the tax bill would balloon the $20 trillion national debt by $1.4 trillion over 10 years.", 1.4e12, Modality.Projection)]
    [TestCase("But repeal would also require lawmakers to replace the $40 billion in revenues that retaining the corporate AMT would raise over a decade.", 40e9, Modality.Projection)]
    [TestCase("The $44 billion would be in addition to about $50 billion Congress previously approved for hurricane and disaster relief.", 44e9, Modality.Projection)]
    // Al Jazeera, August 2015: a toll that "will climb past" a figure is a forecast.
    [TestCase("Adrian Brown said it was now possible that the death toll will climb past 200.", 200, Modality.Projection)]
    public void Extract_AProjectionOrComparisonCue_FramesOnlyTheFiguresItGoverns(string sentence, double low, Modality modality) =>
        Assert.That(Extract(sentence).First(c => c.Low == low || c.High == low).Modality, Is.EqualTo(modality));

    [TestCase("more than ten million people fleeing their homes", "displaced")]
    [TestCase("Close to 7 million Ukrainians have been internally displaced", "internally displaced")]
    [TestCase("The conflict has caused more than 3.6 million refugees to flee Ukraine", "refugees")]
    [TestCase("over three million Ukrainians have fled their country", "refugees")]
    [TestCase("At least four people were killed and nine injured", "killed")]
    public void Extract_DisplacementAndCasualtyWords_NameTheMetric(string sentence, string metric)
    {
        Assert.That(Extract(sentence + ".")[0].Metric, Is.EqualTo(metric));
    }

    // AP, 30 October 2022; Reuters, 8 September 2017: people in serious condition are injured; people who sought refuge abroad are refugees.
    [TestCase("The crush killed at least 154 people and injured 149, with 33 people in serious condition.", 33, "wounded")]
    [TestCase("An estimated 270,000 Rohingya have sought refuge in Bangladesh over the past two weeks, the U.N. refugee agency said on Friday.", 270000, "refugees")]
    // Reuters, 20 December 2017; Euronews, 20 February 2014: a clause set off by a comma keeps what happened before it from its
    // figures, unless it repeats the verb ("as did").
    [TestCase("Democrats promised to make Republicans pay for their vote during next year's congressional elections, when all 435 House seats are at stake.", 435, "count")]
    public void Extract_ConditionAndRefugeWords_NameTheMetric(string sentence, double low, string metric) =>
        Assert.That(Extract(sentence).First(c => c.Low <= low && c.High >= low).Metric, Is.EqualTo(metric));

    [Test]
    public void Extract_AClauseRepeatingTheVerbBeforeIt_KeepsThatVerb() =>
        Assert.That(Extract("At least three protesters died in the violence, as did at least three police officers, and hundreds of people were injured.")
            .Where(c => c.Low == 3).Select(c => c.Metric), Is.EqualTo(new[] { "killed", "killed" }));

    [TestCase("4:30 am: NATO to deploy troops")]
    [TestCase("1808 GMT — NATO has no plans to deploy troops")]
    [TestCase("The summit of the G7 and the G20 met on March 23.")]
    [TestCase("Turkey could send its S-400 systems and Mi-24 helicopters.")]
    [TestCase("The treaty was signed on April 4, 1949, in Washington.")]
    [TestCase("He gave a 15-minute-long speech.")]
    [TestCase("Maryna, 28, said the city was pounded.")]
    [TestCase("Patients are treated at Hospital Number One.")]
    [TestCase("The attack began on Feb. 24 before dawn.")]
    [TestCase("The law, known as Section 702 of the act, expires.")]
    [TestCase("Cornyn, the No. 2 Senate Republican, spoke.")]
    [TestCase("He was in his 30s at the time.")]
    [TestCase("The Hill reported it, bit.ly/2hv1xgN, on Wednesday.")]
    public void Extract_NumbersThatAreNotClaims_GiveNothing(string sentence)
    {
        Assert.That(Extract(sentence), Is.Empty);
    }

    [TestCase("The market reached 15 billion gallons a year.", "gallons")]
    [TestCase("Credits apply until 200,000 plug-in vehicles are sold.", "vehicles")]
    [TestCase("The bombing killed four girls.", "children")]
    public void Extract_CountedNoun_IsTheSubject(string sentence, string subject) =>
        Assert.That(Extract(sentence).Single().Subject, Is.EqualTo(subject));

    [Test]
    public void Extract_OrdinalDayOfTheWar_IsADayCount()
    {
        var claim = Extract("Russia-Ukraine war enters its 772nd day.").Single();
        Assert.That((claim.Metric, claim.Low, claim.Unit), Is.EqualTo(("war day", 772d, "day")));
    }

    [Test]
    public void Extract_SpanCoversTheFigureAndItsQualifier()
    {
        const string text = "Officials said more than 3.6 million refugees fled.";
        var claim = Extract(text).Single();
        Assert.That(text[claim.Start..claim.End], Is.EqualTo("more than 3.6 million"));
        Assert.That(claim.Sentence, Is.EqualTo(text));
    }

    [Test]
    public void Extract_RepeatedIdenticalClaims_GetDistinctIds()
    {
        var claims = Extract("NATO said 12 diplomats were expelled.\nNATO said 12 diplomats were expelled.");
        Assert.That(claims, Has.Count.EqualTo(2));
        Assert.That(claims[0].Id, Is.Not.EqualTo(claims[1].Id));
    }

    [Test]
    public void Extract_AfterOtherDocuments_GivesTheSameClaims()
    {
        // Token lists are reused from document to document on a thread: none may carry over.
        var extractor = new ClaimExtractor(Some.Lexicon);
        var nato = Some.Document("NATO said 7,000 to 15,000 Russian soldiers were killed. Moscow said 498 soldiers died.\n“We have lost 498 of our comrades,” the ministry said.", "a.txt");
        var kyiv = Some.Document("Zelensky said about 9,000 Russian soldiers had died in the fighting, and officials said 1,300 Ukrainian troops were killed.", "b.txt");
        var first = extractor.Extract(nato).ToList();
        extractor.Extract(kyiv);
        Assert.That(extractor.Extract(nato), Is.EqualTo(first));
        Assert.That(first, Has.Count.GreaterThanOrEqualTo(3));
    }

    [TestCase("At least 26 people have been hospitalized, three of whom with critical burns.", 3)]
    [TestCase("Police have said 226 people are missing - up to 120 of them at one site alone.", 120)]
    public void PronounAfterOf_IsNoCountedNoun(string sentence, double low) =>
        Assert.That(Extract(sentence).Single(c => c.Low == low || c.High == low).Subject, Is.Not.EqualTo("whom").And.Not.EqualTo("them"));

    [Test]
    public void Share_CountsNoGroup()
    {
        var claim = Extract("Just 9 percent of refugees admitted to the United States were Muslim.").Single();
        Assert.That((claim.Metric, claim.Subject, claim.Side), Is.EqualTo(("share", "unspecified", (string?)null)));
    }

    [Test]
    public void VoteTally_IsVotes()
    {
        var claim = Extract("The House of Representatives approved a tax bill by a 227-205 vote on Nov. 16.").Single();
        Assert.That((claim.Metric, claim.Subject, claim.Low), Is.EqualTo(("votes", "votes", 227d)));
    }

    [TestCase("The atmosphere was peaceful, with several dozen police keeping watch on the edges of the crowd.", 24, "count")]
    [TestCase("Police said some 3,500 demonstrators turned up on the Champs-Elysees on Saturday morning.", 3500, "participated")]
    [TestCase("Twelve women and two children are among the dead.", 2, "killed")]
    // AFP, 9 March 2014; CNN, 14 August 2015: the event's noun with modifiers after its article.
    [TestCase("The rival rallies in Simferopol were peaceful, in contrast to the Crimean port city of Sevastopol, where about 100 pro-Russians with clubs and whips attacked some 20 people who were guarding a pro-Ukraine rally.", 20, "count")]
    [TestCase("CNN has reported that at least one disaster recovery shelter is located within the reported evacuation zone.", 1, "count")]
    // AFP, 19 August 2018; Khyber News, June 2015.
    [TestCase("Some 353,000 people have taken shelter in 3,026 relief camps.", 3026, "count")]
    [TestCase("Since Saturday 151 people have died in Karachi and nine others in three districts of Sindh, says reports.", 3, "count")]
    // Sputnik (WHO), January 2015: a figure in brackets counts the noun before it.
    [TestCase("Sierra Leone is the country with the highest number of cases (10,306), while Liberia accounts for the most deaths (3,587).", 10306, "count")]
    [TestCase("Sierra Leone is the country with the highest number of cases (10,306), while Liberia accounts for the most deaths (3,587).", 3587, "killed")]
    public void EventNamedFurtherOn_IsNotWhatTheFigureMeasures(string sentence, double low, string metric) =>
        Assert.That(Extract(sentence).MinBy(c => Math.Abs(c.Low - low))!.Metric, Is.EqualTo(metric));
}
