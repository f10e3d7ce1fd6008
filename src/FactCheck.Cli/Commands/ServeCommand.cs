using System.CommandLine;
using System.Net;
using FactCheck.ReviewServer;

namespace FactCheck.Cli.Commands;

/// <summary>Starts the local review page over the database and prints its address with this launch's token.</summary>
internal static class ServeCommand
{
    private static readonly Option<string> Host = new("--host")
    {
        Description = "Address to listen on (default 127.0.0.1: only this computer can connect)",
        DefaultValueFactory = _ => ReviewServerOptions.DefaultHost,
    };

    private static readonly Option<int> Port = new("--port")
    {
        Description = $"Port to listen on (default {ReviewServerOptions.DefaultPort}; 0 picks a free one)",
        DefaultValueFactory = _ => ReviewServerOptions.DefaultPort,
    };

    private static readonly Option<string?> Reviewer = new("--reviewer") { Description = "Who decides (default: $FACTCHECK_REVIEWER, else git's user.name, else the login name)" };

    private static readonly Option<int> PageSize = new("--page-size")
    {
        Description = $"Flags the page holds at once; the next are fetched as you near the end (default {ReviewServerOptions.DefaultPageSize})",
        DefaultValueFactory = _ => ReviewServerOptions.DefaultPageSize,
    };

    public static Command Create()
    {
        var command = new Command("serve", "Open the review page: go through flagged pairs by keyboard, verdicts saved at once") { Host, Port, Reviewer, PageSize };
        command.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            var host = parse.GetValue(Host)!;
            if (!IPAddress.TryParse(host, out var address)) throw new UserInputException($"--host {host}: give an IP address such as 127.0.0.1");
            if (parse.GetValue(PageSize) is < 1 or > 1000) throw new UserInputException("--page-size: give a number from 1 to 1000");
            var reviewer = ReviewerName.Resolve(parse.GetValue(Reviewer));
            var options = new ReviewServerOptions(workspace.DatabasePath, host, parse.GetValue(Port), reviewer.Name, parse.GetValue(PageSize));
            if (!IPAddress.IsLoopback(address))
                Console.Error.WriteLine($"warning: listening on {host}: anyone who can reach this address and has the token can record verdicts");
            Serve(options, reviewer.From).GetAwaiter().GetResult();
            return CommandRunner.Success;
        }));
        return command;
    }

    private static async Task Serve(ReviewServerOptions options, string reviewerFrom)
    {
        await using var server = await ReviewServer.ReviewServer.StartAsync(options, Workspace.Pipeline);
        Console.WriteLine($"Review page: {server.Url}");
        Console.WriteLine($"Reviewing as {options.Reviewer} (from {reviewerFrom}); verdicts go to {Store.FactStores.Describe(options.DatabasePath)}. Ctrl+C stops.");
        await server.WaitForShutdownAsync(CancellationToken.None);
    }
}
