using System.ComponentModel;
using System.Diagnostics;

namespace FactCheck.Cli.Commands;

/// <summary>Who records a verdict, and where that name came from, so the command can say which it used.</summary>
internal sealed record ReviewerName(string Name, string From)
{
    /// <summary>
    /// --reviewer, else $FACTCHECK_REVIEWER, else git's user.name (as a commit would be signed),
    /// else the login name.
    /// </summary>
    public static ReviewerName Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given)) return new(given, "--reviewer");
        if (Environment.GetEnvironmentVariable("FACTCHECK_REVIEWER") is { Length: > 0 } variable) return new(variable, "$FACTCHECK_REVIEWER");
        if (GitUserName() is { } git) return new(git, "git user.name");
        return new(Environment.UserName, "login name");
    }

    /// <summary>`git config user.name`, or null when git is missing, says nothing, or does not answer.</summary>
    private static string? GitUserName()
    {
        var start = new ProcessStartInfo("git", ["config", "--get", "user.name"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                git.Kill();
                return null;
            }
            var name = output.Result.Trim();
            return git.ExitCode == 0 && name.Length > 0 ? name : null;
        }
        catch (Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
