using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "about 55 miles north of Seattle": a city a distance or direction is measured from is a reference point, not where a figure
/// happened. With no other place in its sentence, the figure is in the name the reference is set off after ("Maiorsk (44km north
/// of Donetsk)"), else in the place around the reference point. Sentences from CBS News on the 2014 Oso mudslide, The
/// Spokesman-Review (AP) on the 2013 Lac-Mégantic derailment, The National on the 2021 Haiti earthquake, and an OSCE monitoring report
/// in the ukraine-2014 corpus.
/// </summary>
public sealed class LocatedByReferencePointsTests
{
    // CBS News, 24 March 2014.
    [Test]
    public void AFigureLocatedNorthOfACity_IsInTheCitysState()
    {
        var unaccounted = Extracted.Figure("Authorities have received 176 reports of individuals who have not been accounted for in the aftermath of the disaster that wiped out "
                                           + "an entire neighborhood about 55 miles north of Seattle, said John Pennington, Snohomish County Emergency Management director.", 176);
        Assert.That((unaccounted.Location, unaccounted.LocationPrecision), Is.EqualTo(("Washington State", "region")));
    }

    // The Spokesman-Review (AP), 7 July 2013.
    [Test]
    public void ATownEastOfACity_IsInTheCitysProvince() =>
        Assert.That(Extracted.Figure("Between 1,500 and 2,000 people were forced from their homes in the lakeside town of 6,000 people, which is about 155 miles east of Montreal "
                                     + "and about 10 miles west of the Maine border.", 1_500).Location, Is.EqualTo("Quebec"));

    // A sentence shortened from The National, 15 August 2021 ("on Saturday", "to the west" and the headline left out).
    [Test]
    public void AQuakeWestOfTheCapital_IsInTheCountry() =>
        Assert.That(Extracted.Figure("At least 1,297 people were killed in the quake, which struck about 160km to the west of the capital Port-au-Prince.", 1_297).Location,
            Is.EqualTo("Haiti"));

    // ukraine-2014 corpus, article_79 (OSCE SMM report of 28 September 2015).
    [Test]
    public void ANameTheReferenceIsSetOffAfter_IsThePlace() =>
        Assert.That(Extracted.Figure("In the area of government-controlled Novookhtyrka (53km north-west of Luhansk)  the SMM noted a convoy consisting of three main battle tanks "
                                     + "(T-72) transported on trailers, and one infantry fighting vehicle (IFV, BMP-2) moving east.", 3).Location, Is.EqualTo("Novookhtyrka"));

    // Control: a distance is still measured from its reference point.
    [Test]
    public void TheDistanceItself_KeepsItsReferencePoint() =>
        Assert.That(Extracted.Figure("Authorities have received 176 reports of individuals who have not been accounted for in the aftermath of the disaster that wiped out "
                                     + "an entire neighborhood about 55 miles north of Seattle.", 55).MeasuredFrom, Does.EndWith("Seattle"));
}
