using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// The review page holding the queue a window at a time: served over the seeds' eight flags with
/// windows of three, the keys still go through every flag in order, across the windows' edges.
/// </summary>
[TestFixture]
public sealed class ReviewPagePagingTests
{
    private TemporaryDirectory _workspace = null!;
    private ServeProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private List<string> _queue = null!;

    [OneTimeSetUp]
    public async Task ServeTheSeedsInWindowsOfThree()
    {
        _workspace = new TemporaryDirectory();
        var database = _workspace.File("factcheck.db");
        var run = CliProcess.Run(_workspace.Path, "run", RepositoryPaths.Seeds, "--db", database, "--rules", RepositoryPaths.Rules, "--out", _workspace.File("report.html"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using (var store = SqliteFactStore.Open(database))
            _queue = store.Flags().Where(f => f.Flag.Kind == FindingKind.Discrepancy)
                .OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Id, StringComparer.Ordinal).Select(f => f.Flag.Id).ToList();
        Assert.That(_queue, Has.Count.EqualTo(8));
        _server = ServeProcess.Start(_workspace.Path, "--db", database, "--rules", RepositoryPaths.Rules, "--reviewer", "ana", "--page-size", "3");
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

    private static Task<string?> Current(IPage page) => page.Locator("#queue li.current").GetAttributeAsync("data-flag");

    [Test]
    public async Task TheQueue_HoldsOneWindow_WithTheCountsOfTheWhole()
    {
        var page = await OpenReviewPage();
        await Assertions.Expect(page.Locator("#queue li")).ToHaveCountAsync(3);
        Assert.That(await page.Locator("#queue li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.flag)"), Is.EqualTo(_queue.Take(3)));
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("0 of 8 reviewed");
        await Assertions.Expect(page.Locator("#flag p").First).ToContainTextAsync("1 of 8");
    }

    [Test]
    public async Task JAndK_CrossAWindowsEdge_ToTheNextAndPreviousFlag()
    {
        var page = await OpenReviewPage();
        var seen = new List<string?> { await Current(page) };
        for (var i = 1; i < _queue.Count; i++)
        {
            await page.Keyboard.PressAsync("j");
            await Assertions.Expect(page.Locator("#flag p").First).ToContainTextAsync($"{i + 1} of 8");
            seen.Add(await Current(page));
        }
        Assert.That(seen, Is.EqualTo(_queue), "j visits every flag once, in order, through three windows");

        await page.Keyboard.PressAsync("j");
        Assert.That(await Current(page), Is.EqualTo(_queue[^1]), "j at the last flag stays there");

        for (var i = _queue.Count - 2; i >= 2; i--) await page.Keyboard.PressAsync("k");
        await Assertions.Expect(page.Locator("#flag p").First).ToContainTextAsync("3 of 8");
        Assert.That(await Current(page), Is.EqualTo(_queue[2]), "k back over the edge lands on the previous window's last flag");
        await Assertions.Expect(page.Locator("#queue li")).ToHaveCountAsync(3);
    }

    [Test]
    public async Task AVerdictOnAWindowsLastFlag_MovesOnToTheNextWindow()
    {
        var page = await OpenReviewPage();
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("#flag p").First).ToContainTextAsync("3 of 8");
        await page.Keyboard.PressAsync("f");
        await Assertions.Expect(page.Locator("#flag p").First).ToContainTextAsync("4 of 8");
        Assert.That(await Current(page), Is.EqualTo(_queue[3]));
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("1 of 8 reviewed");
        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("0 of 8 reviewed");
        await Assertions.Expect(page.Locator("#flag p").First).ToContainTextAsync("3 of 8");
        Assert.That(await Current(page), Is.EqualTo(_queue[2]), "undo goes back to the flag, in the window before");
    }
}
