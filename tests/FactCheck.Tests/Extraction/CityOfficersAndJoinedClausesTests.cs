using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A capital before a title names the city's own officer, who speaks for himself, not for the body the capital stands for ("Brussels
/// Mayor Yvan Majeur", not the European Union); a plural of what happened that ends one clause is no modifier of the source opening the
/// next ("injured in the attacks and officials said" is no source "attacks and officials"). Sentences from UPI and the Journal & Courier
/// (USA Today) on the 2016 Brussels bombings.
/// </summary>
public sealed class CityOfficersAndJoinedClausesTests
{
    // UPI, 22 March 2016 (the mayor's name as UPI spelled it).
    [Test]
    public void ACapitalsMayor_SpeaksForHimself() =>
        Assert.That(Extracted.Figure("Brussels Mayor Yvan Majeur put the subway death toll at 20, with more than 100 wounded there.", 20).Claimant, Is.EqualTo("Yvan Majeur"));

    // Journal & Courier (USA Today), 22 March 2016.
    [Test]
    public void WhatHappenedBeforeAndOfficials_IsNoSource() =>
        Assert.That(Extracted.Figure("More than 200 people were injured in the attacks and officials said they expect the death toll to continue to rise.", 200).Claimant,
            Is.EqualTo("unattributed"), "the officials speak of the toll to come, not of the injured");

    // Control, written for the test: two modifiers joined by "and" still share their source's noun.
    [Test]
    public void TwoJoinedModifiers_ShareTheirNoun() =>
        Assert.That(Extracted.Figure("Federal and state officials said 30 people died.", 30).Claimant, Is.EqualTo("Federal and state officials"));
}
