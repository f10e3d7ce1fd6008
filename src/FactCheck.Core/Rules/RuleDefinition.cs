using System.Text.Json;

namespace FactCheck.Rules;

/// <summary>
/// One rule as written in a rule file: the fields every kind shares, plus the kind's own
/// settings, which the kind parses and validates when the rule is loaded.
/// </summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? Description { get; init; }
    public required string Message { get; init; }
    /// <summary>False when the rule is switched off ("enabled": false): it is read but does not run.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>The whole JSON object of the rule, for the kind's own settings.</summary>
    public required JsonElement Json { get; init; }
    /// <summary>File the rule came from, for error messages.</summary>
    public required string File { get; init; }
    /// <summary>Position in the file's "rules" array, for the JSON path in error messages.</summary>
    public int Index { get; init; }
    /// <summary>The metrics, subjects, units and currencies the rule's settings may name; null for a rule built in code, which names none.</summary>
    public RuleVocabulary? Vocabulary { get; init; }
}

/// <summary>A rule ready to run: one kind's evaluator bound to one rule's validated settings.</summary>
public interface IRule
{
    RuleDefinition Definition { get; }
    IEnumerable<Flag> Evaluate(ClaimSet claims);

    /// <summary>Which claims one evaluation relates; a rule that does not say is given every claim at once.</summary>
    RuleScope Scope => RuleScope.AllClaims;
}

/// <summary>A rule that compares two claims: it can say, for any pair, which of its conditions hold.</summary>
public interface IPairRule : IRule
{
    IReadOnlyList<Condition> Compare(Extraction.Claim a, Extraction.Claim b);
}

/// <summary>A kind of rule, registered by name; turns a definition into a runnable rule or says what is wrong.</summary>
public interface IRuleKind
{
    string Name { get; }
    /// <summary>Throws <see cref="RuleFileException"/> naming the problem when the settings are invalid.</summary>
    IRule Create(RuleDefinition definition);
}

/// <summary>A rule file that cannot be used: the file, the rule and what is wrong.</summary>
public sealed class RuleFileException(string file, string? ruleId, string problem, string? jsonPath = null, (int Line, int Column)? position = null,
    bool unreadable = false)
    : Exception($"{file}{(position is { } p ? $":{p.Line}:{p.Column}" : "")}{(ruleId is null ? "" : $": rule '{ruleId}'")}{(string.IsNullOrEmpty(jsonPath) ? "" : $" at {jsonPath}")}: {problem}")
{
    public string File { get; } = file;
    public string? RuleId { get; } = ruleId;
    public string Problem { get; } = problem;
    /// <summary>Where in the file, as a path such as "rules[2].severity.low".</summary>
    public string? JsonPath { get; } = jsonPath;
    public (int Line, int Column)? Position { get; } = position;
    /// <summary>The file could not be read as a rule file at all (a pipe, a device, too large): it can be skipped, the others still load.</summary>
    public bool Unreadable { get; } = unreadable;

    /// <summary>The same problem with its line and column, once they are known.</summary>
    public RuleFileException At((int Line, int Column)? where) => new(File, RuleId, Problem, JsonPath, where, Unreadable);
}
