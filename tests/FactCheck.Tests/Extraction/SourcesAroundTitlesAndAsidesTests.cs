using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How sources are named around titles and asides in the reporting of the 2022 Kanjuruhan stadium crush, the 2020 Beirut explosion, the
/// 2013 Lac-Mégantic rail disaster, the 2023 Turkey–Syria earthquake and the 2015 Nepal earthquake: a day's possessive before a measure,
/// the place a title is held in, a measure before a source noun, a French name's "du", a name a body goes by in brackets, and a place
/// before an unclosed role. Sentences from real news.
/// </summary>
public sealed class SourcesAroundTitlesAndAsidesTests
{
    // Medcom (Antara), 4 October 2022: "Today's" owns no measure; the speaker named after the quotation gives it.
    [Test]
    public void ADaysPossessiveBeforeAMeasure_IsNoSource() =>
        Assert.That(Extracted.Figure("\"Today's death toll is 125, 124 people have been identified, while no one has been identified,\" Emil Dardak, deputy governor of East Java, " +
                                     "told broadcaster Metro TV.", 125).Claimant, Is.EqualTo("Emil Dardak"));

    // Al Arabiya, 7 August 2020: the place a title is held in is no part of its holder's name.
    [Test]
    public void ThePlaceATitleIsHeldIn_IsNoPartOfTheName() =>
        Assert.That(Extracted.Claims("“Over the past 24 hours, UNICEF continued to coordinate closely with authorities and partners on the ground to respond to the urgent needs " +
                                     "focusing on health, water and the wellbeing of children,” UNICEF Deputy Representative in Lebanon Violet Speek-Warnery said.")
            .Single(c => c.Metric == Claim.QuoteMetric).Claimant, Is.EqualTo("Violet Speek-Warnery"));

    // Reuters, 6 July 2013: a measure before a source noun is what the source speaks of.
    [Test]
    public void AMeasureBeforeASourceNoun_IsNoPartOfTheSource() =>
        Assert.That(Extracted.Figure("A fast-moving, driverless train carrying tankers of crude oil derailed and exploded into an enormous fireball in the middle of a Canadian town " +
                                     "early on Saturday, destroying dozens of buildings and killing at least one person, a toll officials said was likely to rise.", 1).Claimant,
            Is.EqualTo("officials"));

    // Windsor Star (Montreal Gazette), July 2013: "du" inside a French body's name.
    [Test]
    public void AFrenchBodysName_KeepsItsDu() =>
        Assert.That(Extracted.Figure("The estimated number of missing in the Lac-Mégantic disaster is now hovering around 60, including the 15 confirmed dead, " +
                                     "the Sûreté du Québec announced Wednesday.", 15).Claimant, Is.EqualTo("Sûreté du Québec"));

    // The New Arab, 6 February 2023 (the sentence's end cut): a name a body goes by, in brackets after its own, leaves it the source.
    [Test]
    public void ANameInBracketsAfterABodys_LeavesItTheSource() =>
        Assert.That(Extracted.Figure("In turn, the Syrian Civil Defense (White Helmets) reported that the death toll from the earthquake in northwestern Syria " +
                                     "(areas controlled by opposition groups) has risen to more than 740 dead and more than 2,100 injured.", 740).Claimant,
            Is.EqualTo("Syrian Civil Defense"));

    // ATW Network, 25 April 2015: a place before a role left unclosed holds no one; the role speaks, for the police of the country.
    [Test]
    public void APlaceBeforeAnUnclosedRole_IsNoSpeaker() =>
        Assert.That(Extracted.Figure("The death toll for a major Nepal earthquake has risen to 1,341 deaths, with 630 of the victims located within the Kathmandu Valley, " +
                                     "a spokesperson for the Nepal police has said.", 630).Claimant, Is.EqualTo("Nepal"));
}
