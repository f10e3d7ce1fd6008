using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "about 188.6 million US dollars": a currency written with its country's name places nothing there. Sentence from LatestLY (Xinhua)
/// of 22 July 2021 on the Henan floods.
/// </summary>
public sealed class CurrenciesNamedAfterCountriesTests
{
    [Test]
    public void UsDollars_PlaceNoFigureInTheUnitedStates()
    {
        var claims = Extracted.Claims("Rainwater has damaged more than 215,200 hectares of crops, causing a direct economic loss of about 1.22 billion yuan (about 188.6 million US dollars).");
        Assert.That(claims.Where(c => c.Location == "United States"), Is.Empty);
        Assert.That(claims.Single(c => c.Low == 215_200).Metric, Is.EqualTo("area"));
    }
}
