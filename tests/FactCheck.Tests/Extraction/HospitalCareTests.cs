using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>People who needed hospital care are wounded, in British spelling too. Sentences from the reporting of the 2017 Manchester Arena bombing.</summary>
public sealed class HospitalCareTests
{
    // Manchester Arena Inquiry, volume 2; Yahoo News UK, May 2017.
    [TestCase("A total of 111 people required hospitalisation.", 111)]
    [TestCase("Twenty-three people are still receiving critical hospital care after the Manchester Arena suicide bombing.", 23)]
    public void HospitalCare_IsWounded(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Metric, Is.EqualTo("wounded"));
}
