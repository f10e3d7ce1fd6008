using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>
/// A toll is no revision of another when it counts what had not happened when the other was given (a day's killings days after a
/// government's total), nor when it counts only the last few days (bodies found over the past two days against a town's toll); one
/// given days later and a fifth of the other or less is info at most. Each test sets the real pair against itself with the one reading
/// changed, which the shipped rules flag.
/// </summary>
public sealed class IncidentDaysAndRecentWindowsTests
{
    private static IEnumerable<Flag> Discrepancies(Claim a, Claim b) => ShippedRules.Discrepancies(a, b);

    // Trend (Xinhua), 6 June 2019, and Deccan Herald (AFP), 9 June 2019; the government's sentence names no place, its headline Sudan.
    private static readonly Claim GovernmentTotal =
        Extracted.Figure("Sudanese government on Thursday announced that 61 people were killed across the country due to security incidents, Trend reports citing Xinhua.",
            61, published: new DateOnly(2019, 6, 6)) with { Document = "trend.txt", Location = "Sudan", PlacePath = "Sudan", LocationPrecision = "country" };

    private static readonly Claim SundaysKillings =
        Extracted.Figure("Four people were killed in Sudan on Sunday on the first day of a \"civil disobedience\" campaign by protesters, a doctors' committee linked to demonstrators said.",
            4, published: new DateOnly(2019, 6, 9)) with { Document = "deccanherald.txt" };

    [Test]
    public void ADaysKillingsDatedAfterAnotherTotal_AreNoRevisionOfIt()
    {
        Assert.That(SundaysKillings.AsOfFrom, Is.EqualTo(Provenance.Sentence));
        Assert.That(Discrepancies(GovernmentTotal, SundaysKillings), Is.Empty);
    }

    [Test]
    public void TheSameCountGivenOnTheDay_IsAFallingToll() =>
        Assert.That(Discrepancies(GovernmentTotal, SundaysKillings with { AsOfFrom = Provenance.Statement }), Is.Not.Empty);

    // The Columbian (AP), 5 June 2019, and Deccan Herald (AFP), 9 June 2019: two people shot dead on a later day are not a revision of
    // the crackdown's toll of 108 (place and event set alike on both, as their paragraphs give them).
    private static readonly Claim CrackdownToll =
        Extracted.Figure("KHARTOUM, Sudan — More than 40 bodies of people slain by Sudanese security forces were pulled from the Nile River in the capital of Khartoum, " +
                         "organizers of pro-democracy demonstrations said Wednesday, and new clashes brought the death toll in three days of the ruling military’s crackdown to 108.",
            108, published: new DateOnly(2019, 6, 5)) with { Document = "columbian.txt", Location = "Khartoum", PlacePath = "Sudan > Khartoum state > Khartoum", LocationPrecision = "city", Event = "violence" };

    private static readonly Claim TwoShotDead =
        Extracted.Figure("Two people were shot dead in the capital Khartoum and its twin city of Omdurman just across the Nile river, the Central Committee for Sudanese Doctors said, " +
                         "adding two others died in a hospital in Omdurman after being stabbed.", 2, published: new DateOnly(2019, 6, 9))
            with { Document = "deccanherald.txt", Location = "Khartoum", PlacePath = "Sudan > Khartoum state > Khartoum", LocationPrecision = "city", Event = "violence" };

    [Test]
    public void AFigureDaysLaterAndFarLower_IsInfoAtMost() =>
        Assert.That(Discrepancies(CrackdownToll, TwoShotDead).Single().Severity, Is.EqualTo(Severity.Info));

    [Test]
    public void TheSameFigureGivenTheSameDay_KeepsItsSeverity() =>
        Assert.That(Discrepancies(CrackdownToll, TwoShotDead with { AssertedOn = CrackdownToll.AssertedOn, ReportedOn = CrackdownToll.ReportedOn }).Single().Severity,
            Is.EqualTo(Severity.High));

    // The Daily Beast, 27 August 2016, and CCTV America (AP), 28 August 2016.
    private static readonly Claim TownsToll =
        Extracted.Figure("The small town lost the most residents in the earthquake, with 230 confirmed deaths so far.", 230, published: new DateOnly(2016, 8, 27))
            with { Document = "dailybeast.txt", Location = "Amatrice", PlacePath = "Italy > Lazio > Amatrice", LocationPrecision = "city" };

    private static readonly Claim RecentFinds =
        Extracted.Figure("A spokesman for firefighters has since said rescue workers have found six bodies over the past two days from the rubble of Amatrice, " +
                         "the hardest hit of three towns struck by the earthquake.", 6, published: new DateOnly(2016, 8, 28)) with { Document = "cctv.txt" };

    [Test]
    public void BodiesFoundOverThePastDays_AreNoRivalOfATownsToll()
    {
        Assert.That(RecentFinds.Period, Does.Contain("past two days"));
        Assert.That(Discrepancies(TownsToll, RecentFinds), Is.Empty);
    }

    [Test]
    public void TheSameCountWithNoPeriod_IsARivalToll() =>
        Assert.That(Discrepancies(TownsToll, RecentFinds with { Period = null }), Is.Not.Empty);
}
