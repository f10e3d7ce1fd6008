using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Rules.Evaluation;

/// <summary>One figure of a gold pair: a document file-name prefix, the number as stated, and words of its sentence.</summary>
[JsonConverter(typeof(PairSideConverter))]
public sealed record PairSide(string FilePrefix, double Number, string Fragment)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FilePrefix} {Number} \"{Fragment}\"");
}

/// <summary>Two figures a checker should judge together, and why; B is absent for a figure that must not be flagged at all.</summary>
public sealed record GoldPair
{
    public required string Why { get; init; }
    public required PairSide A { get; init; }
    public PairSide? B { get; init; }
}

/// <summary>
/// Hand-annotated pairs of figures across a corpus (../shared/gold/README.md): those a consistency
/// checker must flag, those it should, and tempting ones it must not.
/// </summary>
public sealed record PairsFile
{
    public string? About { get; init; }
    [JsonPropertyName("must_flag")] public IReadOnlyList<GoldPair> MustFlag { get; init; } = [];
    [JsonPropertyName("should_flag")] public IReadOnlyList<GoldPair> ShouldFlag { get; init; } = [];
    [JsonPropertyName("must_not_flag")] public IReadOnlyList<GoldPair> MustNotFlag { get; init; } = [];

    // Strict, as gold files are: a misspelt list name would otherwise read as an empty list.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static PairsFile Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: pairs file not found", path);
        PairsFile pairs;
        try
        {
            pairs = JsonSerializer.Deserialize<PairsFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path}: empty pairs file");
        }
        catch (JsonException e)
        {
            // The side reader's own message does not say where; the serializer's messages already do.
            var where = e.Path is null || e.Message.Contains("Path:", StringComparison.Ordinal) ? "" : $" (at {e.Path}, line {e.LineNumber + 1})";
            throw new InvalidDataException($"{path}: {e.Message}{where}", e);
        }
        var oneSided = pairs.MustFlag.Concat(pairs.ShouldFlag).FirstOrDefault(p => p.B is null);
        if (oneSided is not null) throw new InvalidDataException($"{path}: a pair to flag needs both sides, \"a\" and \"b\" (\"{oneSided.Why}\")");
        return pairs;
    }

    /// <summary>Every pair with what it expects, in file order.</summary>
    public IEnumerable<(PairExpectation Expectation, GoldPair Pair)> All() =>
        MustFlag.Select(p => (PairExpectation.MustFlag, p))
            .Concat(ShouldFlag.Select(p => (PairExpectation.ShouldFlag, p)))
            .Concat(MustNotFlag.Select(p => (PairExpectation.MustNotFlag, p)));
}

public enum PairExpectation
{
    MustFlag,
    ShouldFlag,
    MustNotFlag,
}
