using System.Net;
using System.Reflection;
using System.Text.Encodings.Web;
using FactCheck.Review;
using FactCheck.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheck.ReviewServer;

/// <summary>A verdict as the page posts it.</summary>
public sealed record VerdictRequest(string Verdict, string? Note);

/// <summary>
/// The local review page: a queue of flags, the two claims side by side, the rule's reasoning,
/// and verdicts recorded to the database the moment a key is pressed. Each request opens its own
/// store, so the CLI can ingest into the same file while someone reviews.
/// </summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AccessGuard _guard;

    private ReviewServer(WebApplication app, AccessGuard guard)
    {
        _app = app;
        _guard = guard;
    }

    /// <summary>The address to open, with this launch's token.</summary>
    public string Url { get; private set; } = "";

    public static async Task<ReviewServer> StartAsync(ReviewServerOptions options, CancellationToken cancellation = default)
    {
        // Fail here, with the file's name, rather than on the first request.
        using (FactStores.Open(options.DatabasePath)) { }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // The strict encoder writes <, > and & as \u escapes, so no JSON string can ever close a tag.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Default);
        builder.WebHost.UseKestrel(kestrel =>
        {
            if (!IPAddress.TryParse(options.Host, out var address))
                throw new ArgumentException($"--host {options.Host}: give an IP address such as 127.0.0.1");
            kestrel.Listen(address, options.Port);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });
        var app = builder.Build();
        var guard = new AccessGuard(AccessGuard.NewToken(), AccessGuard.NewToken());
        var server = new ReviewServer(app, guard);
        app.Use(guard.Invoke);
        server.Map(options);

        await app.StartAsync(cancellation);
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        var host = address(options.Host);
        guard.AllowHosts(host, port);
        server.Url = $"http://{host}:{port}/?token={guard.Token}";
        return server;

        static string address(string host) => IPAddress.Parse(host).AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(ReviewServerOptions options)
    {
        IFactStore Open() => FactStores.Open(options.DatabasePath);

        _app.MapGet("/", () => Results.Content(
            Asset("review.html").Replace("{{antiforgery}}", _guard.AntiforgeryToken, StringComparison.Ordinal)
                .Replace("{{pageSize}}", options.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            "text/html; charset=utf-8"));
        _app.MapGet("/review.js", () => Results.Content(Asset("review.js"), "text/javascript; charset=utf-8"));
        _app.MapGet("/review.css", () => Results.Content(Asset("review.css"), "text/css; charset=utf-8"));

        // One window of the queue at a time: the page asks for the next as the reviewer nears its end.
        // The whole queue is counted only for a fresh start (page load, new filters), not for each window.
        _app.MapGet("/api/queue", (string? status, string? rule, string? severity, string? after, string? before, int? limit) =>
        {
            using var store = Open();
            var fresh = Blank(after) is null && Blank(before) is null;
            var page = store.ReviewQueue(new ReviewQueueQuery(Blank(status), Blank(rule), Blank(severity), Blank(after), Blank(before),
                limit ?? options.PageSize), counted: fresh);
            var views = new ReviewViews(store, page.Titles);
            return Results.Json(new
            {
                reviewer = options.Reviewer, verdicts = Verdicts.Known, rules = page.Rules, counts = page.Counts,
                flags = page.Flags.Select(views.View).ToList(),
            });
        });

        _app.MapGet("/document", (string path) =>
        {
            using var store = Open();
            return DocumentPage.Render(store, path) is { } page
                ? Results.Content(page, "text/html; charset=utf-8")
                : Results.NotFound($"factcheck: no document {path}");
        });

        _app.MapPost("/api/flags/{id}/verdict", (string id, VerdictRequest request) =>
        {
            if (!Verdicts.IsKnown(request.Verdict))
                return Results.BadRequest($"unknown verdict {request.Verdict} (expected {string.Join(", ", Verdicts.Known)})");
            using var store = Open();
            return Record(store, id, _ => (request.Verdict, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim()));
        });

        // Undo appends the decision that stood before the last one: the trail keeps both.
        _app.MapPost("/api/flags/{id}/undo", (string id) =>
        {
            using var store = Open();
            return Record(store, id, history =>
            {
                var own = history.Where(v => v.FlagId == id).ToList();
                if (own.Count == 0) return null;
                var before = own.Count > 1 ? own[^2].Verdict : Verdicts.Unreviewed;
                return (before, $"undo of \"{own[^1].Verdict}\"");
            });
        });

        IResult Record(IFactStore store, string id, Func<IReadOnlyList<VerdictEntry>, (string Verdict, string? Note)?> decide)
        {
            var stored = One(store, id);
            if (stored is null) return Results.NotFound($"no flag {id}; run factcheck check again or reload the page");
            if (decide(store.VerdictHistory(stored.Flag)) is not { } decision) return Results.Conflict("nothing to undo");
            store.RecordVerdict(new VerdictEntry(id, decision.Verdict, decision.Note, options.Reviewer, DateTimeOffset.UtcNow, stored.Flag.Lineage));
            var page = store.ReviewQueue(new ReviewQueueQuery(Id: id, Limit: 1));
            return Results.Json(new ReviewViews(store, page.Titles).View(page.Flags[0]));
        }
    }

    /// <summary>A current discrepancy by id, read alone.</summary>
    private static StoredFlag? One(IFactStore store, string id) => store.ReviewQueue(new ReviewQueueQuery(Id: id, Limit: 1)).Flags.FirstOrDefault();

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"page/{name}")
                           ?? throw new InvalidOperationException($"page/{name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
