using FactCheck.Extraction;
using FactCheck.Ingestion;

namespace FactCheck.Tests.Support;

/// <summary>Small builders for test data: a plausible claim or document, changed only where a test cares.</summary>
public static class Some
{
    public static Claim Claim(string claimant = "NATO", double low = 7000, double high = 15000, string metric = "killed",
        string subject = "soldiers", string? side = "Russian", string document = "a.txt", DateOnly? date = null,
        string qualifier = "range", string? period = null, string? location = null, Modality modality = Modality.Asserted)
    {
        var sentence = $"{claimant} said {low} to {high} {side} {subject} were {metric}.";
        return new Claim
        {
            Document = document, Metric = metric, Subject = subject, Side = side, Low = low, High = high,
            Qualifier = qualifier, Unit = "people", Claimant = claimant, AssertedOn = date ?? new DateOnly(2022, 3, 23),
            Period = period, Location = location, Modality = modality,
            Start = 0, End = 5, SentenceStart = 0, SentenceEnd = sentence.Length, Sentence = sentence,
        };
    }

    /// <summary>A check run started <paramref name="minutesIn"/> minutes into a fixed day, by "ana".</summary>
    public static FactCheck.Store.CheckRun Run(string? fingerprint = null, int minutesIn = 0) =>
        new(fingerprint, new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(minutesIn), "ana");

    public static Document Document(string text, string path = "test.txt", DateOnly? published = null, string title = "test") => new()
    {
        Path = path,
        Title = title,
        Text = text,
        Published = published ?? new DateOnly(2022, 3, 2),
        DateSource = DateSource.FrontMatter,
        Sections = [new DocumentSection(0, text.Length, null, published ?? new DateOnly(2022, 3, 2), null)],
    };

    public static Lexicon Lexicon { get; } = FactCheck.Extraction.Lexicon.Load(RepositoryPaths.Rules);
}
