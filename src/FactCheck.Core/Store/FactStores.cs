namespace FactCheck.Store;

/// <summary>
/// Which store a database option names: a <c>postgres://</c> (or <c>postgresql://</c>) URI is a
/// PostgreSQL database shared by a team, anything else a SQLite file.
/// </summary>
public static class FactStores
{
    /// <summary>The environment variable that names the database when no --db is given.</summary>
    public const string EnvironmentVariable = "FACTCHECK_DB";

    public static IFactStore Open(string databaseSpec) => PostgresAddress.IsAddress(databaseSpec)
        ? PostgresFactStore.Open(PostgresAddress.Parse(databaseSpec))
        : SqliteFactStore.Open(databaseSpec);

    /// <summary>Whether the database is there to read: the file exists, or the server database holds a factcheck schema.</summary>
    public static bool Exists(string databaseSpec) => PostgresAddress.IsAddress(databaseSpec)
        ? PostgresFactStore.Exists(PostgresAddress.Parse(databaseSpec))
        : File.Exists(databaseSpec);

    /// <summary>How messages name the database: the file's path, or the URI without its password.</summary>
    public static string Describe(string databaseSpec) => PostgresAddress.IsAddress(databaseSpec)
        ? PostgresAddress.Parse(databaseSpec).Shown
        : databaseSpec;

    /// <summary>
    /// The folder document names are relative to: a SQLite file's own folder, so names travel with the
    /// file; on a server, the folder factcheck runs in, as no folder travels with the database.
    /// </summary>
    public static string NamesRelativeTo(string databaseSpec) => PostgresAddress.IsAddress(databaseSpec)
        ? Environment.CurrentDirectory
        : Path.GetDirectoryName(Path.GetFullPath(databaseSpec))!;
}
