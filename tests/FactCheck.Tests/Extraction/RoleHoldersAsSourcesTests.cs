using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A source known by a role and where it is held ("the head of ...", "a spokeswoman for ..."), not by name: the role is kept with the
/// body or place after it, so two heads of two bodies are two sources, and a spokesperson is the body spoken for. Sentences from real news.
/// </summary>
public sealed class RoleHoldersAsSourcesTests
{
    // Voice of America (Reuters), 27 July 2019; Stabroek News (Reuters), 2 May 2015; RTÉ, 19 August 2018; Xinhua, 14 May 2008.
    [TestCase("KHARTOUM - The head of a Sudanese investigative committee said on Saturday that 87 people were killed and 168 wounded on June 3 when a sit-in protest was violently broken up by security forces.",
        87, "head of a Sudanese investigative committee")]
    [TestCase("The head of the European Union delegation in Nepal said up to 1,000 Europeans were still unaccounted for, mostly around popular trekking routes.",
        1000, "head of the European Union delegation in Nepal")]
    [TestCase("An adviser to the state's chief minister put the initial loss estimate at $4 billion.", 4e9, "adviser to the state's chief minister")]
    [TestCase("CHENGDU, May 13 (Xinhua) -- A senior official with the Sichuan Provincial government said Tuesday the death toll in the province has exceeded 12,000, and is still rising.",
        12000, "senior official with the Sichuan Provincial government")]
    public void ARoleWithWhereItIsHeld_IsTheSource_AsWritten(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));

    // The Telegraph, 7 August 2011; Expatica, August 2017.
    [TestCase("A spokeswoman for London Ambulance Service said paramedics had treated 10 people, and nine were taken to hospital.", 10, "London Ambulance Service")]
    [TestCase("Four Spaniards were killed, according to a spokesman for Catalonia’s executive.", 4, "Catalonia's executive")]
    public void ASpokespersonForABody_IsThatBody(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));

    // Reuters, 2017 (reuters-2017): one of a group is no body by name; the role stays as written.
    [Test]
    public void ASpokespersonForOneOfAGroup_StaysAsWritten() =>
        Assert.That(Extracted.Figure("President Donald Trump’s administration called two lawmakers from the U.S. corn belt to convince them to join talks about potential " +
                                     "changes to biofuels policy, according to a spokesman for one of the lawmakers and a source briefed on the matter.", 2).Claimant,
            Is.EqualTo("spokesman for one of the lawmakers"));

    // Khyber News, June 2015: a name set off before the role is still the source.
    [Test]
    public void ANameSetOffBeforeTheRole_IsTheSource() =>
        Assert.That(Extracted.Figure("Dr Seemin Jamali, the head of the emergency department at state-run Jinnah Hospital said more than 100 people had died at the hospital.", 100).Claimant,
            Is.EqualTo("Seemin Jamali"));

    // 5Pillars, 18 July 2024: the hospital a role is held at counts those it took in, there; the role is no part of the place.
    [Test]
    public void TheHospitalARoleIsHeldAt_IsThePlace_WithoutTheRole()
    {
        var claim = Extracted.Figure("In the Uttara neighborhood of Dhaka, at least four protesters were killed in a clash with police, according to the superintendent of " +
                                     "Kuwait Bangladesh Friendship Government Hospital, as reported by the Daily Star newspaper.", 4);
        Assert.That(claim.Claimant, Is.EqualTo("superintendent of Kuwait Bangladesh Friendship Government Hospital"));
        Assert.That(claim.Location, Is.EqualTo("Kuwait Bangladesh Friendship Government Hospital"));
    }

    // Kathimerini English Edition, 14 June 2023: "he" after a spokesperson for a body means the spokesperson, who speaks for it.
    [Test]
    public void HeAfterASpokespersonForABody_IsThatBody()
    {
        var claims = Extracted.Claims("A spokesperson for the Shipping Ministry announced that the rescue operations will continue into the night with the assistance of a C-130 airplane.\n\n" +
                                      "“It is a shipwreck with a lot of people on board, even if we are not in a position to give an exact number,” he said.");
        Assert.That(claims.Single(c => c.Metric == "quote").Claimant, Is.EqualTo("Shipping Ministry"));
    }
}
