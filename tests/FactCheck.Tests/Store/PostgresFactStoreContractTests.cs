using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>The store contract on PostgreSQL: each test gets a new database on the run's throwaway server.</summary>
public sealed class PostgresFactStoreContractTests : FactStoreContract
{
    protected override IFactStore OpenStore() => FactStores.Open(PostgresCluster.Shared.CreateDatabase());
}
