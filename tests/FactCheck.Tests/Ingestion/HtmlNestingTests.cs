using System.Text;
using FactCheck.Diagnostics;
using FactCheck.Ingestion;

namespace FactCheck.Tests.Ingestion;

[TestFixture]
public sealed class HtmlNestingTests
{
    [Test]
    public void AnOrdinaryPage_IsPassedThroughUntouched()
    {
        const string page = """
            <html><head><title>A <b>title</b></title><script>if (a < b) { x = "<div>"; }</script></head>
            <body><div class="x" data-note='a > b'><p>One<p>Two<ul><li>three<li>four</ul><img src=x><br/></div></body></html>
            """;

        var limited = HtmlNesting.Limit(page, out var flattened);

        Assert.That(flattened, Is.False);
        Assert.That(limited, Is.SameAs(page));
    }

    [Test]
    public void ParagraphsWithoutEndTags_DoNotCountAsNesting()
    {
        var page = "<body>" + string.Concat(Enumerable.Repeat("<p>A paragraph", 2_000)) + "</body>";

        Assert.That(HtmlNesting.DeepestNesting(page), Is.EqualTo(1));
    }

    [Test]
    public void TagsInsideScriptsAndComments_AreNotCounted()
    {
        var deepInScript = "<script>" + string.Concat(Enumerable.Repeat("<div>", 1_000)) + "</script>";
        var deepInComment = "<!--" + string.Concat(Enumerable.Repeat("<div>", 1_000)) + "-->";

        Assert.That(HtmlNesting.DeepestNesting(deepInScript), Is.EqualTo(1));
        Assert.That(HtmlNesting.DeepestNesting(deepInComment), Is.Zero);
    }

    [Test]
    public void NestingPastTheCap_IsFlattened_KeepingTextAndLineBreaks()
    {
        var page = Nested(depth: 10, "<p>first</p><div>second</div>");

        var limited = HtmlNesting.Limit(page, out var flattened, maximumDepth: 4);

        Assert.That(flattened, Is.True);
        Assert.That(HtmlNesting.DeepestNesting(limited), Is.LessThanOrEqualTo(4));
        var lines = ReadText(limited);
        Assert.That(lines, Does.Contain("first"));
        Assert.That(lines, Does.Contain("second"));
    }

    [Test]
    public void AHundredThousandNestedDivs_AreReadWithAWarning()
    {
        var page = Nested(depth: 100_000, "<p>Officials said 40 people were killed in Sumy.</p>");
        var path = Path.Combine(Path.GetTempPath(), $"factcheck-deep-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, page);
        try
        {
            var warnings = new WarningCollector();
            var document = new HtmlDocumentReader().Read(path, warnings).Single();

            Assert.That(document.Text, Does.Contain("Officials said 40 people were killed in Sumy."));
            Assert.That(warnings.Warnings.Select(w => w.Problem), Has.Exactly(1).Contains("nested more than 512 deep"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Nested(int depth, string inner)
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth).Append(inner).Insert(html.Length, "</div>", depth);
        return html.Append("</body></html>").ToString();
    }

    private static string[] ReadText(string html)
    {
        var path = Path.Combine(Path.GetTempPath(), $"factcheck-nesting-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        try
        {
            return new HtmlDocumentReader().Read(path, new WarningCollector()).Single().Text.Split('\n');
        }
        finally
        {
            File.Delete(path);
        }
    }
}
