using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Synthetic;

/// <summary>Writes planted.json one pair at a time, so the ground truth is never held in memory either.</summary>
internal sealed class ManifestWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _writer;

    public ManifestWriter(string path, int seed, int documents)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        _writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartObject();
        _writer.WriteNumber("seed", seed);
        _writer.WriteNumber("documents", documents);
        _writer.WriteStartArray("pairs");
    }

    public int Pairs { get; private set; }

    public void Write(PlantedPair pair)
    {
        JsonSerializer.Serialize(_writer, pair, PlantedManifest.Json);
        Pairs++;
    }

    public void Dispose()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Dispose();
        _stream.Dispose();
    }
}
