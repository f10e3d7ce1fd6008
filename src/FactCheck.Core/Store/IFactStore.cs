namespace FactCheck.Store;

/// <summary>
/// One open store: documents and claims, findings per check run, and the verdict log. This is what
/// opening a store returns; each caller takes the narrow interface it uses.
/// </summary>
public interface IFactStore : IDocumentStore, IFindingStore, IVerdictLog, IDisposable;
