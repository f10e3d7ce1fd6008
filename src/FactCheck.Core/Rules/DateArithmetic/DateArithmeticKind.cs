using System.Globalization;

namespace FactCheck.Rules.DateArithmetic;

/// <summary>
/// An event that day counts and anniversaries are measured from; with places, only a claim whose sentence names one of them or
/// that is placed in one counts from it ("the second day of the deadly war" in Israel is no day of Russia's invasion).
/// </summary>
internal sealed record CountedEvent(string Name, DateOnly Start, IReadOnlyList<string> Cues, IReadOnlyList<string> Places)
{
    public bool Covers(Extraction.Claim claim) =>
        Places.Count == 0 || Places.Any(place => claim.Sentence.Contains(place, StringComparison.Ordinal) || claim.PlacePath?.Split(" > ").Contains(place) == true);
}

/// <summary>
/// "date-arithmetic": "the Nth day of the war" and "the Nth anniversary" checked against the date
/// the claim was made and a configured start date (day 1 is the start date itself).
/// </summary>
internal sealed class DateArithmeticKind : IRuleKind
{
    public static readonly string[] Placeholders = ["metric", "event", "expected", "a.claimant", "a.figure", "a.date", "a.document"];

    public const string KindName = "date-arithmetic";

    public string Name => KindName;

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var events = settings.Objects("events").Select(ReadEvent).ToList();
        if (events.Count == 0) throw settings.Error("'events' must list at least one event");
        var parsedSeverity = settings.Severity(FactCheck.Rules.Severity.Low);
        var tolerance = (int)settings.Number("toleranceDays", 0, min: 0, max: 365);
        var message = new MessageTemplate(definition.Message, Placeholders, settings);
        settings.RejectUnknownFields();
        return new DateArithmeticRule(definition, events, tolerance, parsedSeverity, message);
    }

    private static CountedEvent ReadEvent(RuleSettings settings)
    {
        var start = settings.Text("start");
        if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw settings.Error($"'start' must be a date YYYY-MM-DD, not '{start}'");
        var counted = new CountedEvent(settings.Text("name"), date, settings.Strings("cues"), settings.Strings("places", []));
        settings.RejectUnknownFields();
        return counted;
    }
}
