using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// The author of a document a figure is credited to: "according to estimates by protest organizers", "data from U.S. Citizenship and
/// Immigration Services", "a statement from UNICEF", and a body whose base is spelt after initials ("U.S.-based"). Sentences from real news.
/// </summary>
public sealed class DocumentAuthorsTests
{
    // A News, 11 November 2022; CBC News, 16 June 2019: a document's noun spelt like a verb ("estimates") goes on to its author after "by".
    [TestCase("At least 330 people have been killed in the protests in Iran in the last two months, according to estimates by U.S.-based " +
              "Human Rights Activists News Agency (HRANA).", 330, "Human Rights Activists News Agency")]
    [TestCase("Nearly two million of Hong Kong's seven million people turned out, according to estimates by protest organizers.", 1900000, "protest organizers")]
    public void EstimatesBySomeone_AreTheirs(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));

    // Reuters, 2017 (reuters-2017, articles.csv): a name right after "from" is the data's author, with or without "the".
    [Test]
    public void DataFromANamedBody_IsThatBodys() =>
        Assert.That(Extracted.Figure("Approvals from April to June totaled 1,862, down more than 50 percent from the previous three-month period, according to data " +
                                     "from U.S. Citizenship and Immigration Services (USCIS).", 1862).Claimant, Is.EqualTo("U.S. Citizenship and Immigration Services"));

    // Al Arabiya, 2020: "a statement from UNICEF said" after a quotation gives the quotation to UNICEF.
    [Test]
    public void AStatementFromANamedBody_SpeaksForIt() =>
        Assert.That(Extracted.Figure("“Over 300,000 people lost their homes and are now displaced. UNICEF estimates that nearly 80,000 are children. Children are likely " +
                                     "to be among the casualties,” a statement from UNICEF said.", 300000).Claimant, Is.EqualTo("UNICEF"));

    // Written for the test, after the A News sentence: where a body is based, spelt after initials, is no part of its name as a subject either.
    [Test]
    public void ABaseSpeltAfterInitials_IsNoPartOfTheName() =>
        Assert.That(Extracted.Figure("The U.S.-based Human Rights Activists News Agency said at least 330 people have been killed.", 330).Claimant,
            Is.EqualTo("Human Rights Activists News Agency"));
}
