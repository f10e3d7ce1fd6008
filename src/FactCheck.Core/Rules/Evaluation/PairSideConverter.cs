using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Rules.Evaluation;

/// <summary>Reads a side written as a three-element array: ["article_52", 7, "seven people were killed"].</summary>
internal sealed class PairSideConverter : JsonConverter<PairSide>
{
    private const string Shape = "a side is [file prefix, number, sentence fragment]";

    public override PairSide Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException(Shape);
        Expect(ref reader, JsonTokenType.String);
        var prefix = reader.GetString()!;
        Expect(ref reader, JsonTokenType.Number);
        var number = reader.GetDouble();
        Expect(ref reader, JsonTokenType.String);
        var fragment = reader.GetString()!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException(Shape);
        if (prefix.Length == 0 || fragment.Trim().Length == 0) throw new JsonException($"{Shape}; prefix and fragment must not be empty");
        return new PairSide(prefix, number, fragment);
    }

    public override void Write(Utf8JsonWriter writer, PairSide value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.FilePrefix);
        writer.WriteNumberValue(value.Number);
        writer.WriteStringValue(value.Fragment);
        writer.WriteEndArray();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected) throw new JsonException(Shape);
    }
}
