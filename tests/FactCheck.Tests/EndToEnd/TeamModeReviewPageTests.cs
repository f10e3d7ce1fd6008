using System.Net;
using System.Text.RegularExpressions;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// Two reviewers, each with their own review page (`factcheck serve`) on one PostgreSQL database,
/// pressing keys at the same moment: every verdict is recorded, and each page sees the other's.
/// </summary>
[TestFixture]
public sealed partial class TeamModeReviewPageTests
{
    [Test]
    public async Task TwoReviewPagesOnOneDatabase_RecordEveryVerdictSentAtTheSameMoment()
    {
        using var folder = new TemporaryDirectory();
        var database = PostgresCluster.Shared.CreateDatabase();
        var run = CliProcess.Run(folder.Path, "run", RepositoryPaths.Seeds, "--db", database, "--rules", RepositoryPaths.Rules, "--out", folder.File("report.md"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        string[] flags;
        using (var store = FactStores.Open(database))
            flags = store.Flags().Where(f => f.Flag.Kind == FactCheck.Rules.FindingKind.Discrepancy).Select(f => f.Flag.Id).ToArray();

        using var ana = ServeProcess.Start(folder.Path, "--db", database, "--rules", RepositoryPaths.Rules, "--reviewer", "ana");
        using var ben = ServeProcess.Start(folder.Path, "--db", database, "--rules", RepositoryPaths.Rules, "--reviewer", "ben");
        var pages = new[] { await Reviewer.LogIn(ana), await Reviewer.LogIn(ben) };

        var sent = flags.SelectMany(flag => pages.Select(page => page.Record(flag, page == pages[0] ? "confirmed" : "dismissed"))).ToList();
        var answers = await Task.WhenAll(sent);
        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK));

        using (var store = FactStores.Open(database))
        {
            var history = store.VerdictHistory();
            Assert.That(history.Select(v => (v.FlagId, v.Reviewer)),
                Is.EquivalentTo(flags.SelectMany(flag => new[] { (flag, "ana"), (flag, "ben") })));
        }
        var queue = await pages[1].Queue();
        Assert.That(queue, Does.Contain("\"confirmed\"").Or.Contain("\"dismissed\""));
        foreach (var page in pages) page.Dispose();
    }

    private sealed partial class Reviewer(HttpClient client, string cookie, string antiforgery) : IDisposable
    {
        public static async Task<Reviewer> LogIn(ServeProcess server)
        {
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server.Origin };
            var login = await client.GetAsync(server.Url);
            var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
            var page = new HttpRequestMessage(HttpMethod.Get, "/");
            page.Headers.Add("Cookie", cookie);
            var html = await (await client.SendAsync(page)).Content.ReadAsStringAsync();
            return new Reviewer(client, cookie, AntiforgeryToken().Match(html).Groups[1].Value);
        }

        public async Task<HttpStatusCode> Record(string flag, string verdict)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/flags/{flag}/verdict")
            {
                Content = new StringContent($$"""{"verdict":"{{verdict}}"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Cookie", cookie);
            request.Headers.Add("X-FactCheck-Antiforgery", antiforgery);
            var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        public async Task<string> Queue()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/queue");
            request.Headers.Add("Cookie", cookie);
            return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        }

        public void Dispose() => client.Dispose();

        [GeneratedRegex("name=\"factcheck-antiforgery\" content=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryToken();
    }
}
