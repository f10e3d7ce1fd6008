namespace FactCheck.Diagnostics;

/// <summary>A problem with one input that did not stop the run: which file, and what is wrong.</summary>
public sealed record Warning(string Path, string Problem)
{
    public override string ToString() => $"{Path}: {Problem}";
}

/// <summary>Receives warnings as stages meet bad input, so the run can go on and report them at the end.</summary>
public interface IWarningSink
{
    void Warn(string path, string problem);
}

/// <summary>Keeps every warning in order; thread-safe because extraction may run in parallel.</summary>
public sealed class WarningCollector : IWarningSink
{
    private readonly List<Warning> _warnings = new();

    public IReadOnlyList<Warning> Warnings
    {
        get { lock (_warnings) return _warnings.ToArray(); }
    }

    public void Warn(string path, string problem)
    {
        lock (_warnings) _warnings.Add(new Warning(path, problem));
    }
}
