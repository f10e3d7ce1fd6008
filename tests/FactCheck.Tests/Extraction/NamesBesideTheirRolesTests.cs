using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A person named beside their role is the source, not the role: after an adverb set off between the title and the verb ("Harsh Sanghavi,
/// Gujarat's home minister, however, put the death toll at seven", News Now Bangla on the 2022 Morbi bridge collapse), and after a
/// role behind the verb when the name closes the sentence ("..., said the governor of Brasilia, Ibaneis Rocha.", ANA Noticias of
/// 9 January 2023; "..., said a state police officer, RL Vishwakarma.", The Guardian of 21 June 2013).
/// </summary>
public sealed class NamesBesideTheirRolesTests
{
    [Test]
    public void ANameBeforeItsTitle_SpeaksPastAnAdverbSetOffBeforeTheVerb()
    {
        var claim = Extracted.Figure("Harsh Sanghavi, Gujarat’s home minister, however, put the death toll at seven.", 7);
        Assert.That(claim.Claimant, Is.EqualTo("Harsh Sanghavi"));
    }

    [Test]
    public void ANameAfterALowerCaseTitle_ClosingTheSentence_Speaks()
    {
        var claim = Extracted.Figure(
            "I come to report that more than 400 people were arrested and will pay for the crimes committed, we work to identify those who participated in the terrorist acts,” said the governor of Brasilia, Ibaneis Rocha.",
            400, published: new DateOnly(2023, 1, 9));
        Assert.That(claim.Claimant, Is.EqualTo("Ibaneis Rocha"));
    }

    [Test]
    public void ANameAfterAPersonNoun_ClosingTheSentence_Speaks()
    {
        var claim = Extracted.Figure("A further 17 people died after their homes collapsed in neighbouring Uttar Pradesh state, said a state police officer, RL Vishwakarma.",
            17, published: new DateOnly(2013, 6, 21));
        Assert.That(claim.Claimant, Is.EqualTo("RL Vishwakarma"));
    }

    [Test]
    public void AnAdverbSetOffAfterAnUnnamedSource_LeavesTheSource()
    {
        // Written for the test: an adverb set off after a source with no name before it.
        var claim = Extracted.Figure("The police, however, estimated that only 31,000 turned out.", 31_000);
        Assert.That(claim.Claimant, Is.EqualTo("police"));
    }

    [Test]
    public void ARoleWithNoNameAfterIt_StaysTheSource()
    {
        // Written for the test: a relative clause, not a name, follows the role.
        var claim = Extracted.Figure("At least 12 people were killed, said the minister, who spoke on condition of anonymity.", 12);
        Assert.That(claim.Claimant, Is.EqualTo("minister"));
    }
}
