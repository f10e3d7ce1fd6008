using System.Text.Json;
using FactCheck.Extraction;
using FactCheck.Reports;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reports;

public sealed class ReportWritersTests
{
    private const string Injection = "</script><img src=x onerror=alert(1)>";

    private static Report SampleReport(string moscowSentence = "Moscow announced the death of 498 of its soldiers.")
    {
        var nato = Some.Claim("NATO", 7000, 15000, date: new DateOnly(2022, 3, 23), document: "seeds/000.txt") with
        {
            Sentence = "NATO estimated that 7,000 to 15,000 Russian soldiers have been killed.", Start = 20, End = 35, SentenceStart = 0,
        };
        var moscow = Some.Claim("Russia", 498, 498, qualifier: "exact", date: new DateOnly(2022, 3, 2), document: "seeds/001.txt") with
        {
            Sentence = moscowSentence, ClaimantBody = "Russian Defence Ministry", SentenceStart = 0,
            Start = moscowSentence.IndexOf("498", StringComparison.Ordinal), End = moscowSentence.IndexOf("498", StringComparison.Ordinal) + 3,
        };
        var refugees = Some.Claim("UNHCR", 3600000, double.PositiveInfinity, metric: "refugees", subject: "refugees", side: null,
            qualifier: "more than", document: "seeds/000.txt") with { Sentence = "More than 3.6 million refugees have fled, the UNHCR said." };
        var refugeesLow = refugees with
        {
            Claimant = "Poland", Low = 1000000, High = 1000000, Qualifier = "exact", Sentence = "Poland said it had taken in 1 million refugees.",
        };
        Flag Flag(Severity severity, string message, params Claim[] claims) =>
            new() { RuleId = "casualty-toll-conflict", RuleKind = "numeric-conflict", Severity = severity, Message = message, Claims = claims };
        return new Report(new ReportSummary(2, 4), [
            new ReportedFlag(Flag(Severity.High, "Russia says 498; NATO says 7,000–15,000", moscow, nato), "unreviewed"),
            new ReportedFlag(Flag(Severity.Medium, "Poland says 1 million; UNHCR says more than 3.6 million", refugeesLow, refugees), "confirmed"),
        ]);
    }

    private static string Write(string format, Report report)
    {
        using var output = new StringWriter();
        Pipelines.Default.ReportWriters.Find(format).Write(report, output);
        return output.ToString();
    }

    [TestCase("json")]
    [TestCase("md")]
    [TestCase("csv")]
    public void Write_MatchesTheApprovedFile(string format)
    {
        // To approve a deliberate change, copy the .received file over the .approved one.
        var approved = Path.Combine(RepositoryPaths.Root, "tests", "FactCheck.Tests", "Reports", "Approved", $"report.approved.{format}");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received") + "." + format;
        var actual = Write(format, SampleReport()).ReplaceLineEndings("\n");
        if (!File.Exists(approved) || File.ReadAllText(approved) != actual)
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"{format} report differs from {approved}; see {received}");
        }
        File.Delete(received);
    }

    [Test]
    public void Json_FollowsTheContract()
    {
        using var json = JsonDocument.Parse(Write("json", SampleReport()));
        var flag = json.RootElement.GetProperty("flags")[0];
        Assert.That(flag.GetProperty("severity").GetString(), Is.EqualTo("high"));
        Assert.That(flag.GetProperty("verdict").GetString(), Is.EqualTo("unreviewed"));
        Assert.That(flag.GetProperty("id").GetString(), Does.StartWith("f"));
        var claim = flag.GetProperty("claims")[1];
        foreach (var field in new[] { "id", "document", "source", "metric", "subject", "low", "high", "qualifier", "unit", "date", "text", "start", "end" })
            Assert.That(claim.TryGetProperty(field, out _), field);
        Assert.That(claim.GetProperty("low").GetRawText(), Is.EqualTo("7000"));
        var unbounded = json.RootElement.GetProperty("flags")[1].GetProperty("claims")[1];
        Assert.That(unbounded.GetProperty("high").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Html_IsSelfContainedWithAChartPerEvent()
    {
        var html = Write("html", SampleReport());
        Assert.That(html, Does.Not.Contain("src=\"http").And.Not.Contain("href=\"http").And.Not.Contain("<script"));
        Assert.That(html.Split("<svg").Length - 1, Is.EqualTo(3), "a figure chart for each of the two events, and the timeline of the one that spans dates");
        Assert.That(html, Does.Contain("<mark>"));
    }

    [Test]
    public void Reports_GroupFindingsByEvent_TheMostSevereFirst_AndNeverMixPlaces()
    {
        var sample = SampleReport();
        var (moscow, nato) = (sample.Flags[0].Flag.Claims[0], sample.Flags[0].Flag.Claims[1]);
        var zelensky = nato with { Claimant = "Zelensky", Low = 8550, High = 9000, Qualifier = "nearly", Document = "seeds/002.txt" };
        var kharkiv = Some.Claim("Igor Terekhov", 4, 4, subject: "people", side: null, qualifier: "exact", location: "Kharkiv", document: "seeds/003.txt")
            with { PlacePath = "Ukraine > Kharkiv region > Kharkiv" };
        var elsewhere = kharkiv with { Claimant = "Ukraine", Low = 9, High = 9, Location = "Odesa", PlacePath = "Ukraine > Odesa region > Odesa", Document = "seeds/004.txt" };
        Flag Flag(Severity severity, params Claim[] claims) =>
            new() { RuleId = "casualty-toll-conflict", RuleKind = "numeric-conflict", Severity = severity, Message = "m", Claims = claims };
        var report = sample with
        {
            Flags = [.. sample.Flags, new ReportedFlag(Flag(Severity.High, moscow, zelensky), "unreviewed"), new ReportedFlag(Flag(Severity.Info, kharkiv, kharkiv with { Low = 3, High = 3, Claimant = "Ukraine" }), "unreviewed")],
            Context = [elsewhere, kharkiv with { Claimant = "Oleh Synehubov", Low = 9, High = 9, AssertedOn = kharkiv.AssertedOn!.Value.AddDays(-20), Document = "seeds/005.txt" }],
        };

        var events = EventFindings.Of(report);
        Assert.That(events.Select(e => e.Flags.Count), Is.EqualTo(new[] { 2, 1, 1 }), "Moscow's 498 joins its two disputes; refugees; Kharkiv");
        Assert.That(events[0].Title, Does.StartWith("killed, Russian soldiers"));
        Assert.That(events[^1].Figures.Select(c => c.Location), Has.No.Member("Odesa"), "another city's toll is another event");
        Assert.That(events[^1].Figures.Select(c => c.Claimant), Has.No.Member("Oleh Synehubov"), "and so is the same city's toll three weeks earlier");
        Assert.That(Write("md", report), Does.Contain("| Date | Source | Figure | Low | High | Document |"));
    }

    [Test]
    public void Reports_OneDistanceInTwoUnits_IsOneEvent_DrawnOnOneAxisPerUnit()
    {
        // "about 150 kilometers (90 miles) from the Russian border" against "160 kilometers (100 miles) west of Russia".
        Claim Distance(string document, double value, string unit, int sentence) =>
            Some.Claim("unattributed", value, value, metric: "distance", subject: "unspecified", side: null, qualifier: "exact", location: "Slovyansk", document: document)
                with { Unit = unit, SentenceStart = sentence, PlacePath = "Ukraine > Donetsk region > Sloviansk" };
        Flag Flag(params Claim[] claims) =>
            new() { RuleId = "distance-conflict", RuleKind = "numeric-conflict", Severity = Severity.Low, Message = "m", Claims = claims };
        var report = new Report(new ReportSummary(2, 4), [
            new ReportedFlag(Flag(Distance("a.txt", 150, "km", 10), Distance("b.txt", 160, "km", 40)), "unreviewed"),
            new ReportedFlag(Flag(Distance("a.txt", 90, "miles", 10), Distance("b.txt", 100, "miles", 40)), "unreviewed"),
        ]);

        Assert.That(EventFindings.Of(report), Has.Count.EqualTo(1));
        Assert.That(Write("html", report).Split("<svg").Length - 1, Is.EqualTo(2), "a chart for the kilometres and one for the miles");
    }

    [Test]
    public void Html_DrawsAnEventsOtherFiguresOnItsStripOnly_AndNoTimelineForASingleDate()
    {
        var sample = SampleReport();
        var placed = sample.Flags[0].Flag.Claims.Select(c => c with { Location = "Ukraine", PlacePath = "Ukraine" }).ToArray();
        var located = sample with { Flags = [sample.Flags[0] with { Flag = sample.Flags[0].Flag with { Claims = placed } }, sample.Flags[1]] };
        var revisedLater = placed[0] with { Low = 1351, High = 1351, AssertedOn = new DateOnly(2022, 3, 25), Sentence = "Moscow now says 1,351 <died>." };
        var html = Write("html", located with { Context = [.. placed, revisedLater] });
        Assert.That(html, Does.Contain("Over time"));
        Assert.That(html.Split("<svg").Length - 1, Is.EqualTo(3), "two figure charts and one timeline");
        Assert.That(html, Does.Contain("Russia &#183; 1,351 &#183; 2022-03-25 &#183; not flagged"), "the strip shows the event's unflagged figure, marked");
        var timeline = html[html.IndexOf("<svg class=\"chart timeline\"", StringComparison.Ordinal)..];
        Assert.That(timeline[..timeline.IndexOf("</svg>", StringComparison.Ordinal)], Does.Not.Contain("1,351"), "the timeline shows only flagged figures");

        var oneDate = placed.Select(c => c with { AssertedOn = new DateOnly(2022, 3, 2) }).ToArray();
        var sameDay = located with { Flags = [sample.Flags[0] with { Flag = sample.Flags[0].Flag with { Claims = oneDate } }, sample.Flags[1]] };
        Assert.That(Write("html", sameDay with { Context = oneDate }), Does.Not.Contain("Over time"));
    }

    [Test]
    public void Html_EncodesDocumentText()
    {
        var html = Write("html", SampleReport($"Moscow said 498 {Injection} soldiers died."));
        Assert.That(html, Does.Not.Contain(Injection).And.Not.Contain("<img"));
        Assert.That(html, Does.Contain("&lt;/script&gt;").And.Contain("&lt;img src=x onerror=alert(1)&gt;"));
    }

    [Test]
    public void AgreementsAreListedApartFromDiscrepancies()
    {
        var report = SampleReport();
        var agreement = report.Flags[0].Flag with { RuleId = "independent-agreement", Kind = FindingKind.Agreement, Severity = Severity.Info, Message = "NATO and UNHCR agree" };
        report = report with { Flags = [.. report.Flags, new ReportedFlag(agreement, "unreviewed")] };
        Assert.That(Write("md", report), Does.Contain("## Agreements\n\n- NATO and UNHCR agree"));
        Assert.That(Write("html", report), Does.Contain("<li>NATO and UNHCR agree</li>"));
        using var json = System.Text.Json.JsonDocument.Parse(Write("json", report));
        Assert.That(json.RootElement.GetProperty("agreements").GetArrayLength(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("flags").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void Markdown_EscapesQuotedText()
    {
        var markdown = Write("md", SampleReport("Moscow said *498* [soldiers](http://x) died."));
        Assert.That(markdown, Does.Contain("\\*498\\* \\[soldiers\\](http://x)"));
    }

    [Test]
    public void Csv_DefusesFormulas()
    {
        var csv = Write("csv", SampleReport("=HYPERLINK(\"http://x\") 498"));
        Assert.That(csv, Does.Not.Contain(",=HYPERLINK").And.Not.Contain("\"=HYPERLINK"));
    }

    [TestCase(7000, 15000, "range", "people", "7,000–15,000")]
    [TestCase(8550, 9000, "nearly", "people", "nearly 9,000")]
    [TestCase(3600000, double.PositiveInfinity, "more than", "people", "more than 3.6 million")]
    [TestCase(25000000, 25000000, "exact", "GBP", "25 million GBP")]
    [TestCase(15, 15, "exact", "percent", "15%")]
    public void FigureFormatter_WritesFiguresAsReadersDo(double low, double high, string qualifier, string unit, string expected)
    {
        var claim = Some.Claim(low: low, high: high, qualifier: qualifier) with { Unit = unit };
        Assert.That(FigureFormatter.Format(claim), Is.EqualTo(expected));
    }
}
