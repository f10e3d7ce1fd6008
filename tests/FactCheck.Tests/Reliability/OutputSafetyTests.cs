using System.Text.Json;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace FactCheck.Tests.Reliability;

/// <summary>
/// Documents carrying 55 injection strings (script tags, event handlers, javascript: links, U+2028)
/// in titles, publishers, flagged sentences and quotes: the HTML report and the review page, opened
/// in a real browser, show them as text and run none of them.
/// </summary>
[TestFixture]
public sealed class OutputSafetyTests
{
    private const int Documents = 10;

    /// <summary>Counts anything a payload could have turned into live markup.</summary>
    private const string LiveMarkup = """
        () => ({
          handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length,
          scripts: document.scripts.length,
          javascriptUrls: [...document.querySelectorAll('*')].filter(e => ['href', 'src', 'action', 'data', 'formaction']
              .some(name => /^\s*javascript:/i.test(e.getAttribute(name) || ''))).length,
          embeds: document.querySelectorAll('iframe, object, embed, base, template, noscript, meta[http-equiv="refresh" i], link[rel="import" i], marquee, details, video, audio, form:not(#filters), input, textarea:not(#note), select:not([id^="filter-"])').length,
          text: document.body.innerText,
        })
        """;

    private TemporaryDirectory _workspace = null!;
    private string _database = null!;
    private string[] _payloads = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task IngestHostileDocuments()
    {
        _payloads = File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Reliability", "injections.txt"))
            .Where(line => line.Length > 0).ToArray();
        Assert.That(_payloads, Has.Length.GreaterThanOrEqualTo(50));
        _workspace = new TemporaryDirectory();
        _database = _workspace.File("factcheck.db");
        var corpus = Directory.CreateDirectory(_workspace.File("corpus")).FullName;
        for (var i = 0; i < Documents; i++)
        {
            string Payload(int slot) => _payloads[(i * 6 + slot) % _payloads.Length];
            var (claim, figure) = i % 2 == 0 ? ("NATO estimated that", "7,000") : ("Moscow said", "498");
            File.WriteAllText(Path.Combine(corpus, $"report{i}.txt"), $"""
                ---
                title: Report {i} {Payload(0)}
                published: 2022-03-{10 + i}
                publisher: Desk {Payload(1)}
                ---
                {claim} {figure} Russian soldiers have been killed in Ukraine, {Payload(2)} officials added.

                Residents said {Payload(3)} the shelling went on.

                "We will not give up {Payload(4)}," Zelensky said on Tuesday.

                {Payload(5)}
                """);
        }
        var run = CliProcess.Run(_workspace.Path, "run", corpus, "--db", _database, "--rules", RepositoryPaths.Rules,
            "--format", "html", "--out", _workspace.File("report.html"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task CleanUp()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        SqliteConnection.ClearAllPools();
        _workspace.Dispose();
    }

    [Test]
    public async Task TheHtmlReport_ShowsEveryPayloadAsText_AndRunsNone()
    {
        var page = await _browser.NewPageAsync();
        var dialogs = CountDialogs(page);
        await page.GotoAsync(new Uri(_workspace.File("report.html")).AbsoluteUri);
        await page.WaitForTimeoutAsync(300);

        var live = await page.EvaluateAsync<JsonElement>(LiveMarkup);
        Assert.That(dialogs(), Is.Zero, "a payload ran");
        Assert.That((live.GetProperty("handlers").GetInt32(), live.GetProperty("scripts").GetInt32(),
            live.GetProperty("javascriptUrls").GetInt32(), live.GetProperty("embeds").GetInt32()), Is.EqualTo((0, 0, 0, 0)));
        var shown = _payloads.Count(p => live.GetProperty("text").GetString()!.Contains(p.Trim(), StringComparison.Ordinal));
        Assert.That(shown, Is.GreaterThanOrEqualTo(5), "flagged sentences carrying payloads are shown, as text");
    }

    [Test]
    public async Task TheReviewPageAndDocumentPages_ShowEveryPayloadAsText_AndRunNone()
    {
        using var server = ServeProcess.Start(_workspace.Path, "--db", _database, "--rules", RepositoryPaths.Rules, "--reviewer", "ana");
        var page = await _browser.NewPageAsync();
        var dialogs = CountDialogs(page);
        await page.GotoAsync(server.Url);
        await page.Locator("#queue li.current").WaitForAsync();
        var flags = await page.Locator("#queue li").CountAsync();
        Assert.That(flags, Is.GreaterThanOrEqualTo(Documents / 2), "NATO's and Moscow's tolls are flagged against each other");

        var seen = new HashSet<string>();
        for (var i = 0; i < flags; i++)
        {
            var live = await page.EvaluateAsync<JsonElement>(LiveMarkup);
            Assert.That((live.GetProperty("handlers").GetInt32(), live.GetProperty("scripts").GetInt32(),
                live.GetProperty("javascriptUrls").GetInt32(), live.GetProperty("embeds").GetInt32()), Is.EqualTo((0, 1, 0, 0)), $"flag {i + 1}");
            seen.UnionWith(_payloads.Where(p => live.GetProperty("text").GetString()!.Contains(p.Trim(), StringComparison.Ordinal)));
            await page.Keyboard.PressAsync("j");
        }
        Assert.That(seen, Has.Count.GreaterThanOrEqualTo(10), "titles, paragraphs and sentences with payloads are shown as text");

        var queue = await page.Context.APIRequest.GetAsync(new Uri(new Uri(server.Url), "/api/queue").AbsoluteUri);
        var json = await queue.TextAsync();
        Assert.That(json.Contains('<') || json.Contains('>'), Is.False, "JSON escapes < and > so it can never close a script block");
        Assert.That(json, Does.Contain("\\u003Cscript\\u003E").IgnoreCase, "the payloads are in it, escaped");

        for (var i = 0; i < Documents; i++)
        {
            var path = $"corpus/report{i}.txt"; // named relative to the database
            await page.GotoAsync(new Uri(new Uri(server.Url), $"/document?path={Uri.EscapeDataString(path)}").AbsoluteUri);
            var live = await page.EvaluateAsync<JsonElement>(LiveMarkup);
            Assert.That((live.GetProperty("handlers").GetInt32(), live.GetProperty("scripts").GetInt32(),
                live.GetProperty("javascriptUrls").GetInt32(), live.GetProperty("embeds").GetInt32()), Is.EqualTo((0, 0, 0, 0)), path);
            Assert.That(live.GetProperty("text").GetString(), Does.Contain(_payloads[(i * 6 + 3) % _payloads.Length].Trim()));
        }
        await page.WaitForTimeoutAsync(300);
        Assert.That(dialogs(), Is.Zero, "a payload ran");
    }

    private static Func<int> CountDialogs(IPage page)
    {
        var count = 0;
        page.Dialog += async (_, dialog) =>
        {
            Interlocked.Increment(ref count);
            await dialog.DismissAsync();
        };
        return () => count;
    }
}
