using System.Diagnostics;

namespace FactCheck.Diagnostics;

/// <summary>
/// With FACTCHECK_TRACE set, each stage's end printed to standard error with the time since the
/// process started: where a command's seconds go, measured in the command a user runs.
/// </summary>
public static class StageTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("FACTCHECK_TRACE") is { Length: > 0 };
    private static readonly DateTime ProcessStart = Enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;
    private static double _last;

    public static void Mark(string stage)
    {
        if (!Enabled) return;
        var now = (DateTime.UtcNow - ProcessStart).TotalMilliseconds;
        Console.Error.WriteLine($"trace {now,8:0} ms  +{now - _last,6:0}  {stage}");
        _last = now;
    }
}
