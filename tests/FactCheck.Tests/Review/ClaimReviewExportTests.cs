using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Review;

/// <summary>
/// `review export --format claimreview` through the real command line on the seeds, two of them
/// given a URL in their manifest: what it publishes must be publishable.
/// </summary>
[TestFixture]
public sealed class ClaimReviewExportTests
{
    private const string FranceUrl = "https://www.france24.com/en/europe/20220324-live-nato";
    private const string MoscowUrl = "https://www.swissinfo.ch/eng/russia-says-498-soldiers-killed";

    private TemporaryDirectory _workspace = null!;
    private List<JsonElement> _reviews = null!;
    private string _warnings = null!;

    [OneTimeSetUp]
    public void ConfirmFlagsAndExport()
    {
        _workspace = new TemporaryDirectory();
        var seeds = Directory.CreateDirectory(_workspace.File("seeds")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds).Where(f => !f.EndsWith("manifest.json")))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(seeds, "manifest.json"), $$"""
            {
              "000_d6aae57ac6bd2e79.txt": { "published": "2022-03-24", "publisher": "FRANCE 24", "url": "{{FranceUrl}}" },
              "001_a78aef3f362debc8.txt": { "published": "2022-03-02", "publisher": "ats / afp", "url": "{{MoscowUrl}}" },
              "002_426507a908c58273.txt": { "published": "2022-03-24" },
              "003_93f28ac5cc137d89.txt": { "published": "2024-04-04" },
              "004_670d0935c3b560d6.txt": { "published": "2022-03-23" }
            }
            """);
        var run = Cli("run", seeds, "--format", "json", "--out", _workspace.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var flags = JsonDocument.Parse(File.ReadAllText(_workspace.File("report.json"))).RootElement.GetProperty("flags").EnumerateArray().ToList();
        string Flag(string first, string second) => flags.Single(f => f.GetProperty("message").GetString()!.Contains(first)
                                                                    && f.GetProperty("message").GetString()!.Contains(second)).GetProperty("id").GetString()!;
        Confirm(Flag("Russia", "NATO"), "NATO's estimate is 14 times Moscow's");
        Confirm(Flag("Russia", "Zelensky"), "Zelensky's figure is 17 times Moscow's");
        Confirm(Flag("Pentagon", "wordings"), "the briefing transcript has the first wording");
        Confirm(Flag("Zelensky", "wordings"), "two translations of one address");

        var export = Cli("review", "export", "--format", "claimreview", "--publisher", "Desk");
        Assert.That(export.ExitCode, Is.Zero, export.Error);
        _reviews = JsonDocument.Parse(export.Output).RootElement.EnumerateArray().ToList();
        _warnings = export.Error;
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    private CliResult Cli(params string[] arguments) =>
        CliProcess.Run(_workspace.Path, [.. arguments, "--db", _workspace.File("factcheck.db"), "--rules", RepositoryPaths.Rules]);

    private void Confirm(string flag, string note) =>
        Assert.That(Cli("review", "set", flag, "--verdict", "confirmed", "--note", note, "--reviewer", "ana").ExitCode, Is.Zero);

    private JsonElement ReviewOf(string words) => _reviews.Single(r => r.GetProperty("claimReviewed").GetString()!.Contains(words));

    private static JsonElement Author(JsonElement review) => review.GetProperty("itemReviewed").GetProperty("author");

    [Test]
    public void AClaimInTwoConfirmedFlags_IsReviewedOnceWithBothNotes()
    {
        Assert.That(_reviews.Count(r => r.GetProperty("claimReviewed").GetString()!.Contains("498")), Is.EqualTo(1));
        Assert.That(ReviewOf("498").GetProperty("reviewBody").GetString(),
            Does.Contain("NATO's estimate is 14 times Moscow's").And.Contain("Zelensky's figure is 17 times Moscow's"));
        Assert.That(_reviews.Select(r => r.GetProperty("claimReviewed").GetString()), Is.Unique);
    }

    [Test]
    public void Authors_ArePeopleOnlyWhenTheLexiconSaysSo()
    {
        Assert.That(Author(ReviewOf("498")).GetProperty("name").GetString(), Is.EqualTo("Russia"));
        Assert.That(Author(ReviewOf("498")).GetProperty("@type").GetString(), Is.EqualTo("Organization"));
        var pentagon = _reviews.Where(r => Author(r).GetProperty("name").GetString() == "Pentagon").ToList();
        Assert.That(pentagon, Is.Not.Empty);
        Assert.That(pentagon.Select(r => Author(r).GetProperty("@type").GetString()), Is.All.EqualTo("Organization"));
        var zelensky = ReviewOf("Come with Ukrainian symbols");
        Assert.That(Author(zelensky).GetProperty("name").GetString(), Is.EqualTo("Zelensky"));
        Assert.That(Author(zelensky).GetProperty("@type").GetString(), Is.EqualTo("Person"));
    }

    [Test]
    public void Appearance_IsTheArticlesUrl_OrLeftOutWithAWarningNamingTheDocument()
    {
        Assert.That(ReviewOf("498").GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString(), Is.EqualTo(MoscowUrl));
        Assert.That(ReviewOf("Come with Ukrainian symbols").GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString(), Is.EqualTo(FranceUrl));
        var unlinked = ReviewOf("Go ahead with Ukrainian symbols").GetProperty("itemReviewed");
        Assert.That(unlinked.TryGetProperty("appearance", out _), Is.False, "no URL is known for 002, so no appearance rather than a file path");
        Assert.That(_warnings, Does.Match(@"warning: \S*002_426507a908c58273\.txt: no URL known"));
        Assert.That(_warnings, Does.Not.Contain("000_d6aae57ac6bd2e79.txt"));
    }

    [Test]
    public void EveryReview_HasTheShapeGoogleReadsForClaimReview()
    {
        foreach (var review in _reviews)
        {
            Assert.That(review.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(review.GetProperty("@type").GetString(), Is.EqualTo("ClaimReview"));
            Assert.That(review.GetProperty("claimReviewed").GetString(), Is.Not.Empty);
            Assert.That(review.GetProperty("author").GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(review.GetProperty("datePublished").GetString(), Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
            var rating = review.GetProperty("reviewRating");
            Assert.That(rating.GetProperty("alternateName").GetString(), Is.Not.Empty);
            Assert.That(rating.GetProperty("ratingValue").GetInt32(), Is.InRange(1, 5));
            var item = review.GetProperty("itemReviewed");
            Assert.That(item.GetProperty("@type").GetString(), Is.EqualTo("Claim"));
            if (item.TryGetProperty("author", out var author))
                Assert.That(author.GetProperty("@type").GetString(), Is.AnyOf("Person", "Organization"));
            if (item.TryGetProperty("appearance", out var appearance))
                Assert.That(appearance.GetProperty("url").GetString(), Does.StartWith("https://"));
        }
    }
}
