namespace FactCheck.ReviewServer;

/// <summary>What `factcheck serve` starts with.</summary>
/// <param name="Host">Where to listen: loopback unless the user asks otherwise.</param>
/// <param name="Port">0 picks a free port.</param>
/// <param name="Reviewer">Whose name goes on every verdict recorded through the page.</param>
/// <param name="PageSize">Flags per window of the queue the page holds at once.</param>
public sealed record ReviewServerOptions(string DatabasePath, string Host, int Port, string Reviewer, int PageSize = ReviewServerOptions.DefaultPageSize)
{
    public const int DefaultPageSize = 200;
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 8750;
}
