using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FactCheck.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL server for the tests: Debian's postgresql-15 binaries, initdb'd in a
/// temporary folder (as the postgres user when the tests run as root), on a free port of 127.0.0.1
/// with trust authentication, started once for the run and removed at its end. Each test takes a
/// database of its own. Missing binaries fail the test with what to install (a skip would read as passed).
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private static readonly Lazy<PostgresCluster> SharedCluster = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgres;
    private bool _stopped;

    private PostgresCluster(string bin, string folder, bool asPostgres, int port)
    {
        _bin = bin;
        _folder = folder;
        _asPostgres = asPostgres;
        Port = port;
    }

    public int Port { get; }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>The run's server, started on first use.</summary>
    public static PostgresCluster Shared => SharedCluster.Value;

    /// <summary>Stops the run's server if a test started it.</summary>
    public static void StopShared()
    {
        if (SharedCluster.IsValueCreated) SharedCluster.Value.Dispose();
    }

    /// <summary>
    /// A new, empty database and the URI naming it. The URI carries a password (trust authentication
    /// ignores it) so tests can check that no message prints it.
    /// </summary>
    public string CreateDatabase()
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=factcheck;Database=postgres;Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return Uri(name);
    }

    public const string Password = "not-a-real-secret";

    public string Uri(string database) => $"postgres://factcheck:{Password}@127.0.0.1:{Port}/{database}";

    private static PostgresCluster Start()
    {
        var bin = FindBinaries();
        var asPostgres = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(folder, "socket"));
        if (asPostgres) Run("chown", ["-R", "postgres:postgres", folder]);

        var initdb = new List<string> { Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-U", "factcheck",
            "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync" };
        RunAs(asPostgres, initdb);
        // A free port can be taken between asking and listening: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var cluster = new PostgresCluster(bin, folder, asPostgres, FreePort());
            try
            {
                cluster.StartServer();
                return cluster;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    private void StartServer()
    {
        // Durability is not what a test checks: fsync off makes each of the thousands of commits cheap.
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {Path.Combine(_folder, "socket")} -c fsync=off -c full_page_writes=off -c max_connections=200";
        RunAs(_asPostgres, [Path.Combine(_bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "120", "-o", options, "start"]);
        // Stopped at the end of the run (SetUpFixture), when the test process exits, and by a watchdog
        // if the test process is killed outright, so no server outlives the run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        StartWatchdog();
    }

    private void StartWatchdog()
    {
        var stop = string.Join(' ', Prefix(_asPostgres).Select(Quote)) + " " + Quote(Path.Combine(_bin, "pg_ctl")) + " -D " + Quote(Data) + " -m immediate stop";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null && [ -d {Quote(Data)} ]; do sleep 2; done; " +
                     $"[ -d {Quote(Data)} ] && {stop} >/dev/null 2>&1; rm -rf {Quote(_folder)}";
        var start = new ProcessStartInfo("setsid", ["bash", "-c", script])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        Process.Start(start)!.Dispose();
    }

    public void Dispose()
    {
        lock (this)
        {
            if (_stopped) return;
            _stopped = true;
        }
        try
        {
            RunAs(_asPostgres, [Path.Combine(_bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { /* the watchdog removes what is left */ }
        }
    }

    /// <summary>Where Debian's postgresql-15 keeps initdb and pg_ctl (they are not on PATH); installed with .ci/install-postgresql if missing.</summary>
    private static string FindBinaries()
    {
        if (Locate() is { } bin) return bin;
        var script = Path.Combine(RepositoryPaths.Root, ".ci", "install-postgresql");
        var (status, output) = Run("bash", [script], check: false);
        return Locate() ?? throw new AssertionException(
            $"PostgreSQL 15's initdb was not found and {script} could not install it (exit {status}: {output.Trim()}); " +
            "install the postgresql-15 package (apt-get install postgresql-15)");

        static string? Locate()
        {
            var (status, files) = Run("dpkg", ["-L", "postgresql-15"], check: false);
            var listed = status == 0 ? files.Split('\n').FirstOrDefault(f => f.EndsWith("/bin/initdb", StringComparison.Ordinal)) : null;
            var initdb = listed ?? "/usr/lib/postgresql/15/bin/initdb";
            return File.Exists(initdb) ? Path.GetDirectoryName(initdb) : null;
        }
    }

    private static string[] Prefix(bool asPostgres) => asPostgres ? ["runuser", "-u", "postgres", "--"] : [];

    private static void RunAs(bool asPostgres, IReadOnlyList<string> command)
    {
        var all = Prefix(asPostgres).Concat(command).ToList();
        Run(all[0], all.Skip(1).ToList());
    }

    private static (int Status, string Output) Run(string file, IReadOnlyList<string> arguments, bool check = true)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var all = output + error.Result;
        if (check && process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {all.Trim()}");
        return (process.ExitCode, all);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
