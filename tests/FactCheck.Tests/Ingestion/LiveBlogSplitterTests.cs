using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Ingestion;

public sealed class LiveBlogSplitterTests
{
    private static (string Text, IReadOnlyList<DocumentSection> Sections) Seed(string prefix, DateOnly published)
    {
        var text = File.ReadAllText(Directory.GetFiles(RepositoryPaths.Seeds, prefix + "_*.txt").Single());
        return (text, LiveBlogSplitter.Split(text, published));
    }

    private static DocumentSection Entry(IReadOnlyList<DocumentSection> sections, string headingStart) =>
        sections.Single(s => s.Heading?.StartsWith(headingStart, StringComparison.Ordinal) == true);

    [Test]
    public void Split_France24LiveBlog_RollsTheDayBackAtMidnight()
    {
        var (_, sections) = Seed("000", new DateOnly(2022, 3, 24));
        Assert.That(sections.Count(s => s.Heading is not null), Is.EqualTo(31));
        Assert.That(Entry(sections, "7,000 to 15,000").Date, Is.EqualTo(new DateOnly(2022, 3, 24)));
        Assert.That(Entry(sections, "Russian move on Ukraine aid fails").Date, Is.EqualTo(new DateOnly(2022, 3, 23)));
        Assert.That(Entry(sections, "Zelensky says talks with Russia tough").Date, Is.EqualTo(new DateOnly(2022, 3, 22)));
        Assert.That(Entry(sections, "Zelensky says talks with Russia tough").Time, Is.EqualTo(new TimeOnly(23, 22)));
    }

    [Test]
    public void Split_GmtLiveBlog_TakesTheDateLineAndRollsBack()
    {
        var (_, sections) = Seed("003", new DateOnly(2024, 4, 1));
        Assert.That(Entry(sections, "Russian strike on Kharkiv 'despicable'").Date, Is.EqualTo(new DateOnly(2024, 4, 4)));
        Assert.That(Entry(sections, "Top diplomats to mark 75 years").Date, Is.EqualTo(new DateOnly(2024, 4, 3)));
    }

    [Test]
    public void Split_SectionsCoverTheTextInOrder()
    {
        var (text, sections) = Seed("000", new DateOnly(2022, 3, 24));
        Assert.That(sections[0].Start, Is.Zero);
        Assert.That(sections[^1].End, Is.EqualTo(text.Length));
        for (var i = 1; i < sections.Count; i++) Assert.That(sections[i].Start, Is.EqualTo(sections[i - 1].End));
    }

    [Test]
    public void Split_OrdinaryArticle_IsOneSection()
    {
        var (text, sections) = Seed("001", new DateOnly(2022, 3, 2));
        Assert.That(sections, Is.EqualTo(new[] { new DocumentSection(0, text.Length, null, new DateOnly(2022, 3, 2), null) }));
    }
}
