namespace FactCheck.Synthetic;

/// <summary>
/// Independent random streams keyed by the seed and a position (an event, a document), so any
/// part of the corpus can be produced on its own, in any order, and always the same way.
/// </summary>
internal static class SeededRandom
{
    /// <summary>System.Random with an explicit seed is stable across runs and platforms; HashCode is not, so keys are mixed here.</summary>
    public static Random For(int seed, int stream, int position)
    {
        var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)stream << 32 ^ (uint)position;
        // SplitMix64 finalizer.
        x = (x ^ x >> 30) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ x >> 27) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return new Random((int)(x & 0x7FFFFFFF));
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Uniform on a logarithmic scale: small and large tolls are both common in the news.</summary>
    public static double LogUniform(this Random random, double low, double high) =>
        Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));

    public static double Between(this Random random, double low, double high) => low + random.NextDouble() * (high - low);
}
