using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>Options every subcommand accepts: where the database and the rules are.</summary>
internal static class WorkspaceOptions
{
    public static readonly Option<string> Database = new("--db")
    {
        Description = "SQLite database file (created if missing), or a PostgreSQL URI postgres://user:password@host:port/database (default: $FACTCHECK_DB, else factcheck.db)",
        DefaultValueFactory = _ => "factcheck.db",
        Recursive = true,
    };

    /// <summary>
    /// The database --db names, else $FACTCHECK_DB, else factcheck.db. The variable is read here rather
    /// than as the option's default, which help prints: a URI's password would be shown.
    /// </summary>
    public static string DatabaseOf(ParseResult parse) =>
        parse.GetResult(Database) is { Implicit: false }
            ? parse.GetValue(Database)!
            : Environment.GetEnvironmentVariable(Store.FactStores.EnvironmentVariable) is { Length: > 0 } named ? named : parse.GetValue(Database)!;

    public static readonly Option<string?> Rules = new("--rules")
    {
        Description = "Folder of rule files and lexicons (default: ./rules, else the rules shipped with factcheck)",
        Recursive = true,
    };

    public static readonly Argument<string[]> Paths = new("paths")
    {
        Description = $"Files or folders to ingest ({string.Join(", ", Workspace.Pipeline.Readers.Extensions)})",
        Arity = ArgumentArity.OneOrMore,
    };
}
