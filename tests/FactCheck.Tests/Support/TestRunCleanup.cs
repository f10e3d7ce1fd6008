namespace FactCheck.Tests;

/// <summary>Stops the run's PostgreSQL server, if a test started one, once every test in the assembly has run.</summary>
[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public void StopServer() => Support.PostgresCluster.StopShared();
}
