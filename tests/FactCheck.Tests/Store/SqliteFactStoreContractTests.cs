using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Store;

/// <summary>The store contract on SQLite: each test opens a new file in a fresh folder.</summary>
public sealed class SqliteFactStoreContractTests : FactStoreContract
{
    private TemporaryDirectory _folder = null!;

    protected override IFactStore OpenStore()
    {
        _folder = new TemporaryDirectory();
        return SqliteFactStore.Open(_folder.File("facts.db"));
    }

    protected override void CleanUp()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
