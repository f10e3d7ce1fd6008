using System.Text.Json;

namespace FactCheck.Rules;

/// <summary>Finds the line and column of a JSON path ("rules[2].severity.low") in a file, for error messages.</summary>
internal static class JsonPositions
{
    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }

    public static (int Line, int Column)? Locate(string file, string? jsonPath)
    {
        if (jsonPath is null || !File.Exists(file)) return null;
        var bytes = File.ReadAllBytes(file);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<Frame>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                string? path = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = path = Combine(stack.Peek().Path, reader.GetString()!);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path = stack.Count == 0 ? "" : stack.Peek().IsArray ? $"{stack.Peek().Path}[{stack.Peek().NextIndex++}]" : property ?? "";
                        stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        if (stack.Count > 0 && stack.Peek().IsArray) path = $"{stack.Peek().Path}[{stack.Peek().NextIndex++}]";
                        break;
                }
                if (path == jsonPath) return Position(bytes, (int)reader.TokenStartIndex);
            }
        }
        catch (JsonException)
        {
            // A file that does not parse has no positions to give; its parse error already says where.
        }
        return null;
    }

    /// <summary>
    /// The first key given twice in one object, and where its second mention starts: the parser says
    /// only that there is one.
    /// </summary>
    public static (string Name, int Line, int Column)? FirstDuplicateKey(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: keys.Push(new HashSet<string>(StringComparer.Ordinal)); break;
                    case JsonTokenType.StartArray: keys.Push(null); break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray: keys.Pop(); break;
                    case JsonTokenType.PropertyName when !keys.Peek()!.Add(reader.GetString()!):
                        var (line, column) = Position(bytes, (int)reader.TokenStartIndex);
                        return (reader.GetString()!, line, column);
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the parser's own message says where.
        }
        return null;
    }

    private static string Combine(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (bytes[i] == (byte)'\n') (line, lineStart) = (line + 1, i + 1);
        return (line, offset - lineStart + 1);
    }
}
