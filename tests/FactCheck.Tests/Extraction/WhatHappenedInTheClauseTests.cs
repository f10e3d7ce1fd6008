using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>What happened to the group a figure counts, read from the figure's own clause. Sentences from real news.</summary>
public sealed class WhatHappenedInTheClauseTests
{
    // NBC News, 25 June 2021: people accounted for are counted, not missing.
    [TestCase(120, "count")]
    [TestCase(159, "missing")]
    public void AccountedFor_IsACount_UnaccountedFor_IsMissing(double low, string metric) =>
        Assert.That(Extracted.Figure("There were 120 people accounted for from the building and 159 people unaccounted for, Miami-Dade County Mayor Daniella Levine Cava said Friday.", low).Metric,
            Is.EqualTo(metric));

    // Your Middle East (AFP), 25 August 2013: patients who flooded into hospitals after others died did not die; the hospitals are no victims.
    [TestCase(3600, "count")]
    [TestCase(3, "count")]
    public void FigureWithAVerbOfItsOwn_AfterAClauseOpener_IsNotTheDeathsBeforeIt(double low, string metric) =>
        Assert.That(Extracted.Figure("Hours earlier, medical charity Doctors Without Borders (MSF) said 355 people had died after around 3,600 patients displaying \"neurotoxic symptoms\" " +
                                     "flooded into three hospitals on Wednesday, the day of the alleged attacks.", low).Metric, Is.EqualTo(metric));

    // UPI, 30 August 2013: people treated at hospitals are the injured.
    [Test]
    public void PeopleTreatedAtHospitals_AreInjured() =>
        Assert.That(Extracted.Figure("The assessment indicates 1,429 people, including 426 children, died in the attack and about 3,600 people were treated at hospitals for symptoms.", 3600).Metric,
            Is.EqualTo("wounded"));
}
