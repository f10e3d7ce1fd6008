using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Who gave a figure when the sentence names them last: "..., confirms military government" closing a headline, as "says" does; a
/// headline's closing source after a colon when its count is written in words ("Eight killed ...: interior minister"); and the source an
/// outlet cites after the day it reported ("Trend reports on Oct. 15 citing the Azerbaijani General Prosecutor's Office"). Lines from
/// India TV on the 2025 Myanmar earthquake, LBCI on the 2024 Novi Sad collapse and Trend on the 2020 Nagorno-Karabakh war.
/// </summary>
public sealed class SourcesClosingAndCitedTests
{
    [Test]
    public void ConfirmsClosingAHeadline_NamesItsSource()
    {
        const string headline = "Myanmar earthquake: 144 dead, 730 injured, confirms military government; 8 killed in Thailand";
        var claims = Extracted.Claims(headline, title: headline, published: new DateOnly(2025, 3, 28));
        Assert.That(claims.Where(c => c.Low is 144 or 730).Select(c => c.Claimant), Is.All.EqualTo("military government"));
    }

    [Test]
    public void ASourceAfterAColon_ClosesAHeadlineCountingInWords()
    {
        const string headline = "Eight killed in roof collapse at Serbia train station: interior minister";
        Assert.That(Extracted.Claims(headline, title: headline, published: new DateOnly(2024, 11, 1)).Single().Claimant, Is.EqualTo("interior minister"));
    }

    [Test]
    public void ATopicBeforeAColon_IsNoSource_OfACountInWords()
    {
        // From Reuters on 22 May 2014.
        const string headline = "Ukraine crisis: Seventeen killed in clashes with pro-Russian separatists near Donetsk";
        Assert.That(Extracted.Claims(headline, title: headline, published: new DateOnly(2014, 5, 22)).Single().Claimant, Is.EqualTo("unattributed"));
    }

    [Test]
    public void TheSourceCitedAfterTheDay_GaveTheFigures()
    {
        var claims = Extracted.Claims("Some 61 Azerbaijani civilians were killed, 282 wounded as a result of Armenia’s attacks against Azerbaijani civilians, Trend reports on Oct. 15 citing the Azerbaijani General Prosecutor's Office.",
            published: new DateOnly(2020, 10, 15));
        Assert.That(claims.Select(c => c.Claimant).Distinct(), Is.EqualTo(new[] { "Azerbaijani General Prosecutor's Office" }));
    }
}
