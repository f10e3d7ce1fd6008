using System.Text.RegularExpressions;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reports;

/// <summary>The HTML and Markdown reports `factcheck run seeds` writes, read as a fact-checker reads them.</summary>
[TestFixture]
public sealed partial class SeedReportTests
{
    private static readonly string[] Severities = ["high", "medium", "low", "info"];

    private TemporaryDirectory _workspace = null!;
    private string _html = null!;
    private string _markdown = null!;

    [OneTimeSetUp]
    public void WriteReports()
    {
        _workspace = new TemporaryDirectory();
        var run = CliProcess.Run(_workspace.Path, "run", RepositoryPaths.Seeds, "--db", _workspace.File("factcheck.db"), "--rules", RepositoryPaths.Rules,
            "--format", "md", "--out", _workspace.File("report.md"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var html = CliProcess.Run(_workspace.Path, "report", "--db", _workspace.File("factcheck.db"), "--rules", RepositoryPaths.Rules,
            "--format", "html", "--out", _workspace.File("report.html"));
        Assert.That(html.ExitCode, Is.Zero, html.Error);
        _html = File.ReadAllText(_workspace.File("report.html"));
        _markdown = File.ReadAllText(_workspace.File("report.md"));
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    [GeneratedRegex("<section><h2>(?!Agreements).*?</section>")]
    private static partial Regex EventSection();

    [Test]
    public void HtmlSections_ComeMostSevereFirst()
    {
        var ranks = EventSection().Matches(_html)
            .Select(s => Regex.Matches(s.Value, "class=\"badge sev-(\\w+)\"").Min(b => Array.IndexOf(Severities, b.Groups[1].Value))).ToList();
        Assert.That(ranks, Is.Not.Empty);
        Assert.That(ranks[0], Is.EqualTo(0), "the high-severity dispute opens the report");
        Assert.That(ranks, Is.Ordered);
    }

    [Test]
    public void MarkdownSections_ComeMostSevereFirst()
    {
        var sections = _markdown.Split("\n## ").Skip(1).Where(s => !s.StartsWith("Agreements")).ToList();
        var ranks = sections.Select(s => Regex.Matches(s, "^### (\\w+):", RegexOptions.Multiline)
            .Min(m => Array.IndexOf(Severities, m.Groups[1].Value.ToLowerInvariant()))).ToList();
        Assert.That(ranks[0], Is.EqualTo(0));
        Assert.That(ranks, Is.Ordered);
    }

    [Test]
    public void Timeline_ShowsOnlyFiguresOfTheSectionsFlags()
    {
        foreach (Match section in EventSection().Matches(_html))
        {
            // A flag's side reads "<div class="figure">498</div><div class="who">Russia (…) · 2022-03-02</div>".
            var flagged = Regex.Matches(section.Value, "<div class=\"figure\">(.*?)</div><div class=\"who\">(.*?)(?: \\(.*?\\))? · (\\S+)</div>")
                .Select(m => $"{m.Groups[2].Value}: {m.Groups[1].Value} ({m.Groups[3].Value})").ToHashSet();
            foreach (Match timeline in Regex.Matches(section.Value, "<svg class=\"chart timeline\".*?</svg>"))
                foreach (Match point in Regex.Matches(timeline.Value, "<title>(.*?)</title>"))
                    Assert.That(flagged, Does.Contain(point.Groups[1].Value), "a dot on the timeline belongs to a flag shown below it");
        }
    }

    [Test]
    public void Agreements_OneFigureFromSeveralSources_IsListedOnce()
    {
        var agreements = _markdown[_markdown.IndexOf("## Agreements", StringComparison.Ordinal)..];
        Assert.That(Regex.Matches(agreements, "battlegroups").Count, Is.EqualTo(1), agreements);
        Assert.That(agreements, Does.Contain("4 battlegroups deployed: ").And.Contain(" agree"));
        var html = _html[_html.IndexOf("<h2>Agreements</h2>", StringComparison.Ordinal)..];
        Assert.That(Regex.Matches(html, "battlegroups").Count, Is.EqualTo(1));
    }
}
