using System.Globalization;
using Npgsql;

namespace FactCheck.Store;

/// <summary>
/// A PostgreSQL URI as users write it (<c>postgres://user:password@host:port/database?sslmode=require</c>),
/// turned into Npgsql's connection string. <see cref="Shown"/> is the URI without its password, for messages.
/// </summary>
internal sealed class PostgresAddress
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    // libpq's names for the options users copy from other tools, as Npgsql spells them.
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["options"] = "Options",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
    };

    private PostgresAddress(NpgsqlConnectionStringBuilder settings, string shown)
    {
        Settings = settings;
        Shown = shown;
    }

    public NpgsqlConnectionStringBuilder Settings { get; }

    /// <summary>The URI with its password left out: what messages print.</summary>
    public string Shown { get; }

    public string ConnectionString => Settings.ConnectionString;

    public static bool IsAddress(string databaseSpec) =>
        Schemes.Any(scheme => databaseSpec.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    public static PostgresAddress Parse(string uri)
    {
        var scheme = Schemes.First(s => uri.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        var rest = uri[scheme.Length..];
        var query = "";
        if (rest.IndexOf('?') is var q and >= 0) (rest, query) = (rest[..q], rest[(q + 1)..]);
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var database = slash < 0 ? "" : Uri.UnescapeDataString(rest[(slash + 1)..]);

        var settings = new NpgsqlConnectionStringBuilder();
        var userInfo = "";
        if (authority.LastIndexOf('@') is var at and >= 0) (userInfo, authority) = (authority[..at], authority[(at + 1)..]);
        if (userInfo.Length > 0)
        {
            var colon = userInfo.IndexOf(':');
            settings.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0) settings.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
        var (host, port) = HostAndPort(uri, authority);
        settings.Host = host.Length > 0 ? host : "localhost";
        if (port is { } p) settings.Port = p;
        if (database.Length > 0) settings.Database = database;

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            try
            {
                settings[OptionNames.GetValueOrDefault(key, key)] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new InvalidDataException($"{Hide(uri)}: option {key}={value} is not understood ({e.Message})", e);
            }
        }
        return new PostgresAddress(settings, Hide(uri));
    }

    private static (string Host, int? Port) HostAndPort(string uri, string authority)
    {
        var host = authority;
        string? port = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            host = authority[1..close];
            if (close + 1 < authority.Length && authority[close + 1] == ':') port = authority[(close + 2)..];
        }
        else if (authority.LastIndexOf(':') is var colon and >= 0)
        {
            (host, port) = (authority[..colon], authority[(colon + 1)..]);
        }
        if (port is null || port.Length == 0) return (Uri.UnescapeDataString(host), null);
        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
            ? (Uri.UnescapeDataString(host), number)
            : throw new InvalidDataException($"{Hide(uri)}: port \"{port}\" is not a number from 1 to 65535");
    }

    /// <summary>The URI with any password left out: "postgres://ana@host/db".</summary>
    private static string Hide(string uri)
    {
        if (uri.IndexOf('?') is var q and >= 0)
        {
            var kept = uri[(q + 1)..].Split('&').Where(pair => !pair.StartsWith("password=", StringComparison.OrdinalIgnoreCase));
            uri = uri[..q] + (kept.Any() ? "?" + string.Join('&', kept) : "");
        }
        var start = uri.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = uri.IndexOfAny(['/', '?'], start);
        var authority = end < 0 ? uri[start..] : uri[start..end];
        var at = authority.LastIndexOf('@');
        if (at < 0) return uri;
        var colon = authority.IndexOf(':');
        if (colon < 0 || colon > at) return uri;
        return uri[..(start + colon)] + uri[(start + at)..];
    }
}
