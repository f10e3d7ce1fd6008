using System.Text;
using System.Text.Json;
using FactCheck.Ingestion;

namespace FactCheck.Extraction;

/// <summary>
/// Reads one file of rules/lexicon into its shape, strictly: only a regular file under the size
/// limit, every field of the type its shape says (an unknown field is an error), no empty word, no
/// null where a value is needed, no key listed twice. Any problem names the file, the line and the
/// column; extraction does not run on a vocabulary it could only half read.
/// </summary>
internal static class LexiconFile
{
    /// <summary>A lexicon file past this is not a word list someone wrote (places.json, the largest, is 0.4 MB).</summary>
    public const long MaxBytes = 32L << 20;

    /// <summary>The fields the lexicon's shapes let be absent, so null may stand for them; null anywhere else is a mistake.</summary>
    private static readonly HashSet<string> MayBeNull = new(StringComparer.OrdinalIgnoreCase) { "$comment", "family", "side", "in" };

    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
    };

    public static T Read<T>(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null) throw new LexiconException(path, "missing lexicon file");
        var text = SmallFile.Read(path, MaxBytes, out var problem) ?? throw new LexiconException(path, problem!);
        try
        {
            RefuseEmptyAndMissingValues(text);
            return JsonSerializer.Deserialize<T>(text, Strict) ?? throw new LexiconException(path, "empty file");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, column {e.BytePositionInLine + 1}: " : "";
            throw new LexiconException(path, where + e.Message.Split(" Path:")[0].Split(" LineNumber:")[0] + (string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (at {e.Path})"));
        }
    }

    /// <summary>
    /// The serializer takes "" as a word and null as an empty list, and neither is what anyone meant:
    /// an empty word matches nowhere or everywhere, a null list fails later far from its file.
    /// </summary>
    private static void RefuseEmptyAndMissingValues(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new Stack<HashSet<string>?>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    keys.Push(new HashSet<string>(StringComparer.Ordinal));
                    property = null;
                    break;
                case JsonTokenType.StartArray:
                    keys.Push(null);
                    property = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    keys.Pop();
                    property = null;
                    break;
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    if (string.IsNullOrWhiteSpace(property)) throw Problem(bytes, reader, "empty name");
                    if (!keys.Peek()!.Add(property)) throw Problem(bytes, reader, $"'{property}' is listed twice in one object");
                    break;
                case JsonTokenType.String:
                    if (property != "$comment" && string.IsNullOrWhiteSpace(reader.GetString())) throw Problem(bytes, reader, "empty string");
                    property = null;
                    break;
                case JsonTokenType.Null:
                    if (property is null || !MayBeNull.Contains(property))
                        throw Problem(bytes, reader, property is null ? "null in a list" : $"'{property}' is null; give it a value");
                    property = null;
                    break;
                default:
                    property = null;
                    break;
            }
        }
    }

    private static JsonException Problem(byte[] bytes, Utf8JsonReader reader, string problem)
    {
        var offset = (int)reader.TokenStartIndex;
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) + 1;
        var line = bytes.AsSpan(0, offset).Count((byte)'\n');
        return new JsonException(problem, path: null, lineNumber: line, bytePositionInLine: offset - lineStart);
    }
}
