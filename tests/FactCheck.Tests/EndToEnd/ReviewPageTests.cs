using System.Net;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace FactCheck.Tests.EndToEnd;

/// <summary>The review page in a real browser, served by the real `factcheck serve` over a database of the seeds.</summary>
[TestFixture]
public sealed class ReviewPageTests
{
    private TemporaryDirectory _workspace = null!;
    private string _database = null!;
    private ServeProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task ServeTheSeeds()
    {
        _workspace = new TemporaryDirectory();
        _database = _workspace.File("factcheck.db");
        var run = CliProcess.Run(_workspace.Path, "run", RepositoryPaths.Seeds, "--db", _database, "--rules", RepositoryPaths.Rules, "--out", _workspace.File("report.html"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        _server = ServeProcess.Start(_workspace.Path, "--db", _database, "--rules", RepositoryPaths.Rules, "--reviewer", "ana");
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopEverything()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _server.Dispose();
        SqliteConnection.ClearAllPools();
        _workspace.Dispose();
    }

    private async Task<IPage> OpenReviewPage()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_server.Url);
        await page.Locator("#queue li.current").WaitForAsync();
        return page;
    }

    [Test]
    public async Task ReviewingAPairByKeyboardAlone_RecordsTheVerdictAndItsUndoInTheDatabase()
    {
        var page = await OpenReviewPage();
        var flagId = await page.Locator("#queue li.current").GetAttributeAsync("data-flag");
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("0 of 8 reviewed");

        await page.Keyboard.PressAsync("n");
        await page.Keyboard.TypeAsync("Moscow's toll is its first; checked with the desk");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("c");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("saved: confirmed");
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("1 of 8 reviewed");
        Assert.That(await page.Locator("#queue li.current").GetAttributeAsync("data-flag"), Is.Not.EqualTo(flagId), "moves on to the next flag");

        var recorded = History(flagId!);
        Assert.That(recorded.Select(v => (v.Verdict, v.Note, v.Reviewer)),
            Is.EqualTo(new[] { ("confirmed", (string?)"Moscow's toll is its first; checked with the desk", "ana") }));

        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("undone");
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("0 of 8 reviewed");
        Assert.That(await page.Locator("#queue li.current").GetAttributeAsync("data-flag"), Is.EqualTo(flagId), "undo returns to the flag");
        Assert.That(History(flagId!).Select(v => v.Verdict), Is.EqualTo(new[] { "confirmed", "unreviewed" }), "undo is appended, nothing erased");
    }

    [Test]
    public async Task AFlag_ShowsBothClaimsInTheirParagraphs_WithTheFigureHighlighted_AndLinksToTheDocument()
    {
        var page = await OpenReviewPage();
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        var claims = page.Locator("#flag .claim");
        Assert.That(await claims.CountAsync(), Is.EqualTo(2));
        var figures = await page.Locator("#flag .claim blockquote mark strong").AllTextContentsAsync();
        Assert.That(figures, Has.Count.EqualTo(2));
        Assert.That(figures, Has.Some.Contains("498"), "the first flag is Moscow's 498 against another toll");
        Assert.That(await page.Locator("#flag .explanation tr").CountAsync(), Is.GreaterThan(1));

        var link = page.Locator("#flag .claim a").First;
        var documentPage = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await documentPage.WaitForLoadStateAsync();
        var target = documentPage.Locator("mark:target");
        await Assertions.Expect(target).ToHaveCountAsync(1);
    }

    [Test]
    public async Task Filters_NarrowTheQueue()
    {
        var page = await OpenReviewPage();
        await page.SelectOptionAsync("#filter-severity", "high");
        await Assertions.Expect(page.Locator("#queue li")).ToHaveCountAsync(2);
        await page.SelectOptionAsync("#filter-rule", "quote-wording");
        await Assertions.Expect(page.Locator("#queue li")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#flag .empty")).ToHaveTextAsync("No flag matches these filters.");
    }

    [Test]
    public async Task Requests_WithoutTheToken_FromAForeignHost_OrCrossSite_AreRefused()
    {
        Assert.That(_server.Url, Does.StartWith("http://127.0.0.1:"), "loopback unless --host says otherwise");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _server.Origin };
        Assert.That((await client.GetAsync("/api/queue")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.GetAsync("/?token=wrong")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var rebinding = new HttpRequestMessage(HttpMethod.Get, _server.Url);
        rebinding.Headers.Host = $"attacker.example:{_server.Origin.Port}";
        Assert.That((await client.SendAsync(rebinding)).StatusCode, Is.EqualTo(HttpStatusCode.MisdirectedRequest));

        var login = await client.GetAsync(_server.Url);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        Assert.That(login.Headers.GetValues("Set-Cookie").Single(), Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);

        var flagId = new SqliteFactStoreReader(_database).FirstFlagId();
        var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/flags/{flagId}/verdict")
        {
            Content = new StringContent("""{"verdict":"dismissed"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        forged.Headers.Add("Cookie", cookie);
        forged.Headers.Add("Origin", "http://attacker.example");
        Assert.That((await client.SendAsync(forged)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var withoutAntiforgery = new HttpRequestMessage(HttpMethod.Post, $"/api/flags/{flagId}/verdict")
        {
            Content = new StringContent("""{"verdict":"dismissed"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        withoutAntiforgery.Headers.Add("Cookie", cookie);
        Assert.That((await client.SendAsync(withoutAntiforgery)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(History(flagId).Where(v => v.Verdict == "dismissed"), Is.Empty);
    }

    private IReadOnlyList<FactCheck.Review.VerdictEntry> History(string flagId)
    {
        using var store = SqliteFactStore.Open(_database);
        return store.VerdictHistory(flagId);
    }

    private sealed class SqliteFactStoreReader(string database)
    {
        public string FirstFlagId()
        {
            using var store = SqliteFactStore.Open(database);
            return store.Flags().First(f => f.Flag.Kind == FactCheck.Rules.FindingKind.Discrepancy).Flag.Id;
        }
    }
}
